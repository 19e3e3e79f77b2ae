import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a name with a model number is a product, not its maker", () => {
  const { entities } = read("Velair ordered ten Corvex 550 jets and two Corvex X90s, analysts said.");
  assert.equal(entityWith(entities, "Corvex 550")?.type, "OTHER");
  assert.equal(entityWith(entities, "Corvex X90s")?.type, "OTHER");
  assert.equal(entityWith(entities, "Corvex"), undefined);
});

test("a product line named with its version is a product without it too", () => {
  const text = "Users of Skyview Navigator 7 complained. Skyview Navigator lost users to rivals this year.";
  const e = entityWith(read(text).entities, "Skyview Navigator");
  assert.equal(e?.type, "OTHER");
});

test("things counted by their brand are products: the plural of a name written alone elsewhere", () => {
  const text = "The museum showed Kodaflex prints, and 200 Kodaflexes were donated by collectors in Ohio.";
  assert.equal(entityWith(read(text).entities, "Kodaflexes")?.type, "OTHER");
});

test("must not fire: a flight number leaves the airline an organization, a year leaves an event alone", () => {
  const { entities } = read("Investigators said Nordavia Airways Flight 417 crashed. Vessa Group opened Expo 2025.");
  const airline = entities.find((e) => e.mentions.some((m) => m.text.startsWith("Nordavia Airways")));
  assert.equal(airline?.type, "ORG");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === "Expo 2025")));
});

test("must not fire: a name the dictionary knows keeps its type before a number", () => {
  assert.equal(entityWith(read("The G20 agreed on 300 measures.").entities, "G20")?.type, "ORG");
});

test("capitalised words right after a product's code name its edition", () => {
  const { entities } = read("Reviewers praised the Corvex 550 Pro this week, said Ada Lund.");
  assert.equal(entityWith(entities, "Corvex 550 Pro")?.type, "OTHER");
  assert.equal(entityWith(entities, "Pro"), undefined);
});

test("must not fire: a company or place after a product's code stays itself", () => {
  const { entities } = read("Velair flew the Corvex 550 Norway route.");
  assert.equal(entityWith(entities, "Norway")?.type, "GPE");
});

test("a number with a unit after a name is an amount, not a version ('candidate Tomas Berg 24 percent')", () => {
  const { entities } = read(
    "The board said Vera Lind had won 69 percent of the votes and opposition candidate Tomas Berg 24 percent. Mr. Berg objected.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /24/.test(m.text))));
  const berg = entityWith(entities, "Tomas Berg");
  assert.equal(berg?.type, "PERSON");
  assert.ok(texts(berg).includes("Berg"));
});

test("a nationality after a model code is no part of its name ('One X-72 Russian missile')", () => {
  const { entities } = read("One X-72 Russian missile and two Su-40 Kestrel jets were shot down.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes("X-72 Russian"))));
  assert.ok(entities.some((e) => e.mentions.some((m) => m.text === "Russian")));
});
