import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../entities/read.js";

// Names inside longer names: a place an institution is named for, a person the article names in full.
const mentionTexts = (text: string) => read(text).mentions.map((m) => `${m.type} ${m.text}`);

test("a place inside the name of an institution it serves is a mention of the place too", () => {
  const m = mentionTexts("She studied at the University of Nebraska before joining the Denver Police Department.");
  assert.ok(m.includes("ORG University of Nebraska"));
  assert.ok(m.includes("GPE Nebraska"));
  assert.ok(m.includes("ORG Denver Police Department"));
  assert.ok(m.includes("GPE Denver"));
});

test("must not fire: a company named after a place is a brand, not a mention of the place", () => {
  const m = mentionTexts("Air Canada and the Bank of Canada cut costs.");
  assert.ok(!m.some((x) => x.endsWith(" Canada") && !x.includes("Air") && !x.includes("Bank")));
});

test("a person named in full inside an organization's name joins that person", () => {
  const { entities } = read("Marit Solberg founded the Marit Solberg Foundation in 2001. The Solberg Foundation grew.");
  const person = entities.find((e) => e.type === "PERSON");
  assert.equal(person?.mentions.length, 3);
  assert.ok(entities.some((e) => e.type === "ORG" && e.name === "Marit Solberg Foundation"));
});

test("must not fire: an unknown word opening a foundation's name is no person of its own", () => {
  const { entities } = read("The Halvorsen Foundation gave money to the school.");
  assert.ok(!entities.some((e) => e.type === "PERSON"));
});
