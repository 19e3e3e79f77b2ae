import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import type { Analysis } from "../../src/article/analysis.js";
import { analyse } from "../../src/pipeline/analyse.js";
import { openDatabase } from "../../src/store/sqlite/driver.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { AnalysisBuilder } from "./builder.js";
import { articleA, articleB, articleC, articleD, articleE, articleF, articleG } from "./story.js";
import { syntheticAnalysis } from "./synthetic.js";

/*
 * The store must be a function of the analyses and their order only: how an ingest grouped them into
 * transactions, and how many times the process restarted between transactions, must not show.
 */

const dir = mkdtempSync(join(tmpdir(), "dossier-batching-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

/**
 * Writes `analyses` in order, `sizes[i]` per transaction (the last size repeats), with a fresh store instance
 * (a restarted process: no in-memory state) before each transaction listed in `restartBefore`.
 */
async function write(
  analyses: readonly Analysis[],
  sizes: readonly number[],
  restartBefore: ReadonlySet<number> = new Set(),
): Promise<string> {
  const path = join(dir, `s${stores++}.db`);
  let store = SqliteStore.open(path);
  let at = 0;
  for (let batch = 0; at < analyses.length; batch++) {
    if (restartBefore.has(batch)) {
      await store.close();
      store = SqliteStore.open(path);
    }
    const size = sizes[Math.min(batch, sizes.length - 1)] as number;
    await store.addAnalyses(analyses.slice(at, at + size));
    at += size;
  }
  await store.close();
  return path;
}

/** Everything a reader can see: stats, listings, and every row of every table (but the ingest clock). */
async function snapshot(path: string): Promise<Record<string, unknown>> {
  const store = SqliteStore.open(path, { readonly: true });
  const out: Record<string, unknown> = {
    stats: await store.stats(),
    entities: await store.entities({ limit: 500 }),
    claims: await store.claims({ limit: 500 }),
    conflicts: await store.conflicts({ limit: 500 }),
    sources: await store.sources({ limit: 500 }),
  };
  await store.close();
  const db = openDatabase(path, { readonly: true });
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'
        AND name <> 'schema_version' ORDER BY name`,
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
    out[name] = rows.map(({ ingested_at: _, ...rest }) => JSON.stringify(rest)).sort();
  }
  db.close();
  return out;
}

/** Asserts the same store, table by table, so that a failure names what differs. */
function assertSameStore(actual: Record<string, unknown>, expected: Record<string, unknown>, how: string): void {
  assert.deepEqual(Object.keys(actual), Object.keys(expected));
  for (const key of Object.keys(expected)) assert.deepEqual(actual[key], expected[key], `${how}: ${key} differs`);
}

// Real articles through the real pipeline (a few seconds), read from the shared corpus, never copied.
function realAnalyses(count: number): Analysis[] {
  const textDir = "../shared/corpora/polnear/train/text";
  return readdirSync(textDir)
    .sort()
    .slice(0, count)
    .map((f, i) =>
      analyse({
        text: readFileSync(join(textDir, f), "utf8"),
        // Few distinct days, so that the same people and events recur within the matching windows.
        published: `2016-0${1 + (i % 4)}-1${i % 3}`,
        title: null,
        url: null,
        source: `outlet ${i % 5}`,
      }),
    );
}

describe("the store does not depend on how analyses were batched", () => {
  test("real and synthetic analyses give the same store in batches of 1, of 7, all at once, and across a restart", async () => {
    const story = [articleA(), articleB(), articleC(), articleD(), articleE(), articleF(), articleG()];
    const synthetic = Array.from({ length: 60 }, (_, i) => syntheticAnalysis(i, { people: 12, places: 6 }));
    const analyses = [...realAnalyses(60), ...story, ...synthetic].sort((a, b) =>
      // Interleaved deterministically, so that all kinds meet inside every batch.
      a.document.id < b.document.id ? -1 : 1,
    );
    const expected = await snapshot(await write(analyses, [1]));
    const stats = expected.stats as { entities: number; claims: number; events: number; conflicts: number };
    assert.ok(stats.entities > 500 && stats.claims > 300 && stats.events > 100, JSON.stringify(stats));
    assert.ok(stats.conflicts >= 5, `only ${stats.conflicts} conflicts: the comparison would prove little`);

    const half = Math.floor(analyses.length / 2);
    const runs: [string, Promise<string>][] = [
      ["batches of 7", write(analyses, [7])],
      ["all at once", write(analyses, [analyses.length])],
      ["all at once in two halves with a restart between", write(analyses, [half, analyses.length], new Set([1]))],
      ["uneven batches with restarts", write(analyses, [3, 11, 2, 29, 5, 17], new Set([2, 4, 5]))],
    ];
    for (const [how, path] of runs) assertSameStore(await snapshot(await path), expected, how);
  });

  test("a country learnt from an earlier article of the same batch keeps a later namesake apart", async () => {
    // One place called Georgia: first without a country, then placed in the US; then the country Georgia.
    const unplaced = new AnalysisBuilder("Storms reached Georgia on Monday.", { published: "2024-04-01", source: "X" })
      .entity("e1", "GPE", "Georgia", ["Georgia"])
      .build();
    const placed = new AnalysisBuilder("Atlanta, Georgia, counted the damage.", {
      published: "2024-04-02",
      source: "Y",
    })
      .entity("e1", "GPE", "Georgia", ["Georgia"], { country: "US" })
      .build();
    const country = new AnalysisBuilder("Tbilisi said Georgia would join the talks.", {
      published: "2024-04-03",
      source: "Z",
    })
      .entity("e1", "GPE", "Georgia", ["Georgia"], { country: "GE" })
      .build();
    const analyses = [unplaced, placed, country];
    const one = await snapshot(await write(analyses, [1]));
    const all = await snapshot(await write(analyses, [3]));
    // The US state and the country are two entities, whichever way they were written.
    assert.equal((one.stats as { entities: number }).entities, 2);
    assertSameStore(all, one, "all at once");
  });
});
