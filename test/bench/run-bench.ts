import assert from "node:assert/strict";
import { type SpawnSyncReturns, spawnSync } from "node:child_process";

/** The keys the bench's final JSON line starts with, in this order. */
const LEADING_KEYS = [
  "articles",
  "words",
  "pipelineWordsPerSecond",
  "winkWordsPerSecond",
  "articlesPerSecond",
  "peakRssMb",
];

/**
 * Runs `npm run bench` with `args` (plus --json), asserts it succeeded and that its last line is the JSON summary
 * starting with the six required keys, and returns the run and that summary.
 */
export function runBenchJson(
  args: string[],
  timeout: number,
): { run: SpawnSyncReturns<string>; last: Record<string, unknown> } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/bench.ts", ...args, "--json"], {
    encoding: "utf8",
    timeout,
  });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  const last = JSON.parse(lines[lines.length - 1] ?? "") as Record<string, unknown>;
  assert.deepEqual(Object.keys(last).slice(0, LEADING_KEYS.length), LEADING_KEYS);
  return { run, last };
}
