import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { expandInputs, globToRegExp, type Input } from "../../src/ingest/inputs.js";

async function all(args: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for await (const i of expandInputs(args)) out.push(i);
  return out;
}

test("folders are walked recursively for readable files, skipping hidden ones", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-inputs-"));
  mkdirSync(join(dir, "a", "b"), { recursive: true });
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "one.txt"), "x");
  writeFileSync(join(dir, "a", "b", "two.jsonl"), "x");
  writeFileSync(join(dir, "a", "image.png"), "x");
  writeFileSync(join(dir, ".git", "config.txt"), "x");
  const got = (await all([dir])).map((i) => (i.kind === "file" ? i.path.slice(dir.length + 1) : i.kind));
  assert.deepEqual(got, ["a/b/two.jsonl", "one.txt"]);
});

test("globs, URLs and stdin are told apart", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-glob-"));
  mkdirSync(join(dir, "x"));
  writeFileSync(join(dir, "x", "a.html"), "x");
  writeFileSync(join(dir, "b.html"), "x");
  writeFileSync(join(dir, "c.txt"), "x");
  const got = await all([join(dir, "**/*.html"), "https://example.org/feed.xml", "-"]);
  assert.deepEqual(
    got.map((i) => (i.kind === "file" ? i.path.slice(dir.length + 1) : i.kind)),
    ["b.html", "x/a.html", "url", "stdin"],
  );
});

test("a missing path is a clear error, not a stack trace", async () => {
  await assert.rejects(all(["/no/such/place.txt"]), /does not exist: give a file, a folder, a glob/);
});

test("glob patterns keep single stars within one folder", () => {
  assert.ok(globToRegExp("/a/*.txt").test("/a/b.txt"));
  assert.ok(!globToRegExp("/a/*.txt").test("/a/x/b.txt"));
  assert.ok(globToRegExp("/a/**/*.txt").test("/a/x/y/b.txt"));
});
