import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "../claims/claims-of.js";
import { valueAt } from "./run-times.js";

test("present, past and future references", () => {
  assert.equal(valueAt("The army now controls the town.", "now"), "PRESENT_REF");
  assert.equal(valueAt("It currently holds the town.", "currently"), "PRESENT_REF");
  assert.equal(valueAt("The rebels recently retreated.", "recently"), "PAST_REF");
  assert.equal(valueAt("Such raids happened in the past.", "the past"), "PAST_REF");
  assert.equal(valueAt("Raids may return in the future.", "the future"), "FUTURE_REF");
});

test("yesterday, today, tomorrow and tonight", () => {
  assert.equal(valueAt("The port reopened yesterday.", "yesterday"), "2025-06-30");
  assert.equal(valueAt("The port reopened today.", "today"), "2025-07-01");
  assert.equal(valueAt("The port reopens tomorrow.", "tomorrow"), "2025-07-02");
  assert.equal(valueAt("The port reopens tonight.", "tonight"), "2025-07-01TNI");
  assert.equal(valueAt("The port reopened yesterday morning.", "yesterday morning"), "2025-06-30TMO");
});

test("clock words and approximate times", () => {
  assert.equal(valueAt("The blast came around noon.", "around noon"), "2025-07-01T12:00/APPROX");
  assert.equal(valueAt("Sirens sounded this morning.", "this morning"), "2025-07-01TMO");
  assert.equal(valueAt("Sirens sounded last night.", "last night"), "2025-06-30TNI");
});

test("'overnight' alone is the night before a report of the past and the coming night ahead; before a noun it is no time", () => {
  assert.equal(valueAt("Rebels fired 25 rockets overnight, the army said.", "overnight"), "2025-06-30TNI");
  assert.equal(valueAt("Overnight, gunmen raided a farm near Tulsa.", "Overnight"), "2025-06-30TNI");
  assert.equal(valueAt("Heavy rain is expected overnight across the coast.", "overnight"), "2025-07-01TNI");
  assert.equal(valueAt("The pilots took an overnight break in Lisbon.", "overnight"), undefined);
  assert.equal(valueAt("The singer became an overnight star.", "overnight"), undefined);
  assert.equal(valueAt("Stocks slid after overnight selling in Asia.", "overnight"), undefined);
});

test("the Sun newspaper and a sunny day are not times", () => {
  assert.equal(valueAt("The Sun reported the story first.", "Sun"), undefined);
});

test("the past before a count is a counted stretch, not the past at large", () => {
  assert.equal(valueAt("Fires hit the valley in the past three summers.", "the past"), undefined);
  assert.equal(valueAt("In the past many people fled the valley.", "the past"), "PAST_REF");
  assert.equal(valueAt("In the future a new dam will be built.", "the future"), "FUTURE_REF");
});

test("the then current price is the present of a past moment", () => {
  assert.equal(valueAt("Holders could buy at half the then current price.", "then current"), "PAST_REF");
  assert.equal(valueAt("The then-current mayor resigned.", "then-current"), "PAST_REF");
  assert.equal(valueAt("If talks fail, then currently listed shares fall.", "currently"), "PRESENT_REF");
});

test("a reference word joined to 'former' or 'past' is a standing, not a time ('current and former officials')", () => {
  assert.equal(valueAt("Current and former officials said so.", "Current"), undefined);
  assert.equal(valueAt("Members past or present agreed.", "present"), undefined);
  assert.equal(valueAt("The current system works.", "current"), "PRESENT_REF");
});

test("'…, current and former officials said' names the officials as the source", () => {
  const claims = claimsThroughPipeline(
    "Agents want to interview the aides about the server, current and former officials said.",
  );
  assert.equal(byCue(claims, "said").source?.text, "current and former officials");
});
