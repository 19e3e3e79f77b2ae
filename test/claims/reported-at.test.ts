import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith, time } from "./claims-of.js";

test("the time right after the cue is when it was said: 'said Tuesday', 'said last week that'", () => {
  const text =
    "The port authority said Tuesday it had closed two berths. The union said last week that it would strike.";
  const times = [time(text, "Tuesday", "2025-07-01"), time(text, "last week", "2025-W26")];
  const claims = claimsWith(text, { times });
  assert.equal(claims[0]?.reportedAt?.value, "2025-07-01");
  assert.equal(claims[0]?.reportedAt?.span?.text, "Tuesday");
  assert.equal(claims[1]?.reportedAt?.value, "2025-W26");
  assert.equal(claims[1]?.content.text, "that it would strike");
});

test("a time before the cue or after a postposed cue, and an opening 'On Friday,' count too", () => {
  const text =
    "The mayor on Monday said the pool would close. Rents rose sharply, the agency said on Wednesday. On Friday, the army said it had withdrawn.";
  const times = [
    time(text, "Monday", "2025-06-30"),
    time(text, "Wednesday", "2025-06-25"),
    time(text, "Friday", "2025-06-27"),
  ];
  const claims = claimsWith(text, { times });
  assert.deepEqual(
    claims.map((c) => c.reportedAt?.value),
    ["2025-06-30", "2025-06-25", "2025-06-27"],
  );
});

test("a time inside the content stays there: 'said … will send troops this month'", () => {
  const text = "The minister said the country will send more troops this month.";
  const claim = byCue(claimsWith(text, { times: [time(text, "this month", "2025-07")] }), "said");
  assert.equal(claim.reportedAt, null);
  assert.match(claim.content.text, /this month$/);
});

test("a disclosure made at a date: 'only confirmed it had … in April' (and the cue coordinated with it)", () => {
  const text = "The company only confirmed it had sold the unit in April, and admitted that staff had been laid off.";
  const claims = claimsWith(text, { times: [time(text, "April", "2025-04")] });
  assert.equal(byCue(claims, "only confirmed").reportedAt?.value, "2025-04");
  assert.equal(byCue(claims, "only confirmed").content.text, "it had sold the unit");
  assert.equal(byCue(claims, "admitted").reportedAt?.value, "2025-04");
});

test("a plain 'said' keeps a trailing date in its content ('said the man was arrested on Sunday')", () => {
  const text = "Police said the man was arrested on Sunday.";
  const claim = byCue(claimsWith(text, { times: [time(text, "Sunday", "2025-06-29")] }), "said");
  assert.equal(claim.reportedAt, null);
  assert.equal(claim.content.text, "the man was arrested on Sunday");
});

test("durations are not times of saying, and no time gives null", () => {
  const text = "The senator said for years that the tax was unfair. The judge said the case was closed.";
  const claims = claimsWith(text, { times: [time(text, "years", "P1Y", "DURATION")] });
  assert.equal(claims[0]?.reportedAt, null);
  assert.equal(claims[1]?.reportedAt, null);
});

test("end to end, the times stage's values reach the claim", () => {
  const claims = claimsThroughPipeline("The central bank said on Tuesday that it would hold rates.", "2025-07-03");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.reportedAt?.value, "2025-07-01");
});

test("'denied the reports on Tuesday': a time after a noun for what was said dates the denial; 'confirmed the attack on Monday' keeps it", () => {
  const denied = claimsThroughPipeline("The army denied the reports on Tuesday.", "2025-07-03");
  assert.equal(byCue(denied, "denied").content.text, "the reports");
  assert.equal(byCue(denied, "denied").reportedAt?.value, "2025-07-01");
  const confirmed = claimsThroughPipeline("The army confirmed the attack on the base on Monday.", "2025-07-03");
  assert.equal(byCue(confirmed, "confirmed").content.text, "the attack on the base on Monday");
});

test("'now claims' gives no time it was said: PRESENT_REF is no date", () => {
  const claims = claimsThroughPipeline("The government now claims that the army can return to the city.");
  assert.equal(claims[0]?.reportedAt, null);
});

test("a time inside a postposed cue's occasion is when it was said ('“…,” X said at a Friday evening rally', 'in a March 3, 2019 email')", () => {
  const rally = claimsThroughPipeline('"The audit is done," Ms. Okafor said at a Friday evening rally.', "2019-03-11");
  assert.equal(rally[0]?.reportedAt?.value, "2019-03-08TEV");
  const email = claimsThroughPipeline('"The audit is done." Ms. Okafor wrote in a March 3, 2019 email to top aides.');
  assert.equal(email[0]?.reportedAt?.value, "2019-03-03");
});
