import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

// A known place with a compass word after it names a district or constituency of it.
test("a known place and a compass word after it is a place", () => {
  const { entities } = read("Ms Berg won London West, and her rival took New Territories East.");
  assert.equal(entityWith(entities, "London West")?.type, "GPE");
  assert.equal(entityWith(entities, "New Territories East")?.type, "GPE");
});

test("must not fire: a compass word after no place leaves the name alone", () => {
  const { entities } = read("Radio East said the vote was close.");
  assert.notEqual(entityWith(entities, "Radio East")?.type, "GPE");
});

// Frequency words the times stage reads ("weekly", "daily") end newspapers' names.
test("a periodical's name ending on a frequency word is an organization", () => {
  const { entities } = read("She told Kestrel Weekly and the Tarn Daily that she would run.");
  assert.equal(entityWith(entities, "Kestrel Weekly")?.type, "ORG");
  assert.equal(entityWith(entities, "Tarn Daily")?.type, "ORG");
});

test("must not fire: a frequency word after a sentence's verb is no name", () => {
  const { entities } = read("Prices in Oslo are published Weekly by the agency.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes("Weekly"))));
});

test("a state's abbreviation after a city and its comma is the state, with coordinates ('Fresno, Calif.')", () => {
  const { entities } = read("She moved to Fresno, Calif., last year and later to Albany, N.Y., for work.");
  const california = entityWith(entities, "Calif.");
  assert.equal(california?.type, "GPE");
  assert.equal(california?.name, "California");
  assert.ok(california?.geo);
  assert.equal(entityWith(entities, "N.Y.")?.name, "New York State");
});

test("must not fire: an abbreviation with no city before it is no state ('Miss. Lind spoke')", () => {
  const { entities } = read("Miss. Lind spoke in Mass. on Sunday.");
  assert.ok(!entities.some((e) => e.name === "Mississippi" || e.name === "Massachusetts"));
});

test("a lawmaker's party and state in brackets name the state, not an organization ('(D-Md.)', '(D-Newport News)')", () => {
  const { entities } = read(
    "Sen. Ben Cardin (D-Md.), Rep. Jim Jordan (R-Ohio) and Del. Ada Lind (D-Newport News) signed the letter.",
  );
  assert.equal(entityWith(entities, "Md.")?.name, "Maryland");
  assert.equal(entityWith(entities, "Ohio")?.type, "GPE");
  assert.equal(entityWith(entities, "Newport News")?.type, "GPE");
  assert.equal(entityWith(entities, "Jim Jordan")?.type, "PERSON");
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^[DR]-/.test(m.text))));
});

test("must not fire: a country after a word that is no first name still makes a company's arm ('Ford Australia')", () => {
  const { entities } = read("Ford Australia closed a plant, Michael Jordan said.");
  assert.equal(entityWith(entities, "Ford Australia")?.type, "ORG");
  assert.equal(entityWith(entities, "Michael Jordan")?.type, "PERSON");
});

test("a town before a region the gazetteers do not know but that names itself one is a place ('Ohafu, Abira State')", () => {
  const { entities } = read(
    "Six soldiers were killed at Ohafu, Abira State, on Friday. A source in Ohafu told reporters the base was calm.",
  );
  assert.equal(entityWith(entities, "Ohafu")?.type, "GPE");
});

test("a region no gazetteer knows goes by its name alone too ('Abira State' … 'in Abira'), and 'residents of X' make X a place", () => {
  const { entities } = read("No soldier died in Abira. The governor of Abira State said residents of Eluma fled.");
  const region = entityWith(entities, "Abira State");
  assert.ok(
    region?.mentions.some((m) => m.text === "Abira"),
    JSON.stringify(entities.map((e) => e.name)),
  );
  assert.equal(entityWith(entities, "Eluma")?.type, "GPE");
});

test("must not fire: a known country's stem stays apart from a name ending in 'Republic' ('Korea Republic' vs 'Korea')", () => {
  const { entities } = read("Korea Republic beat Japan. Korea is a peninsula.");
  assert.notEqual(entityWith(entities, "Korea Republic"), entityWith(entities, "Korea"));
});

test("a place after a hyphenated ruler ('Hamas-ruled Gaza', 'Hamas-run Gaza') stays a place, its ruler a name apart", () => {
  for (const text of [
    "Doctors in Hamas-ruled Gaza said the clinic was full.",
    "Hamas-run Gaza said the clinic was full.",
  ]) {
    const { entities } = read(text);
    assert.equal(entityWith(entities, "Gaza")?.type, "GPE", text);
    assert.equal(entityWith(entities, "Hamas")?.type, "ORG", text);
  }
});

test("an adjective formed from a place the article names is a mention of that place ('the southern Kandahari town')", () => {
  const { entities } = read(
    "Shelling hit the southern Kandahari town of Spin Boldak. Officials in Kandahar said two Kandaharis died.",
  );
  const place = entityWith(entities, "Kandahar");
  assert.equal(place?.type, "GPE");
  assert.ok(texts(place).includes("Kandahari"));
  assert.ok(!entities.some((e) => e.name === "Kandahari" || e.name === "Kandaharis"));
});

test("must not fire: a name that only looks like a place's adjective stays a name when the place is not written ('Susan')", () => {
  const { entities } = read("Susan Marlow said the vote was close. Susan said she would run again.");
  assert.equal(entityWith(entities, "Susan")?.type, "PERSON");
});

test("an unknown name before a region's plural is a region ('Kelvar and Vostrel regions')", () => {
  const { entities } = read("Drones hit the Kelvar and Vostrel regions, the army said.");
  assert.equal(entityWith(entities, "Vostrel")?.type, "GPE");
});

test("an unknown name before 'regional' is a region ('Vostrel regional governor')", () => {
  const { entities } = read("Ivan Petrenko, Vostrel regional governor, said a power line was hit.");
  assert.equal(entityWith(entities, "Vostrel")?.type, "GPE");
});

test("an unknown name before a governor or mayor owns the office as a place, not an organization", () => {
  const { entities } = read("Vostrel governor Ivan Petrenko said a line was hit.");
  assert.equal(entityWith(entities, "Vostrel")?.type, "GPE");
});

test("an en dash between capitalised parts joins one name, and 'Republic of X' is a place ('North Ossetia–Alania')", () => {
  const { entities } = read("The drone fell in the Republic of North Kelvia–Varania on Monday.");
  const republic = entityWith(entities, "Republic of North Kelvia–Varania");
  assert.equal(republic?.type, "GPE");
});

test("must not fire: an en dash between two known places joins no name ('the Paris–London train')", () => {
  const { entities } = read("The Paris–London train stopped in Lille.");
  assert.equal(entityWith(entities, "Paris")?.type, "GPE");
  assert.equal(entityWith(entities, "London")?.type, "GPE");
});
