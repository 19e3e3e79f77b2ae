import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { headComment } from "../../src/eval/script-args.js";

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", `eval/${script}`, ...args], { encoding: "utf8", timeout: 60_000 });

test("the head comment is the opening // lines without their slashes, up to the first line of code", () => {
  const source = "// Scores things.\n// Usage: x [--json]\n//\nimport a from 'a';\n// not this\n";
  assert.equal(headComment(source), "Scores things.\nUsage: x [--json]\n");
});

test("every eval script answers --help with its usage and exits 0 without scoring anything", () => {
  for (const script of readdirSync("eval").filter((f) => f.endsWith(".ts"))) {
    const r = run(script, "--help");
    assert.equal(r.status, 0, `${script}: ${r.stderr}`);
    assert.match(r.stdout, /Usage|Options/, script);
    assert.doesNotMatch(r.stdout, /F1\s+\d/, `${script} scored instead of helping`);
  }
});

test("an unknown option ends with one line naming it and exit code 2, not a stack trace", () => {
  const r = run("polnear.ts", "--splitt", "dev");
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split("\n").length, 1);
  assert.match(r.stderr, /polnear\.ts: Unknown option '--splitt' \(see --help\)/);
});
