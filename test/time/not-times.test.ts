import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes, valueAt } from "./run-times.js";

test("a set word in a rate or an average is not a time", () => {
  assert.equal(valueAt("Revenue should grow by 20% annually.", "annually"), undefined);
  assert.equal(valueAt("The plant will make 10,000 cars annually.", "annually"), undefined);
  assert.equal(valueAt("Average daily volume was 133 million shares.", "daily"), undefined);
  // Recurrence itself still is.
  assert.equal(valueAt("The festival is held here annually.", "annually"), "P1Y");
  assert.equal(valueAt("Protesters held a daily rally outside the court.", "daily"), "P1D");
});

test("quarterly before a noun says what the noun covers", () => {
  assert.equal(valueAt("The bank raised its quarterly dividend.", "quarterly"), undefined);
  assert.equal(valueAt("The reserve will be adjusted quarterly.", "quarterly"), "P1Q");
});

test("a set word used as a noun, a newspaper or a dividend, is not a time", () => {
  assert.equal(valueAt("The party daily Pravda called the plan a mistake.", "daily"), undefined);
  assert.equal(valueAt("The company declared a quarterly of five cents a share.", "quarterly"), undefined);
  // Must not fire: the adverb and the adjective before a common noun or a weekday.
  assert.equal(valueAt("The paper is printed daily in Moscow.", "daily"), "P1D");
  assert.equal(valueAt("Protesters held a daily rally outside the court.", "daily"), "P1D");
});

test("capitalised units inside a sentence are titles", () => {
  assert.equal(valueAt('The minister said on the show "This Week" that talks would go on.', "This Week"), undefined);
  assert.equal(valueAt("She told the program 60 Minutes her story.", "60 Minutes"), undefined);
  assert.equal(valueAt("The minister said this week that talks would go on.", "this week"), "2025-W27");
  assert.equal(valueAt("Weeks later, the talks resumed.", "Weeks"), "PXW");
});

test("high noon is an idiom", () => {
  assert.equal(valueAt("For the rebels, high noon has come.", "noon"), undefined);
  assert.equal(valueAt("The rally began at noon.", "noon"), "2025-07-01T12:00");
});

test("a march named like a month is not a month", () => {
  assert.equal(valueAt("Thousands joined the annual March for Life in the capital.", "March"), undefined);
  assert.equal(valueAt("She led the March of the Mothers.", "March"), undefined);
  assert.equal(valueAt("Exports rose in March on Monday.", "March"), "2025-03");
});

test("today's youth and the leaders of tomorrow are not days", () => {
  assert.equal(valueAt("The case matters to today's youth.", "today"), undefined);
  assert.equal(valueAt("We are training the leaders of tomorrow.", "tomorrow"), undefined);
  assert.equal(valueAt("Today's vote was close.", "Today"), "2025-07-01");
  assert.equal(valueAt("The talks end by the end of tomorrow.", "tomorrow"), "2025-07-02/END");
});

test("Today after an acronym ends a newspaper's or a programme's name", () => {
  assert.equal(valueAt("The interview first ran in USA Today.", "Today"), undefined);
  assert.equal(valueAt("You are listening to KWXR Today.", "Today"), undefined);
  // Must not fire: a sentence's first word, a lower-case today after an acronym, a headline's title case.
  assert.equal(valueAt("Today, the UN votes on the plan.", "Today"), "2025-07-01");
  assert.equal(valueAt("The UN today voted on the plan.", "today"), "2025-07-01");
  assert.equal(valueAt("Leaders Meet In Geneva Today.", "Today"), "2025-07-01");
});

test("a second as an ordinal is not a unit", () => {
  assert.equal(valueAt("A second group of directors objected.", "second"), undefined);
  assert.equal(valueAt("One barge ran aground, and a second one drifted off.", "second"), undefined);
  assert.equal(valueAt("The light flashed for a second.", "a second"), "PT1S");
});

test("a capitalised unit in a headline is still a time", () => {
  assert.equal(valueAt("Senator Promises Action On Housing In First 100 Days.", "First 100 Days"), "P100D");
});

test("a capitalised set word inside a sentence ends a newspaper's name ('the Farmers' Weekly')", () => {
  assert.equal(valueAt("The quake was shallow, the Workers' Daily reported.", "Daily"), undefined);
  assert.equal(valueAt("The Harbour Weekly printed the list.", "Weekly"), undefined);
  // Lower case, it still recurs.
  assert.equal(valueAt("The ministry briefs reporters daily.", "daily"), "P1D");
});

test("a capitalised part of a day inside a sentence is a name", () => {
  assert.equal(valueAt("The Huffington Post-Morning Consult poll came out.", "Morning"), undefined);
  assert.equal(valueAt("He joked with late-night comedians.", "night"), undefined);
});

test("a month name that is a person's name, after a given name or an honorific, is not a time", () => {
  assert.equal(valueAt("Prime Minister Theresa May was not invited.", "May"), undefined);
  assert.equal(valueAt("Later, Mrs. May said she would stay.", "May"), undefined);
  // The month itself still is.
  assert.equal(valueAt("The vote was held in May.", "May"), "2025-05");
  assert.equal(valueAt("Ministers met at the May summit.", "May"), "2025-05");
});

test("the early hours of a day are a part of that day, not a stretch of hours", () => {
  const text = "Police raided the house in the early hours of Sunday morning.";
  const { times } = runTimes(text, "2025-07-01");
  assert.deepEqual(
    times.map((t) => t.text),
    ["Sunday morning"],
  );
  assert.equal(valueAt("Rescuers dug for hours in the rubble.", "hours"), "PTXH");
});
