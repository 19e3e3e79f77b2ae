import assert from "node:assert/strict";
import { test } from "node:test";
import { utcDay } from "../../src/time/calendar.js";
import { occurrence } from "../../src/time/cycles.js";
import { isoWeek } from "../../src/time/iso-week.js";
import { seasonIndexOf } from "../../src/time/seasons.js";
import { durationValue, weekValue } from "../../src/time/timex-value.js";

test("ISO weeks follow the Thursday rule at year ends", () => {
  assert.deepEqual(isoWeek(utcDay(2025, 6, 24)), { year: 2025, week: 26 });
  assert.deepEqual(isoWeek(utcDay(2021, 1, 3)), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek(utcDay(2024, 12, 30)), { year: 2025, week: 1 });
  assert.equal(weekValue(utcDay(2025, 1, 1)), "2025-W01");
});

test("duration values: units, vague amounts, fractions", () => {
  assert.equal(durationValue(3, "Y"), "P3Y");
  assert.equal(durationValue(48, "H"), "PT48H");
  assert.equal(durationValue(null, "DE"), "PXDE");
  assert.equal(durationValue(5, "MIN"), "PT5M");
  assert.equal(durationValue(2.5, "Y"), "P2Y6M");
  assert.equal(durationValue(1.5, "D"), "P1DT12H");
  assert.equal(durationValue(1, "FN"), "P2W");
});

test("a recurring name's occurrence in each direction", () => {
  // Months counted from 0; the reference is July (6), the name is April (3) or November (10).
  assert.equal(occurrence(6, 12, 3, "past"), 3);
  assert.equal(occurrence(6, 12, 10, "past"), -2);
  assert.equal(occurrence(6, 12, 10, "future"), 10);
  assert.equal(occurrence(6, 12, 6, "last"), -6);
  assert.equal(occurrence(6, 12, 6, "next"), 18);
  assert.equal(occurrence(6, 12, 10, "nearest"), 10);
  assert.equal(occurrence(6, 12, 1, "nearest"), 1);
});

test("January belongs to the winter that began in December", () => {
  assert.equal(seasonIndexOf(utcDay(2025, 1, 15)), seasonIndexOf(utcDay(2024, 12, 20)));
  assert.notEqual(seasonIndexOf(utcDay(2025, 3, 1)), seasonIndexOf(utcDay(2025, 2, 28)));
});
