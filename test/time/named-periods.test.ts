import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("spoken years after a month or a season", () => {
  assert.equal(valueAt("Then came January nineteen ninety-seven.", "January", "1998-02-27"), "1997-01");
  assert.equal(
    valueAt("Prices hit that level in the winter of nineteen ninety-four.", "winter", "1998-02-23"),
    "1994-WI",
  );
});

test("year-end and month-end are the end of the current one, or of the last after since", () => {
  assert.equal(valueAt("The deal should close by year-end.", "year-end", "2025-10-27"), "2025/END");
  assert.equal(valueAt("Rules should be in place by year's end.", "year's end", "2025-10-27"), "2025/END");
  assert.equal(valueAt("The index is up 4% since year-end.", "year-end", "2025-10-27"), "2024/END");
  assert.equal(valueAt("Payment is due at month-end.", "month-end", "2025-10-27"), "2025-10/END");
  assert.equal(valueAt("Stocks should end the year higher.", "year"), undefined);
});

test("a part of the day with a modifier", () => {
  assert.equal(valueAt("Shares were up at mid-afternoon yesterday.", "afternoon"), "2025-06-30TAF/MID");
  assert.equal(valueAt("By mid afternoon, the shelling had stopped.", "afternoon"), "2025-07-01TAF/MID");
  assert.equal(valueAt("The afternoon was quiet.", "afternoon"), undefined);
});

test("the previous and the following weekday count from the day just named", () => {
  const text = "Shares fell on Friday, June 20. They had risen the previous Friday.";
  assert.equal(valueAt(text, "previous Friday"), "2025-06-13");
  const after = "The accord was signed on June 4, 2025. Troops left the following Monday.";
  assert.equal(valueAt(after, "following Monday"), "2025-06-09");
});

test("a holiday's week, and a past holiday more than a year back is not the one meant", () => {
  assert.equal(valueAt("Pilgrims gathered as Easter week began.", "Easter week", "2025-04-14"), "2025-W16");
  assert.equal(valueAt("Crowds gathered at Easter.", "Easter", "2025-04-14"), "2025-04-20");
});

test("last and next before the month just gone or just coming skip a year", () => {
  assert.equal(valueAt("Two helicopters crashed last February.", "last February", "2025-03-01"), "2024-02");
  assert.equal(valueAt("The bridge opened last May.", "last May", "2025-10-27"), "2025-05");
  assert.equal(valueAt("The vote is due next April.", "next April", "2025-03-10"), "2026-04");
});

test("a results period with no quarter named is the latest finished quarter", () => {
  assert.equal(
    valueAt("In the year-earlier period, it earned $5 million.", "year-earlier period", "2025-10-27"),
    "2024-Q3",
  );
  assert.equal(valueAt("In the latest period, sales rose.", "latest period", "2025-10-27"), "2025-Q3");
  assert.equal(valueAt("In the 2024 period, sales rose.", "2024 period", "2025-10-27"), "2024-Q3");
});

test("fiscal before a year makes it a year whatever follows", () => {
  assert.equal(valueAt("Sales were above fiscal 2024 sales of $155 million.", "fiscal 2024"), "2024");
});

test("a month of a year counted from the reference", () => {
  assert.equal(valueAt("Licences lapse after October of next year.", "October of next year", "2025-05-15"), "2026-10");
});

test("an apostrophe year after a word that introduces years", () => {
  assert.equal(valueAt("The index hit its lowest level since '82.", "'82", "2008-10-27"), "1982");
  assert.equal(valueAt("He told CBS's ''60 Minutes'' the story.", "60"), undefined);
});
