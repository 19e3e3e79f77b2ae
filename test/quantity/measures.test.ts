import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("a unit of measure hyphenated after a number keeps a measure in that unit ('a 1,250-kilometre pipeline')", () => {
  const pipe = quantityNamed("Engineers finished a 1,250-kilometre pipeline across the plateau.", "1,250-kilometre");
  assert.equal(pipe.value, 1250);
  assert.equal(pipe.unit, "kilometre");
  const bomb = quantityNamed("The jet dropped a 250-pound bomb near Varnok.", "250-pound");
  assert.equal(bomb.value, 250);
  assert.equal(bomb.unit, "pound");
  // Other hyphenated words still make the number part of a modifier.
  assert.deepEqual(
    quantitiesOf("A seven-member panel began a 12-day visit.").map((q) => q.text),
    [],
  );
});

test("a number between a noun and a unit of measure is a distance, not an id ('a village 40 km south of X')", () => {
  const village = quantityNamed("Brelok, a village 40 km south of the capital, was shelled.", "40");
  assert.equal(village.unit, "km");
  // A noun before a number with no unit after it still names something ("route 40").
  assert.deepEqual(
    quantitiesOf("Drivers took route 40 to the coast.").map((q) => q.text),
    [],
  );
});

test("an earthquake's magnitude is a measure whether the scale comes before or after the number", () => {
  const text =
    "A magnitude-6.4 tremor shook Velmora, a 5.8-magnitude aftershock followed and a magnitude 4.9 one came later.";
  const found = quantitiesOf(text).map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(found, [
    ["magnitude-6.4", 6.4, "magnitude"],
    ["5.8-magnitude", 5.8, "magnitude"],
    ["magnitude 4.9", 4.9, "magnitude"],
  ]);
  // Without the glued decimal part, the tokenizer's "magnitude-7" is still a whole reading.
  assert.equal(quantityNamed("The magnitude-7 quake toppled homes.", "magnitude-7").value, 7);
});
