import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

// read() runs no times stage: the names must keep dates out on their own.

test("a month with a year or a day after it is a date, not a place named like it ('signed in March 2009')", () => {
  const { entities } = read("The truce signed in March 2009 held until the vote of April 12 in Lirenza.");
  assert.equal(entityWith(entities, "March"), undefined);
  assert.equal(entityWith(entities, "April"), undefined);
  assert.ok(!entities.some((e) => /March|April/.test(e.name)), JSON.stringify(entities.map((e) => e.name)));
});

test("a weekday after a person's name is when it was said, not part of the name ('said spokesman X Y Saturday')", () => {
  const { entities } = read("Two villages were shelled, said rebel spokesman Jean-Paul Kavira Saturday.");
  const person = entityWith(entities, "Jean-Paul Kavira");
  assert.equal(person?.type, "PERSON");
  assert.ok(!entities.some((e) => e.name.includes("Saturday")));
});

test("must not fire: a common word before a weekday names a day ('Black Monday'), a month alone stays a name's word ('Theresa May')", () => {
  const { entities } = read("Theresa May spoke of Black Monday in the Commons.");
  assert.equal(entityWith(entities, "Theresa May")?.type, "PERSON");
  assert.ok(entityWith(entities, "Black Monday"));
});
