import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parsePublished } from "../../src/article/published.js";
import { readAll } from "./helpers.js";

const dir = "examples";
const files = readdirSync(dir).filter((f) => !f.endsWith(".md"));

test("every example file reads without failures, into dated articles with text", async () => {
  assert.ok(files.length >= 5, "examples/ holds the demo story in several formats");
  const formats = new Set<string>();
  let count = 0;
  for (const file of files) {
    const { articles, failures } = await readAll(join(dir, file));
    assert.deepEqual(failures, [], file);
    assert.ok(articles.length >= 1, file);
    for (const a of articles) {
      count++;
      assert.ok(a.published && parsePublished(a.published), `${file}: ${a.published}`);
      assert.ok(a.text.length > 200, `${file}: text too short`);
      assert.ok(!/<[a-z]/i.test(a.text), `${file}: markup left in text`);
    }
    formats.add(file.replace(/^.*\./, ""));
  }
  assert.ok(count >= 6);
  for (const ext of ["txt", "html", "xml", "jsonl"]) assert.ok(formats.has(ext), `no .${ext} example`);
});
