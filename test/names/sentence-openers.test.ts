import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("an adjective opening a sentence before the word it describes is no name ('Fierce fighting', 'Heavy shelling')", () => {
  const { entities } = read(
    "Fierce fighting between the two armies went on. Heavy shelling hit the port. Sporadic gunfire was heard.",
  );
  assert.equal(entityWith(entities, "Fierce"), undefined);
  assert.equal(entityWith(entities, "Heavy"), undefined);
  assert.equal(entityWith(entities, "Sporadic"), undefined);
});

test("a plural common noun opening a sentence is no organization, even when it speaks ('Eyewitnesses told …', 'Drones struck')", () => {
  const { entities } = read("Eyewitnesses told Reuters that the market burned. Drones struck the depot at dawn.");
  assert.equal(entityWith(entities, "Eyewitnesses"), undefined);
  assert.equal(entityWith(entities, "Drones"), undefined);
  assert.equal(entityWith(entities, "Reuters")?.type, "ORG");
});

test("must not fire: a name that speaks opening a sentence stays a name ('Sears said', 'Edwards said' after his full name)", () => {
  assert.equal(entityWith(read("Sears said it would close ten stores.").entities, "Sears")?.type, "ORG");
  const { entities } = read("The minister met Tom Edwards on Monday. Edwards said the talks went well.");
  assert.equal(entityWith(entities, "Edwards"), entityWith(entities, "Tom Edwards"));
});

test("a surname the tagger takes for an adverb opening a sentence still speaks ('Jolly said')", () => {
  const { entities } = read("Rep. David Jolly spoke on Monday. Jolly said he was cautious.");
  const jolly = entityWith(entities, "David Jolly");
  assert.deepEqual(
    jolly?.mentions.map((m) => m.text),
    ["David Jolly", "Jolly"],
  );
});

test("a prefixed modifier opening a sentence is no name ('Anti-government fighters', 'Pro-war bloggers')", () => {
  const { entities } = read("Anti-government fighters have held the town for months. Pro-war bloggers cheered.");
  assert.equal(entityWith(entities, "Anti-government"), undefined);
  assert.equal(entityWith(entities, "Pro-war"), undefined);
});
