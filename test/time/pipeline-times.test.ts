import assert from "node:assert/strict";
import { test } from "node:test";
import { pipeline } from "../../src/pipeline/stages.js";

test("the real pipeline resolves times against the article's publication date", () => {
  const text = "The port was shelled on Sunday, officials said Wednesday, the third attack since early 2024.";
  const doc = pipeline.run({ text, published: "2025-03-12", title: null, url: null, source: null });
  const byText = new Map((doc.times ?? []).map((t) => [t.text, t.mod ? `${t.value}/${t.mod}` : t.value]));
  assert.equal(byText.get("Sunday"), "2025-03-09");
  assert.equal(byText.get("Wednesday"), "2025-03-12");
  assert.equal(byText.get("early 2024"), "2024/START");
  assert.ok(!doc.messages.some((m) => m.stage === "times"));
});
