import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("English words shouted in capitals in a quotation are no name, nor an acronym's organization", () => {
  const { entities } = read('The senator posted in capitals, "LOWER TAXES!" A retailer said prices would rise.');
  assert.equal(entityWith(entities, "LOWER"), undefined);
  assert.equal(entityWith(entities, "LOWER TAXES"), undefined);
});

test("must not fire: an acronym the dictionary knows stays in shouted capitals", () => {
  const { entities } = read('Protesters held signs saying "NATO OUT" outside the hall.');
  assert.ok(entities.some((e) => e.mentions.some((m) => m.text.startsWith("NATO"))));
});
