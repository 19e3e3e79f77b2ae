import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

// 2025-07-01 is a Tuesday; 2025-10-27 a Monday.

test("an infinitive's date is the nearest one, whatever the tense of the verb before it", () => {
  // January is three months ahead of late October and nine months back: the nearer one is meant.
  assert.equal(valueAt("The bank agreed to buy the lender in January.", "January", "2025-10-27"), "2026-01");
  // June is four months back and eight ahead.
  assert.equal(valueAt("The firm agreed to sell the unit in June.", "June", "2025-10-27"), "2025-06");
});

test("a cue right before the infinitive still decides", () => {
  assert.equal(valueAt("The merger is scheduled to close Monday.", "Monday"), "2025-07-07");
  assert.equal(valueAt("The offer had been due to expire Friday.", "Friday"), "2025-06-27");
});

test("until, by, through and effective before a date read it as the nearest one", () => {
  assert.equal(valueAt("The lender extended the loans through January.", "January", "2025-10-27"), "2026-01");
  assert.equal(valueAt("The agency gave the firm until Wednesday to reply.", "Wednesday"), "2025-07-02");
  assert.equal(valueAt("The board named a new chief, effective Feb. 1.", "Feb. 1", "2025-10-27"), "2026-02-01");
  // A past stretch that ended before the publication date stays in the past.
  assert.equal(valueAt("Sales rose this year through August.", "August", "2025-10-27"), "2025-08");
});

test("since looks back", () => {
  assert.equal(
    valueAt("Police have hunted him since shortly after the Oct. 23 attack.", "Oct. 23", "2026-05-06"),
    "2025-10-23",
  );
});

test("next to is a place, not a future cue", () => {
  assert.equal(valueAt("A bomb went off next to the embassy in the capital on Friday.", "Friday"), "2025-06-27");
});

test("a period inside a sentence ends an abbreviation, not the clause", () => {
  assert.equal(
    valueAt("The group agreed to acquire the Peoria, Ill., bank in January.", "January", "2025-10-27"),
    "2026-01",
  );
});

test("with no cue at all a bare month still reads back in time", () => {
  assert.equal(valueAt("Exports rose in January.", "January", "2025-10-27"), "2025-01");
});

test("would reads a date as the nearest one", () => {
  // Said on a Wednesday: Thursday is the next day, not six days back.
  assert.equal(
    valueAt("Officials said the father would travel to Washington Thursday.", "Thursday", "2025-07-02"),
    "2025-07-03",
  );
  assert.equal(valueAt("The dividend would be paid in January.", "January", "2025-10-27"), "2026-01");
});

test("other modals read a date as the nearest one; a modal with have looks back", () => {
  assert.equal(valueAt("The sale should be completed in October.", "October", "2025-06-05"), "2025-10");
  assert.equal(valueAt("The strike could have started in October.", "October", "2025-06-05"), "2024-10");
});

test("ahead of a date looks forward, but only from within its phrase", () => {
  // 2025-07-03 is a Thursday.
  assert.equal(valueAt("Polls tightened ahead of Saturday's caucus.", "Saturday", "2025-07-03"), "2025-07-05");
  assert.equal(
    valueAt("Just ahead of the minister's trip, the embassy on Sunday issued a warning.", "Sunday", "2025-07-03"),
    "2025-06-29",
  );
});

test("a weekday read as the nearest is the coming one only if it is the next day", () => {
  // Modal on a Thursday: Friday is tomorrow; Saturday is two days off, so the last one is meant.
  assert.equal(valueAt("He said he would release the files on Friday.", "Friday", "2025-07-03"), "2025-07-04");
  assert.equal(valueAt("The union failed to reach a deal on Saturday.", "Saturday", "2025-07-03"), "2025-06-28");
});

test("a past form in a condition is no past", () => {
  assert.equal(
    valueAt("He asked how they would fare if he won the vote on Nov. 8.", "Nov. 8", "2025-05-16"),
    "2025-11-08",
  );
});

test("a future clause does not push a month and day most of a year ahead", () => {
  assert.equal(valueAt("The speech will recall the attack on June 12.", "June 12", "2025-06-21"), "2025-06-12");
});

test("a clause after whether is not the date's clause", () => {
  // The modal after "whether" does not make Thursday the coming one.
  assert.equal(valueAt("On Thursday, he hedged on whether he would back her.", "Thursday", "2025-07-01"), "2025-06-26");
});

test("a time in parentheses takes the tense of the clause around them", () => {
  // 2025-07-01 is a Tuesday: the coming Thursday is July 3, the last one June 26.
  assert.equal(valueAt("The envoy will fly home (on Thursday) with the report.", "Thursday"), "2025-07-03");
  assert.equal(valueAt("The envoy flew home (on Thursday) with the report.", "Thursday"), "2025-06-26");
});

test("a verb in the present tense before a bare month or weekday reads it forward, as news schedules", () => {
  // 2025-07-01 is a Tuesday: the coming Friday is July 4.
  assert.equal(valueAt("The appeal is heard in September, the court said.", "September", "2025-10-27"), "2026-09");
  assert.equal(valueAt("The new tariff takes effect Friday.", "Friday"), "2025-07-04");
  // Must not fire: a verb of saying, a past participle after was, and a present verb after the date.
  assert.equal(valueAt("The ministry says Friday's strike cost millions.", "Friday"), "2025-06-27");
  assert.equal(valueAt("The appeal was heard in September.", "September", "2025-10-27"), "2025-09");
  assert.equal(valueAt("Before his Friday speech, the mayor visits a school.", "Friday"), "2025-06-27");
});

test("a base-form verb after a plural subject is present and reads a weekday forward, unless its past looks the same", () => {
  // 2025-07-01 is a Tuesday: the coming Friday is July 4, the last one June 27.
  assert.equal(valueAt("The two envoys meet Friday in Geneva.", "Friday"), "2025-07-04");
  assert.equal(valueAt("She and her rival speak in Ohio on Friday.", "Friday"), "2025-07-04");
  // Must not fire: a past spelled as the base form, a singular subject, an infinitive.
  assert.equal(valueAt("The banks cut rates Friday.", "Friday"), "2025-06-27");
  assert.equal(valueAt("The economy shed jobs in June.", "June", "2025-10-27"), "2025-06");
  assert.equal(valueAt("The envoys agreed to meet Friday.", "Friday"), "2025-06-27");
});

test("a date something is put off until lies ahead, whatever the verb's tense", () => {
  // 2025-07-03 is a Thursday: the coming Tuesday is July 8, the last one July 1.
  assert.equal(valueAt("The court postponed the hearing until Tuesday.", "Tuesday", "2025-07-03"), "2025-07-08");
  assert.equal(valueAt("Officials delayed until Monday any decision.", "Monday", "2025-07-03"), "2025-07-07");
  // Must not fire: a deadline without a verb of delay stays the nearest such day.
  assert.equal(valueAt("The agency gave the firm until Tuesday to reply.", "Tuesday", "2025-07-03"), "2025-07-01");
});
