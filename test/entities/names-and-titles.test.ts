import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "./read.js";

test("a title and a demonym before a name are kept apart from it: role and country", () => {
  const { entities } = read("German Finance Minister Anke Vollmer met bankers in Frankfurt on Monday.");
  const p = entityWith(entities, "Anke Vollmer");
  assert.equal(p?.type, "PERSON");
  assert.deepEqual(p?.roles, ["Finance Minister"]);
  assert.equal(p?.country, "DE");
  assert.equal(entityWith(entities, "German Finance Minister Anke Vollmer"), undefined);
});

test("a lower-case role after a demonym gives the role and the country", () => {
  const { entities } = read("The plan was backed by Dutch lawmaker Pieter de Graaf, who spoke in The Hague.");
  const p = entityWith(entities, "Pieter de Graaf");
  assert.equal(p?.type, "PERSON");
  assert.deepEqual(p?.roles, ["lawmaker"]);
  assert.equal(p?.country, "NL");
  assert.equal(entityWith(entities, "The Hague")?.type, "GPE");
});

test("hyphenated and multi-part names stay whole", () => {
  const text =
    "Jean-Luc Mélenchon criticised Ursula von der Leyen. Kim Jong Un was absent, and Park Ji-hoon said nothing.";
  const { entities } = read(text);
  for (const name of ["Jean-Luc Mélenchon", "Ursula von der Leyen", "Kim Jong Un", "Park Ji-hoon"]) {
    assert.equal(entityWith(entities, name)?.type, "PERSON", name);
  }
});

test("a company before a corporate title is an organization; the name after is the person", () => {
  const { entities } = read("Maersk chief executive Vincent Clerc said shipping rates would rise.");
  assert.equal(entityWith(entities, "Maersk")?.type, "ORG");
  const p = entityWith(entities, "Vincent Clerc");
  assert.equal(p?.type, "PERSON");
  assert.deepEqual(p?.roles, ["chief executive"]);
});

test("an honorific is no part of the role and the name after it is a person", () => {
  const { entities } = read("Dr. Helena Brandt, a virologist, said Mr Okafor had recovered.");
  assert.equal(entityWith(entities, "Helena Brandt")?.type, "PERSON");
  assert.equal(entityWith(entities, "Helena Brandt")?.roles, undefined);
});

test("must not fire: sentence openers and title-case words are not names", () => {
  const text =
    "State media reported the vote. But officials disagreed. However, the count went on. The Greens lost ground.";
  const { entities } = read(text);
  for (const word of ["State", "But", "However", "The", "The Greens"]) {
    assert.equal(entityWith(entities, word), undefined, word);
  }
});

test("must not fire: a title head that is part of a company name does not cut it", () => {
  const { entities } = read("General Motors and General Electric reported profits.");
  assert.equal(entityWith(entities, "General Motors")?.type, "ORG");
  assert.equal(entityWith(entities, "Motors"), undefined);
});

test("organizations named by a head word: capitalised names and descriptions with an owner", () => {
  const text =
    "The Danish Maritime Authority said the tanker had left. Berlin's finance ministry declined to comment, " +
    "and the ministry later issued a statement.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Danish Maritime Authority")?.type, "ORG");
  const ministry = entityWith(entities, "Berlin's finance ministry");
  assert.equal(ministry?.type, "ORG");
  assert.equal(ministry?.country, "DE");
  assert.ok(texts(ministry).includes("the ministry"), texts(ministry).join("|"));
  // "Berlin" inside it stands for Germany.
  assert.equal(entityWith(entities, "Berlin")?.name, "Germany");
});

test("a name after a description is the same organization (apposition)", () => {
  const { entities } = read("The report was carried by the state news agency Xinhua on Friday.");
  const agency = entityWith(entities, "Xinhua");
  assert.equal(agency?.type, "ORG");
  assert.ok(texts(agency).includes("the state news agency"), texts(agency).join("|"));
});

test("must not fire: a title-case headline's capitals make no names, unless the story names them again", () => {
  const text =
    "Freight Costs Soar As Harbour Workers Strike In Rotterdam\n\n" +
    "Costs for containers rose on Monday as dock workers walked out in Rotterdam.";
  const { entities } = read(text);
  assert.deepEqual(
    entities.map((e) => e.name),
    ["Rotterdam"],
  );
  assert.equal(entityWith(entities, "Rotterdam")?.type, "GPE");
});

test("a hyphened military title ('Major-General', 'Lieutenant-General') is the title, not a name of its own", () => {
  for (const title of ["Major-General", "Lieutenant-General"]) {
    const { entities } = read(`On Monday, ${title} Oleg Varnaski said the drones were shot down.`);
    assert.deepEqual(
      entities.filter((e) => e.type !== "OTHER").map((e) => `${e.type} ${e.name}`),
      ["PERSON Oleg Varnaski"],
    );
  }
});

test("a title opening the sentence with its 'of' phrase stays a title ('Leader of the Opposition Mira Kestova said')", () => {
  const { entities } = read("Leader of the Opposition Mira Kestova said the budget was a fraud.");
  assert.deepEqual(
    entities.map((e) => `${e.type} ${e.name}`),
    ["PERSON Mira Kestova"],
  );
});

test("an unknown word before a person's staff ('Wexley adviser X', 'former Wexley aide X') is a person; before a CEO it is a company", () => {
  const staff = read("The service was used by former Wexley national security adviser Mike Orlan.");
  assert.equal(entityWith(staff.entities, "Wexley")?.type, "PERSON");
  const company = read("The plan was set out by Quindar chief executive Mike Orlan.");
  assert.equal(entityWith(company.entities, "Quindar")?.type, "ORG");
});

test("a word of time opening the sentence before an office is no part of a name ('Former Wexley aide Tim Vale')", () => {
  const { entities } = read("Former Wexley aide Tim Vale said the budget was sound.");
  assert.equal(
    entities.some((e) => e.name.startsWith("Former")),
    false,
    JSON.stringify(entities.map((e) => e.name)),
  );
});

test("a rank in two abbreviations ('Lt. Gen.', 'Lt. Col.') stays out of the name", () => {
  assert.equal(
    entityWith(read("Lt. Gen. Kolifou Mady, the minister, spoke.").entities, "Kolifou Mady")?.name,
    "Kolifou Mady",
  );
  assert.equal(
    entityWith(read("He met Lt. Col. Kolifou Mady on Friday.").entities, "Kolifou Mady")?.name,
    "Kolifou Mady",
  );
});
