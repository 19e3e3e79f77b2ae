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

test("a day of the month said as a spelled ordinal is a date, with the weekday beside it", () => {
  assert.equal(valueAt("The fair opens on July Fourth.", "July Fourth"), "2025-07-04");
  assert.equal(valueAt("The treaty was signed on June twenty-first, 1998.", "June twenty-first"), "1998-06-21");
  assert.equal(valueAt("The rally was held on the eighth of March.", "the eighth of March"), "2025-03-08");
  const text = "The march is this coming Sunday, March ninth, in the capital.";
  const t = timeAt(runTimes(text, "2025-03-04").times, text, "March ninth");
  assert.equal(t?.text, "this coming Sunday, March ninth");
  assert.equal(t?.value, "2025-03-09");
  // Must not fire: an ordinal that ranks or counts something else, and a day the month does not have.
  assert.equal(valueAt("He came in March second place overall.", "March"), "2025-03");
  assert.equal(valueAt("A third of March sales went abroad.", "March"), "2025-03");
  assert.equal(valueAt("Talks ran on through February thirtieth.", "February"), "2025-02");
});

test("a month and day naming an event in a past clause is the last such day, even most of a year back", () => {
  const published = "2024-09-10";
  const at = (text: string) => timeAt(runTimes(text, published).times, text, "October 7")?.value;
  assert.equal(at("They took part in the October 7 Hamas-led assault on Israel."), "2023-10-07");
  assert.equal(at("The October 7 attack killed 1,200 people."), "2023-10-07");
  // A plain past clause keeps the nearest day (the verb may be a report's), and so does a future one.
  assert.equal(at("He said the vote will be held on October 7."), "2024-10-07");
  assert.equal(at("The ministry said talks resume October 7."), "2024-10-07");
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

test("the end of a finished period is on or before the reference, however long ago", () => {
  assert.equal(valueAt("Sales rose 5% in the fiscal year ended Jan. 31.", "Jan. 31", "2025-11-15"), "2025-01-31");
  assert.equal(valueAt("The offer ends Jan. 31.", "Jan. 31", "2025-11-15"), "2026-01-31");
  assert.equal(valueAt("The year ending Jan. 31 looks weak.", "Jan. 31", "2025-11-15"), "2026-01-31");
});

test("an hour said with a part of the day is a clock time", () => {
  assert.equal(valueAt("The convoy will leave at 4 in the morning.", "4 in the morning"), "2025-07-01T04:00");
  assert.equal(valueAt("Polls stay open until 8 in the evening.", "8 in the evening"), "2025-07-01T20:00");
  assert.equal(valueAt("She scored 4 in the morning session.", "4 in the morning"), undefined);
});

test("punctuation after a clock time and its day stays out of the span", () => {
  const text = "The convoy left (at 6 a.m. Monday) for the border.";
  const t = timeAt(runTimes(text, "2025-07-02").times, text, "6 a.m.");
  assert.equal(t?.text, "6 a.m. Monday");
  const zoned = "The jet landed at 6:40 p.m. (GMT +8) after a long flight.";
  assert.equal(timeAt(runTimes(zoned, "2025-07-02").times, zoned, "6:40")?.text, "6:40 p.m. (GMT +8)");
});

test("a four-digit clock time in universal time is marked Z", () => {
  assert.equal(valueAt("At 0800 UTC the central banks cut rates.", "0800 UTC"), "2025-07-01T08:00Z");
  assert.equal(valueAt("The ship sailed at 2130 GMT on Monday.", "2130 GMT"), "2025-06-30T21:30Z");
  assert.equal(valueAt("The fleet has 2130 ships.", "2130"), undefined);
  assert.equal(valueAt("Rates were cut at 2590 GMT.", "2590"), undefined);
});

test("a day number joined to a month and day is another day of that month", () => {
  const text = "Leaders meet at the summit on April 24 and 25 in Washington.";
  assert.equal(valueAt(text, "25", "2025-02-10"), "2025-04-25");
  assert.equal(valueAt("The talks end on June 3 or 4.", "4.", "2025-05-20"), "2025-06-04");
  // Must not fire: the number counts something after it.
  assert.equal(valueAt("On April 24 and 25 people were hurt.", "25 people", "2025-05-01"), undefined);
});

test("a clock time with another zone's clock in parentheses takes the day after them", () => {
  const text = "The blast hit at about 10:35 a.m. (0735 GMT) Friday, officials said.";
  assert.equal(valueAt(text, "10:35 a.m.", "2025-07-05"), "2025-07-04T10:35");
  assert.equal(valueAt(text, "Friday", "2025-07-05"), "2025-07-04");
  // Must not fire: without the parenthesis the clock keeps the reference day.
  assert.equal(valueAt("The vote closed at 10 p.m. and counting began.", "10 p.m.", "2025-07-05"), "2025-07-05T22:00");
});
