import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, timeAt, valueAt } from "./run-times.js";

test("hyphenated durations, with -long", () => {
  assert.equal(valueAt("A three-year-long siege ended.", "three-year-long"), "P3Y");
  assert.equal(valueAt("They held five-hour talks.", "five-hour"), "PT5H");
  assert.equal(valueAt("A 48-hour ceasefire began.", "48-hour"), "PT48H");
  assert.equal(valueAt("It marked the one-year anniversary of the pact.", "one-year"), "P1Y");
});

test("bounded durations carry their mod and span", () => {
  const text = "The army ended its more than three-year-long campaign.";
  const t = timeAt(runTimes(text, "2025-07-01").times, text, "three-year-long");
  assert.equal(t?.text, "more than three-year-long");
  assert.equal(t?.value, "P3Y");
  assert.equal(t?.mod, "MORE_THAN");
  assert.equal(valueAt("The war has lasted more than three years.", "three years"), "P3Y/MORE_THAN");
  assert.equal(valueAt("The trial took about two weeks.", "two weeks"), "P2W/APPROX");
  assert.equal(valueAt("Repairs take at least 10 days.", "10 days"), "P10D/EQUAL_OR_MORE");
});

test("counted durations in every unit", () => {
  assert.equal(valueAt("The talks lasted two weeks.", "two weeks"), "P2W");
  assert.equal(valueAt("The siege lasted 48 hours.", "48 hours"), "PT48H");
  assert.equal(valueAt("He waited 5 1/2 hours.", "5 1/2 hours"), "PT5H30M");
  assert.equal(valueAt("The drought lasted twenty-five years.", "twenty-five years"), "P25Y");
  assert.equal(valueAt("It took a couple of months.", "a couple of months"), "P2M");
  assert.equal(valueAt("The firm spent several years abroad.", "several years"), "PXY");
  assert.equal(valueAt("Output fell in the past two months.", "the past two months"), "P2M");
});

test("vague durations; uncounted decades are written in years, as counted ones are", () => {
  assert.equal(valueAt("The feud has lasted for decades.", "decades"), "PXY");
  assert.equal(valueAt("Decades of neglect left the port in ruins.", "Decades"), "PXY");
  assert.equal(valueAt("They ended a decades-long feud.", "decades-long"), "PXY");
  assert.equal(valueAt("The abbey stood for centuries.", "centuries"), "PXCE");
  assert.equal(valueAt("Rescue teams arrived within hours.", "hours"), "PTXH");
});

test("ages are not durations", () => {
  assert.equal(valueAt("A 59-year-old man was arrested.", "59-year-old"), undefined);
  assert.equal(valueAt("The victim was 40 years old.", "40 years"), undefined);
});

test("rates are sets", () => {
  assert.equal(valueAt("The plant earns $5 million a year.", "a year"), "P1Y");
  assert.equal(runTimes("The plant earns $5 million a year.", "2025-07-01").times[0]?.type, "SET");
  assert.equal(valueAt("Inspectors visit twice a week.", "a week"), "P1W");
  assert.equal(valueAt("The paper is printed daily.", "daily"), "P1D");
});

test("and a half adds half a unit", () => {
  assert.equal(valueAt("A minute and a half later, the pilot called.", "A minute and a half"), "PT1M30S");
  assert.equal(valueAt("The talks took two and a half years.", "two and a half years"), "P2Y6M");
});

test("a unit with -long and no count is one unit", () => {
  assert.equal(valueAt("They left their third day-long meeting.", "day-long"), "P1D");
});

test("the past year and a half is a stretch", () => {
  assert.equal(valueAt("Fees rose in the previous year and a half.", "previous year and a half"), "P1Y6M");
  assert.equal(valueAt("Policy failed for the past decade and a half.", "past decade and a half"), "P15Y");
});

test("one day before the verb it modifies is some day to come", () => {
  assert.equal(valueAt("The league will one day admit women.", "one day"), "FUTURE_REF");
  assert.equal(valueAt("She hopes she one day runs the firm.", "one day"), "FUTURE_REF");
});

test("one day as a stretch, or in a past clause, is not FUTURE_REF", () => {
  assert.equal(valueAt("The strike lasted one day.", "one day"), "P1D");
  assert.equal(valueAt("He had held the post for one day.", "one day"), "P1D");
  assert.equal(valueAt("He one day walked into the mayor's office.", "one day"), undefined);
});

test("a counted stretch after year-earlier is the time, not the year before", () => {
  const text = "Profit for the year-earlier nine months included a one-time gain.";
  const times = runTimes(text, "2025-10-27").times;
  assert.deepEqual(
    times.map((t) => `${t.text}=${t.value}`),
    ["nine months=P9M"],
  );
  assert.equal(valueAt("Year-earlier results included a one-time gain.", "Year-earlier", "2025-10-27"), "2024");
});

test("the weeks ahead and years to come are vague stretches still to run", () => {
  assert.equal(valueAt("Funds may sell bonds in the weeks ahead.", "the weeks ahead"), "PXW");
  assert.equal(valueAt("The feud will last for years to come.", "years to come"), "PXY");
  assert.equal(valueAt("The weeks ahead of the vote were tense.", "weeks"), undefined);
});
