import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

// An award's capitalised name with an "of" in it, before a lower-case award noun, is one thing.
test("an award named with 'of' before 'award' is a thing, not a person and an organization", () => {
  const { entities } = read("Striker Tomas Vik won the Goalkeeper of the Season award on Sunday.");
  assert.equal(entityWith(entities, "Goalkeeper of the Season")?.type, "OTHER");
  assert.ok(!entities.some((e) => e.type === "ORG"));
  assert.ok(!entities.some((e) => e.type === "PERSON" && e.mentions.some((m) => m.text.includes("Season"))));
});

test("the words before an award's title name who gives or sponsors it", () => {
  const { entities } = read("Striker Tomas Vik won the Brightwater Goalkeeper of the Season award on Sunday.");
  assert.equal(entityWith(entities, "Brightwater Goalkeeper of the Season")?.type, "OTHER");
  assert.equal(entityWith(entities, "Brightwater")?.type, "ORG");
});

test("an award name opening a sentence leaves its 'The' out", () => {
  const { mentions } = read("The Rookie of the Year trophy went to Ada Lund.");
  assert.ok(mentions.some((m) => m.type === "OTHER" && m.text === "Rookie of the Year"));
});

test("must not fire: an institution's award keeps the institution", () => {
  const { entities } = read("The Bank of England award went to a small lender in Leeds.");
  assert.equal(entityWith(entities, "Bank of England")?.type, "ORG");
});

test("must not fire: names joined by 'of' with no award noun after them", () => {
  const { entities } = read("Ada Lund of Velcor Shipping said the deal was done.");
  assert.equal(entityWith(entities, "Ada Lund")?.type, "PERSON");
});
