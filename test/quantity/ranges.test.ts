import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("'between X and Y', 'X to Y' and 'X-Y' give min and max with no single value", () => {
  for (const [text, span] of [
    ["Between 500 and 600 families fled.", "Between 500 and 600"],
    ["The quake displaced 500 to 600 families.", "500 to 600"],
    ["The quake displaced 500-600 families.", "500-600"],
    ["The quake displaced 500–600 families.", "500–600"],
  ] as const) {
    const q = quantityNamed(text, span);
    assert.deepEqual([q.value, q.min, q.max], [null, 500, 600], text);
    assert.equal(q.unit, "families", text);
  }
});

test("a magnitude written once applies to both ends", () => {
  const q = quantityNamed("The deal is worth between 1 and 2 million dollars.", "between 1 and 2 million");
  assert.deepEqual([q.min, q.max, q.unit], [1e6, 2e6, "USD"]);
  const bn = quantityNamed("Analysts expect $5-6bn in sales.", "$5-6bn");
  assert.deepEqual([bn.min, bn.max, bn.unit], [5e9, 6e9, "USD"]);
});

test("'five or six' is an approximate range", () => {
  const q = quantityNamed("Five or six dogs barked.", "Five or six");
  assert.deepEqual([q.min, q.max, q.approximate], [5, 6, true]);
});

test("scores and phone numbers are not ranges", () => {
  assert.equal(
    quantitiesOf("United won 3-1 at home.").some((q) => q.min !== null),
    false,
  );
  assert.deepEqual(quantitiesOf("Call 555-1234 for tickets."), []);
});
