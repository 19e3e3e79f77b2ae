import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a name opening with a US party's member word is the party's only in a story naming the US ('Republican Front for Renewal' in Mali)", () => {
  const { entities } = read(
    "Ali Traore speaks for the Republican Front for Renewal, which backs the opposition in Mali. The Democratic Rally for Progress agreed.",
  );
  const front = entityWith(entities, "Republican Front for Renewal");
  assert.equal(front?.type, "ORG");
  assert.notEqual(front?.country, "US");
  assert.notEqual(entityWith(entities, "Democratic Rally for Progress")?.country, "US");
  assert.ok(!entities.some((e) => e.country === "US"), JSON.stringify(entities.map((e) => [e.name, e.country])));
});

test("must not fire: the party's organ in a story naming the US keeps its country ('Republican National Committee')", () => {
  const { entities } = read("The Republican National Committee met in Ohio on Monday, weeks before Americans vote.");
  assert.equal(entityWith(entities, "Republican National Committee")?.country, "US");
});
