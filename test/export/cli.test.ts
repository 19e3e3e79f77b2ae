import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { runCli, startCli } from "../cli/run-cli.js";
import { buildStore } from "./fixture.js";

let db: string;
before(() => {
  db = buildStore();
});

test("--out writes the whole file and leaves no partial file behind", () => {
  const out = join(mkdtempSync(join(tmpdir(), "dossier-export-out-")), "claims.csv");
  const result = runCli(["export", "--format", "csv", "--db", db, "--out", out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "");
  assert.match(result.stderr, /^\d+ records → /);
  assert.ok(readFileSync(out, "utf8").startsWith("claim,report,source,"));
  assert.ok(!existsSync(`${out}.partial`));
});

test("standard output by default: a GeoJSON document", () => {
  const result = runCli(["export", "--format", "geojson", "--db", db]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).type, "FeatureCollection");
});

test("an unknown format, table or store is one clear line and exit code 2", () => {
  for (const args of [
    ["--format", "xml", "--db", db],
    ["--format", "csv", "--what", "people", "--db", db],
    ["--format", "csv", "--db", join(tmpdir(), "no-such-dossier.db")],
  ]) {
    const result = runCli(["export", ...args]);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^dossier: /);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  }
});

test("--help lists every format with examples", () => {
  const result = runCli(["export", "--help"]);
  assert.equal(result.status, 0);
  for (const f of ["ftm", "claims-jsonld", "annotations", "csv", "geojson", "Examples:"])
    assert.ok(result.stdout.includes(f), f);
});

test("a reader that stops early ends the export quietly", async () => {
  const child = startCli(["export", "--format", "annotations", "--jsonl", "--db", db]);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  // Read one chunk, then go away as `head` does.
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /internal error|\n\s+at /);
});
