import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("a season is the current or latest one of its name", () => {
  assert.equal(valueAt("Troops began their summer drills.", "summer"), "2025-SU");
  assert.equal(valueAt("Gas stocks ran low last winter.", "last winter"), "2024-WI");
  assert.equal(valueAt("Harvests failed in the spring.", "spring"), "2025-SP");
  assert.equal(valueAt("The plan was drafted in the fall of 2024.", "fall of 2024"), "2024-FA");
});

test("fall and spring as ordinary words are not seasons", () => {
  assert.equal(valueAt("Prices could fall sharply.", "fall"), undefined);
  assert.equal(valueAt("They recalled the fall of the old regime.", "fall"), undefined);
  assert.equal(valueAt("Water comes from a hot spring nearby.", "spring"), undefined);
});

test("quarters and halves of a year", () => {
  assert.equal(valueAt("Profit rose in the first quarter.", "the first quarter"), "2025-Q1");
  assert.equal(valueAt("Output slowed in the second half of 2024.", "the second half of 2024"), "2024-H2");
  assert.equal(valueAt("Third-quarter sales beat forecasts.", "Third-quarter", "2025-10-20"), "2025-Q3");
  assert.equal(valueAt("Output fell in the fourth quarter.", "the fourth quarter"), "2024-Q4");
  assert.equal(valueAt("Output fell in Q4 2023.", "Q4 2023"), "2023-Q4");
});

test("a quarter as a fraction is not a time", () => {
  assert.equal(valueAt("A quarter of the votes were void.", "quarter"), undefined);
});

test("a half of a decade is named by the decade, at its start or end", () => {
  assert.equal(valueAt("Sales were flat in the last half of the '80s.", "the last half"), "198/END");
  assert.equal(valueAt("Prices rose in the first half of the 1990s.", "the first half"), "199/START");
  assert.equal(valueAt("Prices rose in the first half of 1990.", "the first half"), "1990-H1");
});
