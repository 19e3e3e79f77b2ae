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

test("a clock time followed by 'local time' still takes the weekday after it", () => {
  const text =
    "The ferry sank at about 6:15 p.m. local time on Thursday, and a tremor followed at 9 a.m. local time Friday.";
  assert.equal(valueAt(text, "6:15 p.m."), "2025-06-26T18:15");
  assert.equal(valueAt(text, "9 a.m."), "2025-06-27T09:00");
});

test("every Monday and plural weekdays are sets", () => {
  assert.equal(valueAt("The market opens every Monday.", "every Monday"), "XXXX-WXX-1");
  assert.equal(valueAt("Protesters gather on Fridays.", "Fridays"), "XXXX-WXX-5");
});

test("a weekday with a part of the day in the plural is a set, and so is a weekday joined to it", () => {
  assert.equal(valueAt("Ferries sail on Tuesday nights.", "Tuesday nights"), "XXXX-WXX-2TNI");
  assert.equal(valueAt("Flights leave on Monday and Tuesday nights.", "Monday"), "XXXX-WXX-1TNI");
  // Must not fire: a single night, and a pair of weekdays without a plural part.
  assert.equal(valueAt("Shelling resumed Sunday night.", "Sunday night"), "2025-06-29TNI");
  assert.equal(valueAt("Talks were held Monday and Tuesday.", "Monday"), "2025-06-30");
});

test("the day before or after a named day is the day next to it", () => {
  assert.equal(valueAt("The day before last Tuesday's hearing, he met lawyers.", "day before"), "2025-06-23");
  assert.equal(valueAt("Shares fell the day after June 3.", "the day after"), "2025-06-04");
  assert.equal(valueAt("The vote is the day after tomorrow.", "day after"), "2025-07-03");
  // Must not fire: days in the plural, and "day" before no date.
  assert.equal(valueAt("Two days before Friday, talks stalled.", "Friday"), "2025-06-27");
  assert.equal(valueAt("He left the day after the vote.", "day after"), undefined);
});

test("the previous Friday counts from a day named a few sentences back", () => {
  // 2025-07-07 is a Monday; the story is about Friday July 4.
  const text =
    "Shares closed lower Friday in thin trading. Dealers blamed the holiday. Bonds were flat. The index ended 2% down from the previous Friday.";
  assert.equal(valueAt(text, "the previous Friday", "2025-07-07"), "2025-06-27");
  // Must not fire: with no day named before, the previous Friday is the last one.
  assert.equal(
    valueAt("The index ended 2% down from the previous Friday.", "the previous Friday", "2025-07-07"),
    "2025-07-04",
  );
});
