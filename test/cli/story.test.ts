import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { ConflictView, EntityProfile, EntitySummary } from "../../src/store/contract.js";
import { json, runCli } from "./run-cli.js";

/*
 * The invented story in examples/ (five outlets, seven articles) ingested as a user would, then read back through
 * the CLI: sources that disagree across articles are conflicts, and a person named in two articles is one entity.
 */

const dir = mkdtempSync(join(tmpdir(), "dossier-story-"));
const db = join(dir, "story.db");
after(() => rmSync(dir, { recursive: true, force: true }));

before(() => {
  const done = json<{ added: number; failed: number }>(
    runCli(["ingest", "examples", "--db", db, "--threads", "0", "--quiet", "--json"]),
  );
  assert.equal(done.failed, 0);
  assert.equal(done.added, 7);
});

function numbersIn(text: string): number[] {
  const words: Record<string, number> = { nineteen: 19, twenty: 20, "twenty-three": 23 };
  const out = (text.match(/\d+/g) ?? []).map(Number);
  for (const [w, n] of Object.entries(words)) if (text.toLowerCase().includes(w)) out.push(n);
  return out;
}

test("the crew figures the sources give are one quantity conflict across articles, every side with its evidence", () => {
  const conflicts = json<ConflictView[]>(runCli(["conflicts", "--db", db, "--json"]));
  const crew = conflicts.find(
    (c) => c.kind === "quantity" && c.origin === "kb" && c.sides.flat().some((e) => /\bcrew\b/.test(e.content)),
  );
  assert.ok(crew, `no crew conflict among: ${conflicts.map((c) => c.note).join(" | ")}`);
  assert.ok(crew.sides.length >= 2);
  for (const side of crew.sides)
    for (const e of side) {
      assert.ok(e.content.length > 0 && e.source.length > 0, JSON.stringify(e));
      assert.ok(e.article.id.length > 0 && e.reportedAt, JSON.stringify(e));
      assert.match(e.content, /\bcrew\b/);
    }
  const articles = new Set(crew.sides.flat().map((e) => e.article.id));
  const sources = new Set(crew.sides.flat().map((e) => e.source));
  assert.ok(articles.size >= 2 && sources.size >= 2, "sides come from different articles and sources");
  // Each side's first evidence states a figure the other sides' first evidence does not lead with.
  const leading = crew.sides.map((side) => numbersIn(side[0]?.content ?? "")[0]);
  assert.equal(new Set(leading).size, crew.sides.length, `figures per side: ${leading.join(", ")}`);
  assert.ok(leading.includes(23) && leading.includes(19), `figures per side: ${leading.join(", ")}`);
});

test("the anchor-trail lengths, about 100 against roughly 90 kilometres, conflict too", () => {
  const conflicts = json<ConflictView[]>(runCli(["conflicts", "--db", db, "--json"]));
  const trail = conflicts.find(
    (c) => c.kind === "quantity" && c.sides.flat().some((e) => /kilometres/.test(e.content)),
  );
  assert.ok(trail, conflicts.map((c) => c.note).join(" | "));
  const sources = new Set(trail.sides.flat().map((e) => e.source));
  assert.ok(trail.sides.length >= 2 && sources.size >= 2);
});

test("a minister named in two outlets' articles is one entity across them", () => {
  const found = json<EntitySummary[]>(runCli(["entities", "--db", db, "--json", "--limit", "200"])).filter(
    (e) => e.name === "Leena Halonen",
  );
  assert.equal(found.length, 1, JSON.stringify(found));
  const detail = json<EntityProfile>(runCli(["entity", "Leena Halonen", "--db", db, "--json"]));
  assert.equal(detail.documents, 2);
  const articles = new Set(detail.mentionSamples.map((m) => m.article));
  assert.equal(articles.size, 2);
});

test("the timeline draws as an SVG picture: a lane for events, one per leading source, a mark per dated item", () => {
  const svg = join(dir, "timeline.svg");
  const items = json<{ kind: string; when: string; claim?: { source: { name: string } } }[]>(
    runCli(["timeline", "--db", db, "--json", "--svg", svg]),
  );
  const picture = readFileSync(svg, "utf8");
  assert.match(picture, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(picture.trimEnd().endsWith("</svg>"));
  const marks = picture.match(/class="mark (event|claim)"/g) ?? [];
  assert.equal(marks.length, items.filter((t) => /^\d{4}-\d{2}-\d{2}/.test(t.when)).length);
  assert.match(picture, />what happened</);
  const counts = new Map<string, number>();
  for (const t of items) if (t.claim) counts.set(t.claim.source.name, (counts.get(t.claim.source.name) ?? 0) + 1);
  const loudest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  assert.ok(picture.includes(`>${loudest}</text>`), `the source with most claims (${loudest}) has a lane`);
  const first = items[0]?.when.slice(0, 10) as string;
  assert.ok(picture.includes(`>${first}<`), `first day ${first} is on the axis`);
});
