import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, valueAt } from "./run-times.js";

test("annual before a results noun is the year the figure covers", () => {
  assert.equal(valueAt("The carmaker posted its first annual loss in a decade.", "annual"), "P1Y");
  assert.equal(valueAt("The brewer reported an annual net profit of $2 billion.", "annual"), "P1Y");
  const t = runTimes("The brewer reported an annual profit.", "2025-07-01").times.find((x) => x.text === "annual");
  assert.equal(t?.type, "DURATION");
});

test("annual elsewhere is not a time", () => {
  assert.equal(valueAt("Shareholders met at the annual meeting in Oslo.", "annual"), undefined);
  assert.equal(valueAt("The chain has annual sales of $3 billion.", "annual"), undefined);
  assert.equal(valueAt("Crowds lined the route of the annual parade.", "annual"), undefined);
});
