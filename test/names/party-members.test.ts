import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a party member word before a person's name is no part of the name", () => {
  const { entities } = read(
    "In the U.S. race, Republican Dana Whitcombe and Democrat Lena Ortiz met in Ohio on Tuesday.",
  );
  assert.equal(entityWith(entities, "Dana Whitcombe")?.type, "PERSON");
  assert.equal(entityWith(entities, "Lena Ortiz")?.type, "PERSON");
  assert.ok(
    !entities.some((e) => e.type === "PERSON" && e.mentions.some((m) => /^(Republican|Democrat) /.test(m.text))),
  );
});

test("the GOP is the Republican Party, and member words alone are no organization", () => {
  const { entities } = read("The GOP gained seats in Texas, and Republicans celebrated in Washington.");
  const party = entityWith(entities, "GOP");
  assert.equal(party?.type, "ORG");
  assert.equal(party?.name, "Republican Party");
  assert.ok(!texts(party).includes("Republicans"));
});

test("a party committee keeps its whole name", () => {
  const { entities } = read("Hackers broke into the Democratic National Committee, U.S. officials said.");
  assert.equal(entityWith(entities, "Democratic National Committee")?.type, "ORG");
  assert.ok(!entities.some((e) => e.name === "Democratic Party"));
});

test("must not fire: member words ask for the party's country in the article", () => {
  const { entities } = read("The Democratic Alliance said in Cape Town that it would contest the vote.");
  assert.ok(!entities.some((e) => e.name === "Democratic Party"));
});

test("a state before its party's members is two mentions, not a person ('Virginia Democrats', 'Texas Republicans')", () => {
  const { entities } = read("In the United States, Virginia Democrats and Texas Republicans both claimed the vote.");
  assert.equal(entityWith(entities, "Virginia")?.type, "GPE");
  assert.equal(entityWith(entities, "Texas")?.type, "GPE");
  assert.equal(entityWith(entities, "Democrats")?.type, "NORP");
  assert.ok(!entities.some((e) => e.type === "PERSON"));
});

test("must not fire: a single word after a place that is no people stays with it ('Israel Katz')", () => {
  const { entities } = read("In the United States, Israel Katz spoke to Virginia Democrats.");
  assert.equal(entityWith(entities, "Israel Katz")?.type, "PERSON");
});

test("a country's name before another country's party word is that country's own party, and its acronym with it", () => {
  const text =
    "Voters in Norway went to the polls. The anti-immigrant Norway Democrats (ND) could win 20 seats. ND leader " +
    "Jon Berg was pleased.";
  const { entities } = read(text);
  const party = entityWith(entities, "Norway Democrats");
  assert.equal(party?.type, "ORG");
  assert.deepEqual(texts(party), ["Norway Democrats", "ND", "ND"]);
  assert.equal(entityWith(entities, "Norway")?.type, "GPE");
});

test("a bracketed acronym goes to the name right before it, not to an earlier one with the same initials", () => {
  const text =
    "The Social Democrats lost ground. The anti-immigrant Sweden Democrats (SD) looked set to win 20 seats. SD said so.";
  const { entities } = read(text);
  assert.deepEqual(texts(entityWith(entities, "Sweden Democrats")), ["Sweden Democrats", "SD", "SD"]);
  assert.deepEqual(texts(entityWith(entities, "Social Democrats")), ["Social Democrats"]);
});
