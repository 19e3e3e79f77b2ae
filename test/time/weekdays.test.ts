import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

// 2025-07-01 is a Tuesday.

test("a bare weekday reads back in time: Sunday in a Tuesday story is two days earlier", () => {
  assert.equal(valueAt("The mayor opened the bridge on Sunday.", "Sunday"), "2025-06-29");
  assert.equal(valueAt("Rescuers reached the village Friday.", "Friday"), "2025-06-27");
});

test("the weekday of the publication date is that day", () => {
  assert.equal(valueAt("The ministry said Tuesday it had no plans.", "Tuesday"), "2025-07-01");
});

test("a future clause reads a weekday forward", () => {
  assert.equal(valueAt("The council will vote on Friday.", "Friday"), "2025-07-04");
  assert.equal(valueAt("The ship is due to dock Thursday.", "Thursday"), "2025-07-03");
  assert.equal(valueAt("Ministers are expected to meet Monday.", "Monday"), "2025-07-07");
});

test("a past verb wins over a later future verb in another clause", () => {
  assert.equal(valueAt("The minister said Sunday that talks will resume.", "Sunday"), "2025-06-29");
});

test("last, next and this move the weekday explicitly", () => {
  assert.equal(valueAt("Prices fell last Tuesday.", "last Tuesday"), "2025-06-24");
  assert.equal(valueAt("The union meets next Monday.", "next Monday"), "2025-07-07");
  assert.equal(valueAt("The final is this Saturday.", "this Saturday"), "2025-07-05");
});

test("a weekday with a part of the day is a TIME", () => {
  assert.equal(valueAt("Shelling resumed Sunday night.", "Sunday night"), "2025-06-29TNI");
});

test("a clock time beside a weekday takes that day", () => {
  assert.equal(valueAt("The polls closed at 8 p.m. Sunday.", "8 p.m. Sunday"), "2025-06-29T20:00");
});

test("every Monday and plural weekdays are sets", () => {
  assert.equal(valueAt("The market opens every Monday.", "every Monday"), "XXXX-WXX-1");
  assert.equal(valueAt("Protesters gather on Fridays.", "Fridays"), "XXXX-WXX-5");
});
