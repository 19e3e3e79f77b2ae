import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { readArticles } from "../../src/read/index.js";
import { isFailure } from "../../src/read/types.js";

// The shared scorer and the annotated seed live beside the repository (../shared), as in CI.
const SEED = "../shared/seed/000_9dcab4f6bb63a173";

test("the annotated seed article scores at least 95% under the shared scorer", async () => {
  const analyses = [];
  for await (const item of readArticles(`${SEED}.txt`)) if (!isFailure(item)) analyses.push(analyse(item));
  assert.equal(analyses.length, 1);
  const out = join(mkdtempSync(join(tmpdir(), "dossier-seed-")), "analysis.json");
  writeFileSync(out, JSON.stringify(analyses[0]));
  const scored = spawnSync(process.execPath, ["../shared/eval/score.mjs", `${SEED}.gold.json`, out, "--min", "0.95"], {
    encoding: "utf8",
  });
  const misses = scored.stdout.split("\n").filter((l) => !l.startsWith("ok"));
  assert.equal(scored.status, 0, misses.join("\n"));
  assert.match(scored.stdout, /score \d+\/\d+ = (9[5-9]|100)\.\d%/);
});
