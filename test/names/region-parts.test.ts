import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a compass word opening a region's name is no 'the North' of Korea ('the capital of North Ruwa State')", () => {
  const { entities } = read(
    "Shells hit Kadugli, the capital of North Ruwa State, on Monday. Ali Omar, head of North Ruwa State's Health Ministry, said so.",
  );
  const state = entityWith(entities, "North Ruwa State");
  assert.equal(state?.type, "GPE");
  assert.equal(state?.country, undefined);
  assert.notEqual(entityWith(entities, "Health Ministry")?.country, "KP");
  assert.ok(!entities.some((e) => e.country === "KP"));
});

test("must not fire: North Korea, North Korean and 'the North' in a Korean story stay North Korea", () => {
  const { entities } = read(
    "North Korea fired a missile on Monday, South Korea said. North Korean troops moved, and the North warned Seoul.",
  );
  const kp = entityWith(entities, "North Korea");
  assert.equal(kp?.country, "KP");
  assert.equal(entityWith(entities, "the North"), kp);
  assert.equal(entityWith(entities, "North Korean")?.country, "KP");
});

test("a compass word before a region or city the dictionary knows names a part of it, in its country ('North Darfur')", () => {
  const darfur = entityWith(read("Fighting spread to North Darfur on Monday.").entities, "North Darfur");
  assert.equal(darfur?.type, "GPE");
  assert.equal(darfur?.country, "SD");
});

test("a polity's head after a known region or city gives the region's country ('West Darfur State', its Health Ministry)", () => {
  const { entities } = read(
    "Shells fell on the capital of West Darfur State overnight. Omar Ali, head of West Darfur State's Health Ministry, said six died in Sudan. Talks were held in Kano Province, Nigeria.",
  );
  assert.equal(entityWith(entities, "West Darfur State")?.country, "SD");
  assert.equal(entityWith(entities, "Health Ministry")?.country, "SD");
  assert.equal(entityWith(entities, "Kano Province")?.country, "NG");
});

test("must not fire: a county named like a foreign city the article never names gets no country ('Palm Beach County')", () => {
  const { entities } = read("Voters in Palm Beach County lined up on Tuesday.");
  assert.equal(entityWith(entities, "Palm Beach County")?.country, undefined);
});

test("a capitalised side before a country's name is where in the country ('Northern Burkina Faso' is Burkina Faso)", () => {
  const { entities } = read("Gunmen hit a post in Northern Burkina Faso. Burkina Faso mourned.");
  assert.deepEqual(texts(entityWith(entities, "Burkina Faso")), ["Burkina Faso", "Burkina Faso"]);
  assert.equal(entityWith(entities, "Northern Burkina Faso"), undefined);
  // A region's own name stays one ("Northern Ireland").
  assert.notEqual(entityWith(read("He lives in Northern Ireland.").entities, "Northern Ireland"), undefined);
});
