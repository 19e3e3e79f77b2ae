import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("'ended the day' and 'for the day' are the day being reported", () => {
  assert.equal(valueAt("The index gained 2% to end the day at 5,100.", "the day"), "2025-07-01");
  assert.equal(valueAt("For the day, the bourse closed down 1.2%.", "the day"), "2025-07-01");
  // A day named just before is the one reported.
  const text = "Shares slid on Monday. The index finished the day 40 points lower.";
  assert.equal(valueAt(text, "the day"), "2025-06-30");
});

test("'the day' elsewhere is no reported day", () => {
  assert.equal(valueAt("At the end of the day, voters decide.", "the day"), undefined);
  assert.equal(valueAt("He spent the day at home.", "the day"), undefined);
  assert.equal(valueAt("The day belonged to the winners.", "day"), undefined);
  assert.equal(valueAt("The state is saving for the day that its land floods.", "the day"), undefined);
});

test("the same day, that same month: the one just talked about", () => {
  const text = "The plant shut on March 3, 2024. The union filed a complaint the same day.";
  assert.equal(valueAt(text, "the same day"), "2024-03-03");
  assert.equal(valueAt("Sales rose in May 2023. That same month, costs fell.", "That same month"), "2023-05");
  // Nothing talked about before: no guess.
  assert.equal(valueAt("They met on the same day.", "the same day"), undefined);
});

test("the same period after a month is that month, a year back with 'last year'", () => {
  const text = "Sales rose 43% in February compared to the same period last year.";
  assert.equal(valueAt(text, "the same period last year", "2010-03-03"), "2009-02");
  assert.equal(valueAt("The same period last year was weak.", "The same period", "2010-03-03"), undefined);
});

test("the entire year and the whole year are the year being talked about", () => {
  const text = "It lost $4 billion in the fourth quarter of 2005 and $8 billion for the entire year.";
  assert.equal(valueAt(text, "the entire year", "2006-01-27"), "2005");
  assert.equal(valueAt("Output held up over the whole year.", "the whole year"), "2025");
});
