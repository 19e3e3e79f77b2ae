import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Fixture, openFixture } from "./fixture.js";
import { parseCsv } from "./rfc4180.js";

let fx: Fixture;
before(async () => {
  fx = await openFixture();
});
after(() => fx.store.close());

/** Header and records as objects by column name. */
function table(text: string): { header: string[]; rows: Record<string, string>[] } {
  assert.ok(text.endsWith("\r\n"), "records end with CRLF");
  const [header, ...records] = parseCsv(text);
  assert.ok(header);
  for (const r of records) assert.equal(r.length, header.length, "every record has every column");
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

test("claims: a row per report, all claims covered, content read back as the article has it", async () => {
  const { header, rows } = table(await fx.run("csv"));
  for (const c of [
    "claim",
    "source",
    "via",
    "content",
    "cue",
    "polarity",
    "certainty",
    "reported_at",
    "article_id",
    "title",
    "url",
    "published",
    "start",
    "end",
  ])
    assert.ok(header.includes(c), `column ${c}`);
  assert.equal(rows.length, fx.stats.claimReports);
  assert.equal(new Set(rows.map((r) => r.claim)).size, fx.stats.claims);
  // The fields that needed quoting (commas, quotes in quotations) came back whole.
  assert.ok(
    rows.some((r) => /[",]/.test(r.content ?? "")),
    "the examples quote speech with commas",
  );
  for (const r of rows) {
    const analysis = await fx.store.analysis(r.article_id as string);
    assert.ok(analysis);
    assert.equal(analysis.document.text.slice(Number(r.start), Number(r.end)), r.content);
  }
  assert.ok(
    rows.some((r) => r.via !== ""),
    "attribution chains are kept",
  );
});

test("entities and events: a row per entity and per event report", async () => {
  const entities = table(await fx.run("csv", { what: "entities" }));
  assert.equal(entities.rows.length, fx.stats.entities);
  assert.ok(entities.rows.every((r) => r.name !== "" && r.type !== ""));
  const events = table(await fx.run("csv", { what: "events" }));
  assert.equal(events.rows.length, fx.stats.eventReports);
});
