import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a single capital letter's full stop that ends the sentence is no part of the name ('a post on X.', 'a Plan B.')", () => {
  const { entities } = read(
    "The minister denied it in a post on X.\nOfficials said they had drawn up a Plan B. They gave no details.",
    "2025-05-09",
  );
  const x = entityWith(entities, "X");
  assert.ok(x, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(texts(x), ["X"]);
  assert.ok(entityWith(entities, "Plan B"));
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.endsWith("."))));
});

test("'X' after 'on', 'to' or 'via' is the platform once it bears that name ('took to X', 'a post on X')", () => {
  const { entities } = read("The minister took to X on Friday to deny the claims.", "2025-05-09");
  assert.equal(entityWith(entities, "X")?.type, "ORG");
});

test("must not fire: an initial before a surname keeps its full stop; a letter elsewhere is no platform", () => {
  const { entities } = read("John F. Kennedy spoke. The pilot flew a Citation X over the bay.", "2025-05-09");
  assert.equal(entityWith(entities, "John F. Kennedy")?.type, "PERSON");
  assert.ok(!entities.some((e) => e.type === "ORG" && e.name === "X"));
});
