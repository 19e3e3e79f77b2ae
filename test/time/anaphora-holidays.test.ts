import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("that year and the following year point back at the last year talked about", () => {
  const text = "The mine opened on May 3, 2019. That year, output doubled. The following year it closed.";
  assert.equal(valueAt(text, "That year"), "2019");
  assert.equal(valueAt(text, "The following year"), "2020");
  // Nothing to point back at: no guess.
  assert.equal(valueAt("That year was hard.", "That year"), undefined);
});

test("company results: the quarter, a year earlier, the year-ago period point at the quarter just named", () => {
  const text =
    "Net income rose in the third quarter. Sales were $5 million, up from $4 million a year earlier. In the year-ago period, costs were lower.";
  assert.equal(valueAt(text, "the third quarter", "2025-10-20"), "2025-Q3");
  assert.equal(valueAt(text, "a year earlier", "2025-10-20"), "2024-Q3");
  assert.equal(valueAt(text, "the year-ago period", "2025-10-20"), "2024-Q3");
});

test("the quarter ended a given day; the year ended a given day is a twelve-month stretch", () => {
  assert.equal(valueAt("Profit fell in the quarter ended Sept. 30.", "the quarter", "2025-10-20"), "2025-Q3");
  assert.equal(valueAt("Profit fell for the year ended March 31.", "the year", "2025-10-20"), "P1Y");
  assert.equal(valueAt("Sales for the full year rose.", "the full year", "2025-10-20"), "2025");
});

test("holidays are the nearest such day unless a year or last/next says otherwise", () => {
  assert.equal(valueAt("Shops shut for Christmas.", "Christmas", "2025-01-10"), "2024-12-25");
  assert.equal(valueAt("Shops will shut for Christmas.", "Christmas", "2025-07-01"), "2025-12-25");
  assert.equal(valueAt("Shops were shut for Christmas.", "Christmas", "2025-07-01"), "2024-12-25");
  assert.equal(valueAt("Shops shut on Thanksgiving Day.", "Thanksgiving Day", "2025-11-20"), "2025-11-27");
  assert.equal(valueAt("Pilgrims came at Easter 2024.", "Easter 2024"), "2024-03-31");
  assert.equal(valueAt("Sales fell last Christmas.", "last Christmas", "2025-12-28"), "2025-12-25");
});

test("spoken years and a month in a year counted from the reference", () => {
  assert.equal(valueAt("Oil fell in nineteen ninety-six.", "nineteen ninety-six"), "1996");
  assert.equal(valueAt("Oil fell in July last year.", "July last year"), "2024-07");
  assert.equal(valueAt("The fair is held each July.", "each July"), "XXXX-07");
});

test("the week of a day is its ISO week", () => {
  assert.equal(valueAt("A hearing is set for the week of March 6.", "the week of March 6", "2025-02-20"), "2025-W10");
});

test("a future seen from the past reads back: 'was due to' a weekday", () => {
  assert.equal(valueAt("The offer was due to expire Friday.", "Friday"), "2025-06-27");
  assert.equal(valueAt("The offer is due to expire Friday.", "Friday"), "2025-07-04");
});

test("ranges of explicit dates are two expressions", () => {
  const text = "Shares were bought from Aug. 26, 2024 to Oct. 20, 2024.";
  assert.equal(valueAt(text, "Aug. 26"), "2024-08-26");
  assert.equal(valueAt(text, "Oct. 20"), "2024-10-20");
});

test("counts with a word between them and the unit", () => {
  assert.equal(valueAt("Talks need two more weeks.", "two more weeks"), "P2W");
  assert.equal(valueAt("Settlement takes three business days.", "three business days"), "P3D");
  assert.equal(valueAt("The siege ended almost two decades ago.", "two decades"), "2005");
  assert.equal(valueAt("The war lasted two decades.", "two decades"), "P20Y");
});

test("US Election Day is the Tuesday after the first Monday of November, and other US holidays by rule", () => {
  // 2025-11-03 is the first Monday of November 2025.
  assert.equal(valueAt("Voters go to the polls on Election Day.", "Election Day", "2025-10-20"), "2025-11-04");
  assert.equal(valueAt("Banks were shut for Columbus Day.", "Columbus Day", "2025-10-20"), "2025-10-13");
  assert.equal(valueAt("Flowers sold out before Mother's Day.", "Mother's Day", "2025-05-20"), "2025-05-11");
});
