import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

// A plural amount means at least two of its unit: dozens ≥ 24, hundreds ≥ 200, thousands ≥ 2,000 (lexicon/quantities.json).
test("plural amounts have no value, a lower bound, and are approximate", () => {
  for (const [text, span, min] of [
    ["Dozens of shops closed.", "Dozens", 24],
    ["Hundreds of flights were delayed.", "Hundreds", 200],
    ["Thousands of farmers protested.", "Thousands", 2000],
    ["Tens of thousands of fans sang.", "Tens of thousands", 20000],
    ["Millions of viewers watched.", "Millions", 2e6],
  ] as const) {
    const q = quantityNamed(text, span);
    assert.deepEqual([q.value, q.min, q.approximate], [null, min, true], text);
  }
});

test("a vague amount counts the noun after 'of', and money words give the currency", () => {
  assert.equal(quantityNamed("Thousands of nurses went on strike.", "Thousands").unit, "nurses");
  assert.equal(quantityNamed("The scheme cost millions of euros.", "millions").unit, "EUR");
});

test("'thousands more wounded' is a quantity whose unit is the participle", () => {
  const q = quantityNamed("Two died and thousands more wounded were treated.", "thousands");
  assert.deepEqual([q.min, q.unit], [2000, "wounded"]);
});

test("a plural amount takes its noun only after 'of'; a multiplied one takes it directly", () => {
  assert.equal(quantityNamed("Hundreds marched through the capital.", "Hundreds").unit, null);
  const several = quantityNamed("Several thousand troops crossed.", "Several thousand");
  assert.deepEqual([several.value, several.min, several.unit], [null, 2000, "troops"]);
  assert.equal(quantityNamed("A few hundred voters stayed home.", "A few hundred").min, 200);
});

test("'scores' is an amount only before 'of'", () => {
  assert.equal(quantityNamed("Scores of migrants waited.", "Scores").min, 40);
  assert.deepEqual(quantitiesOf("Test scores improved."), []);
});
