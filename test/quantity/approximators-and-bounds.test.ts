import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("around, about, roughly, some and an estimated make the number approximate and join its span", () => {
  for (const [text, span] of [
    ["Around 300 fishermen protested.", "Around 300"],
    ["The storm cut power to about 80,000 homes.", "about 80,000"],
    ["Roughly 40 lorries queued.", "Roughly 40"],
    ["Some 70 boats were lost.", "Some 70"],
    ["An estimated 9,000 fans travelled.", "An estimated 9,000"],
  ] as const) {
    const q = quantityNamed(text, span);
    assert.equal(q.approximate, true, text);
    assert.equal(q.min, null, text);
  }
});

test("a number without an approximator is exact", () => {
  assert.equal(quantityNamed("The council employs 300 wardens.", "300").approximate, false);
});

test("'at least' sets the minimum and 'up to' the maximum, keeping the stated value", () => {
  const least = quantityNamed("At least 12 miners were trapped.", "At least 12");
  assert.deepEqual([least.value, least.min, least.max, least.exclusive], [12, 12, null, undefined]);
  const upTo = quantityNamed("The plant will hire up to 50 welders.", "up to 50");
  assert.deepEqual([upTo.value, upTo.min, upTo.max], [50, null, 50]);
});

test("'more than' and 'fewer than' are bounds that exclude the number", () => {
  const more = quantityNamed("More than 3,000 runners finished.", "More than 3,000");
  assert.deepEqual([more.min, more.max, more.exclusive], [3000, null, true]);
  const fewer = quantityNamed("Fewer than 20 ferries sailed.", "fewer than 20".replace("f", "F"));
  assert.deepEqual([fewer.min, fewer.max, fewer.exclusive], [null, 20, true]);
});

test("'nearly' is approximate and an upper bound", () => {
  const q = quantityNamed("Nearly 600 flights were cancelled.", "Nearly 600");
  assert.deepEqual([q.value, q.max, q.approximate], [600, 600, true]);
});

test("words after the number: 'or so', '-odd', 'or more' and '-plus'", () => {
  assert.equal(quantityNamed("We waited 40 minutes or so for 30 or so buses.", "30 or so").approximate, true);
  assert.equal(quantityNamed("The 600-odd delegates voted.", "600-odd").approximate, true);
  assert.equal(quantityNamed("Groups of 10 or more pilgrims paid less.", "10 or more").min, 10);
  assert.equal(quantityNamed("A 500-plus crowd gathered.", "500-plus").min, 500);
});

test("'or more than' starts the next quantity instead of ending this one", () => {
  const qs = quantitiesOf("The estate is worth less than $2 billion or more than $9 billion.");
  assert.deepEqual(
    qs.map((q) => q.text),
    ["less than $2 billion", "more than $9 billion"],
  );
});
