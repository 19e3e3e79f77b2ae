import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { quantitiesOf } from "./run-stage.js";

test("every span and unit span is the text it points at, and quantities do not overlap", () => {
  const text = "Roughly 1.5 million voters and at least $3bn, plus 40 percent of 600 North Korean soldiers.";
  const qs = quantitiesOf(text);
  assert.equal(qs.length, 4);
  let last = -1;
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.unitSpan) assert.equal(text.slice(q.unitSpan.start, q.unitSpan.end), q.unitSpan.text);
    assert.ok(q.start >= last, "in order and apart");
    last = q.end;
  }
});

// Real news text (read from the shared corpora, never copied): offsets stay exact and no quantity is empty.
test("on real articles every quantity is well formed", () => {
  const dir = "../shared/corpora/polnear/dev/text";
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, 8);
  } catch {
    return; // corpora are not shipped with the package
  }
  let seen = 0;
  for (const f of files) {
    const text = readFileSync(`${dir}/${f}`, "utf8");
    for (const q of quantitiesOf(text)) {
      seen++;
      assert.equal(text.slice(q.start, q.end), q.text, f);
      assert.ok(q.value !== null || q.min !== null || q.max !== null, `${f}: "${q.text}" has no number`);
      if (q.min !== null && q.max !== null) assert.ok(q.min < q.max, `${f}: "${q.text}"`);
    }
  }
  assert.ok(seen > 0);
});
