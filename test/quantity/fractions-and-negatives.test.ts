import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("a quarter of a percentage point is 0.25 percentage points", () => {
  const q = quantityNamed(
    "The lender cut its rate by a quarter of a percentage point.",
    "a quarter of a percentage point",
  );
  assert.deepEqual([q.value, q.unit], [0.25, "percentage points"]);
});

test("three-quarters of a point in a rate change is 0.75 percentage points", () => {
  const q = quantityNamed(
    "The board raised the rate by three-quarters of a point in March.",
    "three-quarters of a point",
  );
  assert.deepEqual([q.value, q.unit], [0.75, "percentage points"]);
});

test("half a percentage point and a point and a quarter", () => {
  assert.equal(quantityNamed("Yields rose half a percentage point.", "half a percentage point").value, 0.5);
  const q = quantityNamed("A rise of a percentage point and a quarter followed.", "a percentage point and a quarter");
  assert.deepEqual([q.value, q.unit], [1.25, "percentage points"]);
});

test("must not fire: a fraction of something that is no rate unit", () => {
  assert.deepEqual(
    quantitiesOf("A quarter of the vote went to the mayor.").map((q) => q.text),
    [],
  );
});

test("a minus sign against the digits makes a temperature below zero, in degrees Celsius", () => {
  const q = quantityNamed("Lows of -17 degrees Celsius are expected.", "-17 degrees Celsius");
  assert.deepEqual([q.value, q.unit], [-17, "°C"]);
  const bracketed = quantityNamed("Lows will reach -9 (degrees Celsius) tonight.", "-9 (degrees Celsius)");
  assert.deepEqual([bracketed.value, bracketed.unit], [-9, "°C"]);
});

test("minus before a number makes it negative", () => {
  const q = quantityNamed("The lake froze at minus 12 degrees.", "minus 12");
  assert.deepEqual([q.value, q.unit], [-12, "degrees"]);
});

test("must not fire: a hyphen glued between numbers is no minus sign", () => {
  const texts = quantitiesOf("The 2015-17 plan ended with a 3-1 vote.").map((q) => q.value);
  assert.ok(!texts.some((v) => v !== null && v < 0), String(texts));
});
