import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { runBenchJson } from "./run-bench.js";

const CORPORA = fileURLToPath(new URL("../../../shared/corpora", import.meta.url));

test("the bench's ingest and query figures come out as positive rates and timings in the final JSON line", {
  skip: existsSync(join(CORPORA, "polnear")) ? false : "no corpora to generate articles from",
}, () => {
  const root = mkdtempSync(join(tmpdir(), "bench-ingest-test-"));
  try {
    // A one-article extraction pass and one worker keep the bench short; the ingest bench reads the corpora.
    const dir = join(root, "text");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "The port authority said on Friday that the new pier opens in May.");
    const { run, last } = runBenchJson(
      ["--dir", dir, "--ingest", "20", "--store-size", "50", "--query-runs", "3"],
      120_000,
    );
    assert.ok((last.ingestArticlesPerSecond as number) > 0, "an ingest rate");
    const cost = last.ingestCost as { cpuMsPerArticle: Record<string, number>; coresBoundArticlesPerSecond: number };
    for (const step of ["analyse", "prepare", "transfer", "write"])
      assert.ok((cost.cpuMsPerArticle[step] ?? 0) > 0, `the CPU cost of ${step} is measured`);
    assert.ok(cost.coresBoundArticlesPerSecond > 0);
    assert.match(run.stdout, /cost per article \(CPU ms/);
    assert.equal(last.storeArticles, 50, "the query store holds the generated articles, each distinct");
    const queries = last.queryMs as Record<string, { median: number; p95: number }>;
    for (const key of ["entity", "conflicts", "search", "claimsBy", "timeline"]) {
      assert.equal(typeof queries[key]?.median, "number", key);
      assert.ok((queries[key]?.p95 ?? -1) >= (queries[key]?.median ?? 0), `${key}: p95 is at least the median`);
    }
    assert.match(run.stdout, /round 0 is the real article unchanged/i, "the output says how articles were made");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the ingest bench refuses a corpora folder without real texts", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-ingest-empty-"));
  try {
    const dir = join(root, "text");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.txt"), "A short article.");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "bench/bench.ts", "--dir", dir, "--ingest", "5", "--corpora", root],
      { encoding: "utf8", timeout: 60_000 },
    );
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /no real texts/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
