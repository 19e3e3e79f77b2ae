import assert from "node:assert/strict";
import { test } from "node:test";
import { personGenders } from "../../src/names/gender.js";
import { analyse } from "../../src/pipeline/analyse.js";
import { claimsWith, entity } from "./claims-of.js";

const sourceOf = (claims: ReturnType<typeof claimsWith>, pronoun: string) =>
  claims.find((c) => c.source?.text === pronoun)?.source?.entity;

test("'she' passes over a man named just before her for the woman before him (first names tell)", () => {
  const text = "At the town hall, Tina Lindgren had a question for Barack Obama. “My son gave his life,” she said.";
  const entities = [entity(text, "w", "PERSON", "Tina Lindgren"), entity(text, "m", "PERSON", "Barack Obama")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "she"), "w");
});

test("'he' passes over a woman shown by her honorific or role ('Mrs. Berg', 'the congresswoman')", () => {
  const text =
    "Erik Dahl met Mrs. Berg and later Congresswoman Sandberg. He said the talks had failed after the congresswoman left.";
  const entities = [
    entity(text, "m", "PERSON", "Erik Dahl"),
    entity(text, "w1", "PERSON", "Berg"),
    entity(text, "w2", "PERSON", "Sandberg", "the congresswoman"),
  ];
  assert.equal(sourceOf(claimsWith(text, { entities }), "He"), "m");
  const genders = personGenders(text, entities);
  assert.equal(genders.get("w1"), "female");
  assert.equal(genders.get("w2"), "female");
  assert.equal(genders.get("m"), "male");
});

test("through the whole pipeline, a woman's quote is hers though a man is named between", () => {
  const text = "Karen Holt, a nurse from Ohio, asked President George Ellison about wages. “We are tired,” she said.";
  const analysis = analyse({ text, published: "2025-07-01", title: null, url: null, source: null });
  const she = analysis.claims.find((c) => c.source?.text === "she");
  const karen = analysis.entities.find((e) => e.name === "Karen Holt");
  assert.ok(karen);
  assert.equal(she?.source?.entity, karen.id);
});

test("must not fire: a name used for both genders is no evidence, so the nearest person is still taken", () => {
  const text = "Alex Moreau spoke first, then Jordan Lee answered. She said the plan was sound.";
  const entities = [entity(text, "a", "PERSON", "Alex Moreau"), entity(text, "j", "PERSON", "Jordan Lee")];
  assert.equal(personGenders(text, entities).size, 0);
  assert.equal(sourceOf(claimsWith(text, { entities }), "She"), "j");
});

test("must not fire: mixed evidence leaves a person's gender unknown", () => {
  const text = "Mr. Robin Vale spoke. Robin Vale's sister, Mrs. Vale, did not.";
  assert.equal(personGenders(text, [entity(text, "r", "PERSON", "Robin Vale", "Vale")]).size, 0);
});
