import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, timeAt, valueAt } from "./run-times.js";

test("full dates are absolute and say which parts the text states", () => {
  const text = "The accord was signed on Oct. 23, 1998, in Washington.";
  const t = timeAt(runTimes(text, "2025-07-01").times, text, "Oct. 23");
  assert.equal(t?.value, "1998-10-23");
  assert.equal(t?.text, "Oct. 23, 1998");
  assert.deepEqual(t?.stated, ["year", "month", "day"]);
  assert.equal(valueAt("Voting ends 2025-07-04.", "2025-07-04"), "2025-07-04");
  assert.equal(valueAt("Voting ended on 5 March 2024.", "5 March 2024"), "2024-03-05");
});

test("a month and day without a year is the nearest such day; its year is implied", () => {
  const text = "The dividend is payable Aug. 15 to holders.";
  const t = timeAt(runTimes(text, "2025-07-01").times, text, "Aug. 15");
  assert.equal(t?.value, "2025-08-15");
  assert.deepEqual(t?.stated, ["month", "day"]);
  assert.equal(valueAt("The plant was closed on June 3.", "June 3"), "2025-06-03");
  assert.equal(valueAt("The plant was closed on Dec. 20.", "Dec. 20"), "2024-12-20");
});

test("clock times take the reference day, and a day beside them", () => {
  assert.equal(valueAt("The vote closed at 10 p.m.", "10 p.m."), "2025-07-01T22:00");
  assert.equal(valueAt("The blast hit at 10:35 a.m. Monday.", "10:35 a.m. Monday"), "2025-06-30T10:35");
});

test("prices and ratios are not clock times or dates", () => {
  assert.equal(valueAt("Shares rose 1.18 a share.", "1.18"), undefined);
  assert.equal(valueAt("The team won 10/20 games.", "10/20"), undefined);
});

test("a clock time stated in UTC or GMT is marked Z; other zones are left unmarked", () => {
  assert.equal(valueAt("The jet took off at 08:30 UTC.", "08:30 UTC"), "2025-07-01T08:30Z");
  assert.equal(valueAt("Trading stopped at 16:08 GMT.", "16:08 GMT"), "2025-07-01T16:08Z");
  assert.equal(valueAt("The offer expires at 5 p.m. EST.", "5 p.m. EST"), "2025-07-01T17:00");
});
