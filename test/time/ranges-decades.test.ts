import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, timeAt, valueAt } from "./run-times.js";

test("a range of counts before one unit is two durations", () => {
  const text = "The audit would take between 30 and 45 days, or two to three weeks for the smaller units.";
  const times = runTimes(text, "2025-07-01").times.map((t) => [t.text, t.value]);
  assert.deepEqual(times, [
    ["30", "P30D"],
    ["45 days", "P45D"],
    ["two", "P2W"],
    ["three weeks", "P3W"],
  ]);
  assert.equal(valueAt("Inspections ran 2-3 hours.", "2"), "PT2H");
});

test("a range's first number is no duration after a currency sign or alone", () => {
  assert.equal(valueAt("Fees rose from $5 to 10 days' pay.", "5"), undefined);
  assert.equal(valueAt("Scores were 5 and the match lasted 10 days.", "5"), undefined);
});

test("single-day counts one day", () => {
  assert.equal(valueAt("It was the worst single-day drop since 1987.", "single-day"), "P1D");
  assert.equal(valueAt("A single buyer took the lot.", "single"), undefined);
});

test("over the years is a vague stretch of years", () => {
  assert.equal(valueAt("The firm has grown over the years.", "the years"), "PXY");
  assert.equal(valueAt("Ties deepened through the decades.", "the decades"), "PXY");
  assert.equal(valueAt("The years passed slowly.", "years"), undefined);
});

test("decades written without the apostrophe, after the or another decade", () => {
  assert.equal(valueAt("The boxy cars of the 70s and 80s are gone.", "70s"), "197");
  assert.equal(valueAt("The boxy cars of the 70s and 80s are gone.", "80s"), "198");
  assert.equal(valueAt("Prices soared in the early '90s.", "the early '90s"), "199/START");
  assert.equal(valueAt("Sales will peak in the mid-1990s.", "the mid-1990s"), "199/MID");
});

test("an age in someone's 70s or a rate in the mid-30s is no decade", () => {
  assert.equal(valueAt("The driver, in his 70s, was unhurt.", "70s"), undefined);
  assert.equal(valueAt("Both women are in their 50s.", "50s"), undefined);
  assert.equal(valueAt("He sold 70s to collectors.", "70s"), undefined);
  assert.equal(valueAt("The officer, now in his early 60s, retired.", "60s"), undefined);
  assert.equal(valueAt("Youth unemployment is in the mid-30s.", "30s"), undefined);
  assert.equal(valueAt("Incomes for those in their 30s, 40s and 50s grew.", "50s"), undefined);
  assert.equal(valueAt("She won titles in the 1960s and 70s.", "70s"), "197");
});

test("a range's start without a year comes no later than its end ('between January 1 and September 26')", () => {
  const text = "There were 3,210 victims between January 1 and September 26, police said.";
  const times = runTimes(text, "2016-09-29").times;
  assert.equal(timeAt(times, text, "January 1")?.value, "2016-01-01");
  assert.equal(timeAt(times, text, "September 26")?.value, "2016-09-26");
  const spanned = "Sales rose from December 3 to January 5, the firm said.";
  assert.equal(timeAt(runTimes(spanned, "2016-09-29").times, spanned, "December 3")?.value, "2015-12-03");
});

test("must not fire: two dates joined by 'and' without 'between' keep their own readings", () => {
  const text = "The mayor will speak on January 5 and September 30.";
  const times = runTimes(text, "2016-09-29").times;
  assert.equal(timeAt(times, text, "January 5")?.value, "2017-01-05");
});
