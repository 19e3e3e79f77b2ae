import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

// Who holds an event named after them, and where.
test("an acronym opening an event's name is the organization that holds it", () => {
  const { entities } = read("Teams met at the KSPA Global Robotics Challenge in Oslo on Friday.");
  assert.equal(entityWith(entities, "KSPA")?.type, "ORG");
});

test("must not fire: an acronym spelled by the words after it is the thing's own", () => {
  const { entities } = read("Banks drew on the TARP Troubled Asset Relief Program last year.");
  assert.equal(entityWith(entities, "TARP"), undefined);
});

test("an event named with its country is a thing, and the country a mention of its own", () => {
  const { entities } = read("Crowds came to Comic Expo Norway this week.");
  assert.equal(entityWith(entities, "Comic Expo Norway")?.type, "OTHER");
  assert.equal(entityWith(entities, "Norway")?.type, "GPE");
});

test("must not fire: a company named with its country stays one organization", () => {
  const { entities } = read("Vestor Shipping Norway said freight rates fell.");
  assert.ok(!entities.some((e) => e.type === "OTHER" && e.mentions.some((m) => m.text.includes("Vestor"))));
});

test("capitals after a title's 'of the' that modify a noun name no person", () => {
  const { entities } = read("Ola Berg, Director of the National Salt Intake study, said intake fell.");
  assert.ok(!entities.some((e) => e.type === "PERSON" && e.mentions.some((m) => m.text.includes("Salt"))));
  assert.equal(entityWith(entities, "Ola Berg")?.type, "PERSON");
});

test("an organization the dictionary knows, then a language, is that organization's service ('BBC Persian', 'BBC Burmese')", () => {
  const { entities } = read("BBC Persian reported the strikes. BBC Burmese and other local media reported them too.");
  assert.equal(entityWith(entities, "BBC Persian")?.type, "ORG");
  assert.equal(entityWith(entities, "BBC Burmese")?.type, "ORG");
});
