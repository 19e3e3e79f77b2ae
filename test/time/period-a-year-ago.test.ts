import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, valueAt } from "./run-times.js";

test("a period followed by a year ago is that period a year back, in one span", () => {
  const text = "Car sales fell 20% in May, compared with the same month a year ago.";
  const times = runTimes(text, "2025-06-10").times.map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(times, ["May=2025-05", "the same month a year ago=2024-05"]);
  assert.equal(
    valueAt(
      "The bank lost money in the second quarter. In the same period a year earlier it made a profit.",
      "the same period",
      "2025-07-20",
    ),
    "2024-Q2",
  );
});

test("a year ago on its own, or after something that is no period, is left as it is", () => {
  assert.equal(valueAt("The minister resigned a year ago.", "a year ago", "2025-06-10"), "2024");
  const text = "The ferry sank on Monday. Its sister ship sank a year ago.";
  const times = runTimes(text, "2025-06-10").times.map((t) => t.text);
  assert.deepEqual(times, ["Monday", "a year ago"]);
});

test("a period followed by last year is that period in the year before the reference's", () => {
  // In July the third quarter alone would be this year's; "last year" puts it in 2024.
  assert.equal(valueAt("Profit rose in the third quarter last year.", "the third quarter", "2025-07-20"), "2024-Q3");
  assert.equal(valueAt("Profit rose in the fourth quarter last year.", "the fourth quarter", "2025-02-10"), "2024-Q4");
  assert.equal(valueAt("Profit rose in the third quarter.", "the third quarter", "2025-07-20"), "2025-Q3");
});
