import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("a religious observance alone is no organization", () => {
  assert.equal(typeOf("Pilgrims left Mecca after the Hajj ended on Friday.", "Hajj"), undefined);
  assert.equal(typeOf("Shops stayed open during Diwali this year.", "Diwali"), undefined);
});

test("a Roman numeral is no acronym", () => {
  assert.equal(typeOf("Fans queued for Super Bowl tickets; game XVII was sold out.", "XVII"), undefined);
});

test("common technical abbreviations are no organizations", () => {
  const { entities } = read("The test measured IQ in children, and the report was posted as HTML.");
  assert.equal(entityWith(entities, "IQ"), undefined);
  assert.equal(entityWith(entities, "HTML"), undefined);
});

test("LA and L.A. are the city", () => {
  assert.equal(typeOf("The band played a show in LA last week.", "LA"), "GPE");
  assert.equal(typeOf("She grew up in L.A. before moving north.", "L.A."), "GPE");
});

test("must not fire: real acronyms stay organizations, and a city's abbreviation inside a name leaves it whole", () => {
  assert.equal(typeOf("Analysts at IBM and NATO officials met on Tuesday.", "IBM"), "ORG");
  assert.equal(typeOf("Critics at LA Weekly praised the album.", "LA Weekly"), "ORG");
  assert.equal(
    typeOf("Pope Pius XII met the envoy.", "Pius XII") ?? typeOf("Pope Pius XII met the envoy.", "Pope Pius XII"),
    "PERSON",
  );
});

test("a post-nominal honour after a name is no organization", () => {
  const { entities } = read("The defence was led by Helen Marsh, QC, who called two witnesses.");
  assert.equal(entityWith(entities, "QC"), undefined);
  assert.equal(entityWith(entities, "Helen Marsh")?.type, "PERSON");
});

test("time zones after a clock and AP's 'The Latest:' name nothing", () => {
  const { entities } = read(
    "The Latest: Lindqvist urges supporters. She spoke at 5:30 p.m. EDT and again at 9 p.m. PST.",
  );
  assert.ok(!entities.some((e) => /^(Latest|EDT|PST)$/.test(e.name)));
});

test("common acronyms of weapons and kit are no organizations ('an aircraft-type UAV', 'RPGs', 'an IED')", () => {
  const { entities } = read(
    "Air defences shot down a UAV near the city. Militants fired RPGs and planted an IED on the road.",
  );
  assert.deepEqual(
    entities.filter((e) => e.type === "ORG").map((e) => e.name),
    [],
  );
});

test("an abstract noun opening a sentence is no name ('Violence continued', 'Tension rose'); a first name still is", () => {
  assert.equal(read("Violence continued this evening. Tension rose in the capital.").entities.length, 0);
  assert.equal(entityWith(read("Constance said she would run.").entities, "Constance")?.type, "PERSON");
});
