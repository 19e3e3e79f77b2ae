import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, timeAt } from "./run-stage.js";

const texts = (text: string, times = [] as ReturnType<typeof timeAt>[]) => quantitiesOf(text, times).map((q) => q.text);

test("numbers inside time expressions found by the times stage are skipped", () => {
  const text = "On Friday 9 June 2023 the mayor opened 14 schools.";
  assert.deepEqual(texts(text, [timeAt(text, "Friday 9 June 2023")]), ["14"]);
  const said = "The ministry said Tuesday 600 soldiers had died.";
  assert.deepEqual(texts(said, [timeAt(said, "Tuesday")]), ["600"]);
  const war = "During the more than four-year-long siege, 80 shops shut.";
  assert.deepEqual(texts(war, [timeAt(war, "more than four-year-long")]), ["80"]);
});

test("without a time layer, years, durations and clock times are still not counts", () => {
  assert.deepEqual(texts("In 2019 the plant closed."), []);
  assert.deepEqual(texts("The 2019 election was close."), []);
  assert.deepEqual(texts("The lease runs until at least 2030."), []);
  assert.deepEqual(texts("Emissions must fall below 2005 levels."), []);
  assert.deepEqual(texts("The talks lasted three years."), []);
  assert.deepEqual(texts("The strike began at 6 p.m. sharp."), []);
  assert.deepEqual(texts("It was a 10-day visit."), []);
});

test("ages are not counts", () => {
  assert.deepEqual(texts("A 47-year-old teacher was arrested."), []);
  assert.deepEqual(texts("The driver, aged 47, was unhurt."), []);
  assert.deepEqual(texts("Mr Okafor, 47, was unhurt."), []);
});

test("ordinals are not counts", () => {
  assert.deepEqual(texts("On the third attempt the second team won."), []);
});

test("'one of' and the pronoun 'one' are not counts", () => {
  assert.deepEqual(texts("Lagos is one of Africa's largest cities."), []);
  assert.deepEqual(texts("She was the one who resigned."), []);
  assert.deepEqual(texts("They blamed one another."), []);
  assert.deepEqual(
    texts("One inspector resigned.").map((t) => t.toLowerCase()),
    ["one"],
  );
});

test("identifiers and model names are not counts", () => {
  assert.deepEqual(texts("He lives at No. 10 with a cat."), []);
  assert.deepEqual(texts("The airline ordered a Boeing 737 and an F-16 escort."), []);
  assert.deepEqual(texts("Under Article 5 the allies must respond."), []);
  assert.deepEqual(texts("The airline retired its 757s."), []);
  assert.deepEqual(texts("The Gang of Eight met in Formula One style."), []);
});

test("phone numbers and long ids are not counts", () => {
  assert.deepEqual(texts("Call +44 20 7946 0958 now."), []);
  assert.deepEqual(texts("Case 12345678 was closed."), []);
  assert.deepEqual(texts("Agent 007 returned."), []);
});
