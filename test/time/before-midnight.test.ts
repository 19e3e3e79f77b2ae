import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("a weekday just before midnight is that weekday's night, not the next day's midnight", () => {
  const text = "The storm reached the coast on Thursday just before midnight, the agency said.";
  // Published on Saturday 2024-03-09: Thursday is 2024-03-07.
  assert.equal(valueAt(text, "Thursday", "2024-03-09"), "2024-03-07TNI");
});

test("shortly before midnight on a weekday is that weekday's night", () => {
  const text = "The bridge was closed shortly before midnight on Thursday.";
  assert.equal(valueAt(text, "midnight", "2024-03-09"), "2024-03-07TNI");
});

test("midnight on a weekday is still the end of that day", () => {
  assert.equal(valueAt("The curfew began at midnight on Thursday.", "midnight", "2024-03-09"), "2024-03-07T24:00");
});
