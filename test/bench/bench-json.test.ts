import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runBenchJson } from "./run-bench.js";

const TEXTS = [
  "The harbour board said on Monday that the new ferry would enter service in March.\n\nIt carries 400 passengers.",
  "Farmers protested outside the ministry. A spokesperson declined to comment on the talks.",
  "Shares in the shipping group fell 4% after it cut its forecast, analysts said.",
];

test("the bench ends with one JSON line carrying positive speeds, memory and a streamed check", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-test-"));
  try {
    const dir = join(root, "corpus", "text");
    mkdirSync(dir, { recursive: true });
    for (const [i, text] of TEXTS.entries()) writeFileSync(join(dir, `article-${i}.txt`), text);
    const { run, last } = runBenchJson(["--dir", dir, "--stream-articles", "12"], 60_000);
    assert.equal(last.articles, 3);
    for (const key of ["words", "pipelineWordsPerSecond", "winkWordsPerSecond", "articlesPerSecond", "peakRssMb"]) {
      assert.equal(typeof last[key], "number", key);
      assert.ok((last[key] as number) > 0, `${key} should be positive`);
    }
    const stream = last.stream as { articles: number; rssMbAt100: number };
    assert.equal(stream.articles, 12, "the stream is capped by --stream-articles");
    assert.ok(stream.rssMbAt100 > 0);
    assert.ok(run.stdout.includes("tokens"), "the per-stage table lists the stages");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the bench refuses a folder without articles instead of reporting zero speeds", () => {
  const root = mkdtempSync(join(tmpdir(), "bench-empty-"));
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "bench/bench.ts", "--dir", root, "--json"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /no \.txt files/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
