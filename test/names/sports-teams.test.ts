import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const REPORT =
  "Norway beat Portugal 2 – 1 in the opening match of the tournament. The Norwegian striker scored twice before " +
  "half-time, and the goalkeeper saved a penalty. Portugal's coach said the referee was wrong. The squad will " +
  "play the final in Denmark on Sunday.";

test("in a match report a country named as a side is its team, an organization apart from the state", () => {
  const { entities } = read(REPORT);
  const norway = entityWith(entities, "Norway");
  const portugal = entityWith(entities, "Portugal");
  assert.equal(norway?.type, "ORG");
  assert.equal(portugal?.type, "ORG");
  assert.notEqual(norway, portugal);
});

test("in a match report a country after a place word stays the place", () => {
  assert.equal(entityWith(read(REPORT).entities, "Denmark")?.type, "GPE");
});

test("must not fire: a country that talks or trades is the state, whatever words of sport the article has", () => {
  const text =
    "Norway signed a gas deal with Portugal on Monday. Norway's minister called it a goal for both economies, " +
    "and the match between supply and demand would improve.";
  assert.equal(entityWith(read(text).entities, "Norway")?.type, "GPE");
  assert.equal(entityWith(read(text).entities, "Portugal")?.type, "GPE");
});

test("must not fire: in a match report the state's office stays the state's", () => {
  const text = `${REPORT} Norway's prime minister congratulated the players.`;
  const { mentions } = read(text);
  const minister = mentions.filter((m) => m.text === "Norway").pop();
  assert.equal(minister?.type, "GPE");
});

test("a place then a club's nickname is one team, an organization, in any article", () => {
  const text =
    "Fans at a Houston Rockets game on Monday were told to stay inside. The Boston Red Sox postponed theirs. " +
    "In Houston, streets flooded.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Houston Rockets")?.type, "ORG");
  assert.equal(entityWith(entities, "Boston Red Sox")?.type, "ORG");
  assert.equal(entityWith(entities, "Houston")?.type, "GPE");
  assert.notEqual(entityWith(entities, "Houston"), entityWith(entities, "Houston Rockets"));
});
