import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

// Names the product lexicon knows are things, alone or after their maker's name.
test("a known product is a thing, alone or after its maker", () => {
  const { entities } = read("Users left Mozilla Firefox for Chrome last year, and airlines ordered the Dreamliner.");
  assert.equal(entityWith(entities, "Mozilla Firefox")?.type, "OTHER");
  assert.equal(entityWith(entities, "Chrome")?.type, "OTHER");
  assert.equal(entityWith(entities, "Dreamliner")?.type, "OTHER");
  assert.ok(!entities.some((e) => e.type === "PERSON"));
  assert.ok(!entities.some((e) => e.type === "ORG" && e.mentions.some((m) => /Chrome|Dreamliner/.test(m.text))));
});

test("must not fire: a person whose surname is a product's name stays a person", () => {
  const { entities } = read("Sarah Mac, a lawyer, said the contract was void.");
  assert.equal(entityWith(entities, "Sarah Mac")?.type, "PERSON");
});

test("must not fire: technical acronyms and units are no organizations", () => {
  const { entities } = read("The chip runs at 3 GHz and ships with an SDK for developers.");
  assert.ok(!entities.some((e) => e.type === "ORG"));
});

test("the maker opening a known product's name is an organization of its own", () => {
  const { entities } = read("Developers moved from Mozilla Firefox to other browsers in 2010.");
  assert.equal(entityWith(entities, "Mozilla Firefox")?.type, "OTHER");
  assert.equal(entityWith(entities, "Mozilla")?.type, "ORG");
});

test("a well-known company is an organization wherever its name stands", () => {
  const { entities } = read("Maersk, Ubisoft and Huawei cut jobs. The clip spread on Twitter.");
  for (const name of ["Maersk", "Ubisoft", "Huawei", "Twitter"]) assert.equal(entityWith(entities, name)?.type, "ORG");
});

test("a company's model number makes a product, and its name inside another company's is no mention of it", () => {
  const { entities } = read("Airbus A380 jets were delayed. Apple Corps sued over the logo.");
  assert.equal(entityWith(entities, "Airbus A380")?.type, "OTHER");
  assert.equal(entityWith(entities, "Apple Corps")?.type, "ORG");
  assert.equal(entityWith(entities, "Apple"), undefined);
});

test("must not fire: a longer name ending on a product's name is no product", () => {
  const { mentions } = read("Crowds filled the Place de la Concorde on Sunday.");
  assert.ok(!mentions.some((m) => m.actor?.startsWith("product:")));
});
