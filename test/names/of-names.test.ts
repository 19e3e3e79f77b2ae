import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("capitalised common words, 'of' and a demonym with a common noun are one name ('Friendly Circle of South American Writers')", () => {
  const { entities } = read("Delegates from the Friendly Circle of South American Writers met in Lima on Monday.");
  const circle = entityWith(entities, "Friendly Circle of South American Writers");
  assert.equal(circle?.type, "ORG");
  assert.equal(entityWith(entities, "Friendly Circle"), undefined);
  assert.equal(entityWith(entities, "Writers"), undefined);
});

test("capitalised common words joined by 'of' are one name ('the Line of Contact')", () => {
  const { entities } = read("Troops crossed the Line of Contact at dawn, the army said.");
  const line = entityWith(entities, "Line of Contact");
  assert.ok(line);
  assert.deepEqual(texts(line), ["Line of Contact"]);
  assert.equal(entityWith(entities, "Contact"), undefined);
});

test("must not fire: a name of its own after 'of' stays apart ('John Smith of Reuters', 'Members of Congress')", () => {
  const { entities } = read(
    "John Smith of Reuters said so. Many Members of Congress said the Bank of England would act.",
  );
  assert.equal(entityWith(entities, "John Smith")?.type, "PERSON");
  assert.equal(entityWith(entities, "Reuters")?.type, "ORG");
  assert.ok(!entities.some((e) => e.name.includes("Members of Congress")));
});
