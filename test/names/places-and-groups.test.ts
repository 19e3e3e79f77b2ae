import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("states and provinces of large countries are places", () => {
  assert.equal(typeOf("Floods hit Queensland and parts of Nebraska this week.", "Queensland"), "GPE");
  assert.equal(typeOf("Floods hit Queensland and parts of Nebraska this week.", "Nebraska"), "GPE");
  assert.equal(typeOf("Investors from Southeast Asia arrived.", "Southeast Asia"), "LOC");
});

test("a region's adjective is a nationality-like word, never a name", () => {
  const { entities } = read("Other European markets rose, while North American sales fell.");
  assert.equal(entityWith(entities, "European")?.type, "NORP");
  assert.equal(entityWith(entities, "North American")?.type, "NORP");
  assert.ok(!entities.some((e) => e.type === "PERSON"));
});

test("religious and ethnic groups are groups of people, no organization", () => {
  const { entities } = read("Rohingya refugees and Kurds fled; Muslims in the city protested.");
  assert.equal(entityWith(entities, "Kurds")?.type, "NORP");
  assert.equal(entityWith(entities, "Muslims")?.type, "NORP");
});

test("must not fire: a region's adjective inside a longer name leaves the name whole", () => {
  assert.equal(typeOf("The Baltic Ledger reported the sale.", "Baltic Ledger"), "ORG");
});
