import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("a month without a year reads back in time from the reference", () => {
  assert.equal(valueAt("The border reopened in April.", "April"), "2025-04");
  assert.equal(valueAt("The border reopened in November.", "November"), "2024-11");
  assert.equal(valueAt("Wages rose in July.", "July"), "2025-07");
});

test("a later month in a future clause is this year's", () => {
  assert.equal(valueAt("The border will reopen in November.", "November"), "2025-11");
  assert.equal(valueAt("The border will reopen in March.", "March"), "2026-03");
});

test("last and next months", () => {
  assert.equal(valueAt("Voters went to the polls last November.", "last November"), "2024-11");
  assert.equal(valueAt("The deal takes effect next January.", "next January"), "2026-01");
});

test("a month with a year is absolute", () => {
  assert.equal(valueAt("The strike began in July 1997.", "July 1997"), "1997-07");
  assert.equal(valueAt("The strike began in April of 2024.", "April of 2024"), "2024-04");
});

test("early, mid and late months carry START, MID and END", () => {
  assert.equal(valueAt("Results came in late November.", "late November"), "2024-11/END");
  assert.equal(valueAt("Results came in mid-June.", "mid-June"), "2025-06/MID");
});

test("the modal may and the noun march are not months", () => {
  assert.equal(valueAt("Officials may decide on the request soon.", "may"), undefined);
  assert.equal(valueAt("Thousands joined a protest march downtown.", "march"), undefined);
  assert.equal(valueAt("The May elections were close.", "May"), "2025-05");
});

test("a bare month read back to next month's name a year ago is the coming month", () => {
  assert.equal(valueAt("The refinery told buyers of a cut in supplies in August.", "August"), "2025-08");
  assert.equal(valueAt("The talks were planned for early August.", "early August"), "2025-08/START");
  // Ten months back is still read back: only the month right after the reference turns ahead.
  assert.equal(valueAt("The border reopened in September.", "September"), "2024-09");
});
