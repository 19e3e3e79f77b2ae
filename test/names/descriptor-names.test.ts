import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a name written with the noun of its kind is the bare name's organisation ('the Civic Renewal coalition' … 'the Civic Renewal')", () => {
  const { entities } = read(
    "Ali Said, a leader of the Civic Renewal coalition, said the vote was rigged. Later the Civic Renewal called for protests.",
  );
  const coalition = entityWith(entities, "Civic Renewal coalition");
  assert.ok(coalition);
  assert.equal(entityWith(entities, "Civic Renewal"), coalition);
  assert.equal(coalition.name, "Civic Renewal");
});

test("the bare name first, then the name with its kind noun ('the Green Dawn' … 'the Green Dawn movement')", () => {
  const { entities } = read(
    "The Green Dawn held a rally on Monday. Police said the Green Dawn movement had no permit.",
  );
  assert.equal(entityWith(entities, "Green Dawn movement"), entityWith(entities, "Green Dawn"));
});

test("must not fire: a part of an organisation stays apart ('the Hollins University department')", () => {
  const { entities } = read(
    "Hollins University said it would review the case. The Hollins University department declined to comment.",
  );
  const part = entityWith(entities, "Hollins University department");
  assert.ok(part);
  assert.notEqual(part, entityWith(entities, "Hollins University"));
});

test("a name in apposition to a thing's noun is that thing ('an Israeli cargo ship, the MSC Silver,'); not after an 'of' phrase", () => {
  const { entities } = read(
    "The militia said it targeted an Israeli cargo ship, the MSC Silver, in the Gulf of Aden. Also the president of the Lombardy region, Roberto Maroni, spoke.",
  );
  assert.equal(entityWith(entities, "MSC Silver")?.type, "OTHER");
  assert.equal(entityWith(entities, "Roberto Maroni")?.type, "PERSON");
});

test("a name after 'one of the survivors,' is that person", () => {
  const { entities } = read(
    "One of the survivors, Ola al-Shaer, told Reuters that she had been awakened by the blasts.",
  );
  assert.equal(entityWith(entities, "Ola al-Shaer")?.type, "PERSON");
});

test("a ship's prefix is part of its name and no organization ('the USS Mason', 'M/V Ocean Jazz')", () => {
  const { entities } = read(
    "Missiles were fired at the USS Mason. The report of an attack on M/V Ocean Jazz is false.",
  );
  assert.ok(!entities.some((e) => e.type === "ORG"), JSON.stringify(entities.map((e) => [e.type, e.name])));
  assert.equal(entityWith(entities, "USS Mason")?.type, "OTHER");
  assert.equal(entityWith(entities, "M/V Ocean Jazz")?.name, "M/V Ocean Jazz");
});
