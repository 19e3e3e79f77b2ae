import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

const words = (text: string) => tokenize(text).tokens.map((t) => text.slice(t.start, t.end));

test("an article is tokenized the same whatever the process read before it", () => {
  // An invented surname, so no earlier test in this process has taught it to wink.
  const later = "Brannoch’s office said the ferry would resume.";
  const cold = words(later);
  assert.deepEqual(cold.slice(0, 3), ["Brannoch", "’s", "office"]);
  // A possessive before punctuation is kept whole, which used to teach wink "Brannoch’s" as a word.
  words("The decision was Brannoch’s.");
  words("Brannoch’s, not the mayor’s, was the call.");
  assert.deepEqual(words(later), cold);
});
