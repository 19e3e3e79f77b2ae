import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("last week, this week and next week are ISO weeks, not days", () => {
  assert.equal(valueAt("The envoy visited last week.", "last week"), "2025-W26");
  assert.equal(valueAt("Talks resume this week.", "this week"), "2025-W27");
  assert.equal(valueAt("The vote is next week.", "next week"), "2025-W28");
});

test("ISO weeks cross the new year by the Thursday rule", () => {
  // 2021-01-01 is a Friday of 2020-W53.
  assert.equal(valueAt("Shops reopened this week.", "this week", "2021-01-01"), "2020-W53");
});

test("this month, last month, next month, last year, this year", () => {
  assert.equal(valueAt("Exports rose this month.", "this month"), "2025-07");
  assert.equal(valueAt("Exports fell last month.", "last month"), "2025-06");
  assert.equal(valueAt("The plant opens next month.", "next month"), "2025-08");
  assert.equal(valueAt("Sales doubled last year.", "last year"), "2024");
  assert.equal(valueAt("Sales doubled last month in January.", "last month", "2025-01-15"), "2024-12");
  assert.equal(valueAt("The law passed this year.", "this year"), "2025");
});

test("earlier this year and later this month carry START and END", () => {
  assert.equal(valueAt("The firm was sold earlier this year.", "earlier this year"), "2025/START");
  assert.equal(valueAt("A ruling is due later this month.", "later this month"), "2025-07/END");
});

test("counted units back from the reference: years ago, weeks ago, days ago", () => {
  assert.equal(valueAt("The dam burst two years ago.", "two years ago"), "2023");
  assert.equal(valueAt("The dam burst three weeks ago.", "three weeks ago"), "2025-W24");
  assert.equal(valueAt("The dam burst five days ago.", "five days ago"), "2025-06-26");
  assert.equal(valueAt("The plant opened years ago.", "years ago"), "PAST_REF");
});

test("the weekend and this weekend", () => {
  assert.equal(valueAt("Fighting eased over the weekend.", "the weekend"), "2025-W26-WE");
  assert.equal(valueAt("Fans will gather this weekend.", "this weekend"), "2025-W27-WE");
});

test("the end of the year is this year's end; 'the year' alone is not a time", () => {
  assert.equal(valueAt("The bridge opens by the end of the year.", "the end of the year"), "2025/END");
  assert.equal(valueAt("The year was hard for farmers.", "year"), undefined);
});

test("'or so' between a count and ago or earlier keeps the placed date, approximate", () => {
  // 2025-07-01 is in ISO week 27.
  assert.equal(valueAt("A week or so ago, the envoy left.", "A week or so ago"), "2025-W26/APPROX");
  assert.equal(
    valueAt("The fair opened on May 3. A day or so earlier, stalls went up.", "A day or so earlier"),
    "2025-05-02/APPROX",
  );
  // Must not fire: "or so" with no placing word after it is no date.
  assert.equal(valueAt("The visit lasted a week or so.", "a week"), "P1W");
});
