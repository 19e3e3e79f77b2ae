import assert from "node:assert/strict";
import { test } from "node:test";
import { quantityNamed } from "./run-stage.js";

test("digits with thousands separators and decimals are read as numbers", () => {
  assert.equal(quantityNamed("The ferry carried 1,200 passengers.", "1,200").value, 1200);
  assert.equal(quantityNamed("Inflation hit 12.5 on the index, up from 9.", "12.5").value, 12.5);
  assert.equal(quantityNamed("The vault held 2,450,000 coins.", "2,450,000").value, 2450000);
});

test("number words are read, hyphenated or spaced, with hundreds and 'and'", () => {
  assert.equal(quantityNamed("Twenty-five ships left port.", "Twenty-five").value, 25);
  assert.equal(quantityNamed("They freed two hundred and fifty prisoners.", "two hundred and fifty").value, 250);
  assert.equal(quantityNamed("Forty seven drivers were fined.", "Forty seven").value, 47);
  assert.equal(quantityNamed("She hired eleven engineers.", "eleven").value, 11);
});

test("an article before a scale word stands for one, and half a million is half", () => {
  assert.equal(quantityNamed("A dozen lorries were stopped.", "A dozen").value, 12);
  assert.equal(quantityNamed("The app has a million users.", "a million").value, 1e6);
  assert.equal(quantityNamed("Half a million tourists came.", "Half a million").value, 5e5);
  assert.equal(quantityNamed("The fund lost one and a half million savers.", "one and a half million").value, 1.5e6);
});

test("digits with a scale word are multiplied out exactly", () => {
  assert.equal(quantityNamed("The port handled 1.5 million containers.", "1.5 million").value, 1500000);
  assert.equal(quantityNamed("Some 2 1/2 tonnes of grain rotted.", "Some 2 1/2").value, 2.5);
});

test("thousands grouped by single spaces are one number ('48 312 cases')", () => {
  const q = quantityNamed("The agency counted 48 312 cases and 1 090 deaths last year.", "48 312");
  assert.equal(q.value, 48312);
  assert.equal(q.unit, "cases");
  assert.equal(quantityNamed("The agency counted 48 312 cases and 1 090 deaths last year.", "1 090").value, 1090);
});
