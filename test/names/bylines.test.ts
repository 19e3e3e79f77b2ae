import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a byline's names sign the story and are no entities of it ('By Staff, Agencies')", () => {
  const { entities } = read(
    "Rebels Seize Town in Chad\n\nBy Staff, Agencies\n\nRebels seized the town, the army said.",
  );
  assert.equal(entityWith(entities, "Agencies"), undefined);
  assert.equal(entityWith(entities, "Staff"), undefined);
  const two = read("Storm hits coast\nBy Jane Doe and Sam Ortiz, Reuters\nThe storm hit Miami on Monday.").entities;
  assert.equal(entityWith(two, "Jane Doe"), undefined);
});

test("must not fire: a sentence opening with 'By' names what it names", () => {
  const { entities } = read("Rebels took the town.\n\nBy Monday, Omar Ali had left Khartoum.");
  assert.equal(entityWith(entities, "Omar Ali")?.type, "PERSON");
  assert.equal(entityWith(entities, "Khartoum")?.type, "GPE");
});
