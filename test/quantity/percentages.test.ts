import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("the percent sign and the words percent and per cent give unit percent", () => {
  for (const [text, span, value] of [
    ["Turnout was 12.5% lower.", "12.5%", 12.5],
    ["Turnout was 12.5 per cent lower.", "12.5 per cent", 12.5],
    ["Some 40 percent voted early.", "Some 40 percent", 40],
    ["Fifteen percent abstained.", "Fifteen percent", 15],
  ] as const) {
    const q = quantityNamed(text, span);
    assert.deepEqual([q.value, q.unit], [value, "percent"], text);
  }
});

test("percentage points are a unit of their own", () => {
  const q = quantityNamed("Her lead grew by 3.5 percentage points.", "3.5 percentage points");
  assert.equal(q.unit, "percentage points");
});

test("a change from one share to another is two quantities, not a range", () => {
  const qs = quantitiesOf("Unemployment fell from 7% to 6% last year.");
  assert.deepEqual(
    qs.map((q) => [q.text, q.value]),
    [
      ["7%", 7],
      ["6%", 6],
    ],
  );
});

test("a percentage and a plain amount joined by 'to' do not make a range", () => {
  const qs = quantitiesOf("Revenue rose 4% to 3.2 billion.");
  assert.deepEqual(
    qs.map((q) => [q.text, q.unit]),
    [
      ["4%", "percent"],
      ["3.2 billion", null],
    ],
  );
});
