import assert from "node:assert/strict";
import { test } from "node:test";
import { findMentions } from "../../src/names/find-mentions.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import { entityWith, read, texts } from "../entities/read.js";

// Where a name starts and ends.
const names = (text: string) => read(text).entities.map((e) => `${e.type} ${e.name}`);

test("a legal form ends a company's name before a person's", () => {
  const n = names("Velmar Inc. Tove Lind said the deal was done.");
  assert.ok(n.includes("ORG Velmar Inc."));
  assert.ok(n.includes("PERSON Tove Lind"));
});

test("a collective noun's possessive stays inside a name", () => {
  assert.ok(names("Troops of the Northern People's Army crossed.").includes("ORG Northern People's Army"));
});

test("must not fire: a possessive of a common plural is no name", () => {
  assert.deepEqual(names("Many people's homes flooded."), []);
});

test("'for' goes on an organization's name after its head word", () => {
  assert.ok(names("The Institute for Coastal Studies said so.").includes("ORG Institute for Coastal Studies"));
});

test("must not fire: 'for' after a person's name ends it", () => {
  assert.ok(names("Ingrid Solum for the Labour side agreed.").includes("PERSON Ingrid Solum"));
});

test("must not fire: a letter glued to a common noun is no name", () => {
  assert.deepEqual(names("He wore a T-shirt and had an X-ray."), []);
});

test("a given name and a head word that is a surname too make a person; a maker's name stays a company", () => {
  assert.ok(names("Jim Press said so.").includes("PERSON Jim Press"));
  assert.ok(names("Douglas Aircraft built it.").includes("ORG Douglas Aircraft"));
});

test("a newspaper's head word alone after 'the', in capitals, is the newspaper", () => {
  assert.deepEqual(names("The Guardian reported that the guardian of the child left."), ["ORG Guardian"]);
});

test("a word before a weekday that the times stage reads is no name of its own", () => {
  const text = "Markets fell on Black Monday.";
  const { tokens, sentences } = tokenize(text);
  const at = text.indexOf("Monday");
  const times = [{ start: at, end: at + 6, text: "Monday" }];
  assert.deepEqual(findMentions({ text, tokens, sentences, times }), []);
});

test("a town named by a common word needs a place word before it", () => {
  assert.deepEqual(names("University exhibits draw crowds."), []);
  assert.ok(names("She moved to Reading last year.").includes("GPE Reading"));
});

test("a stance or camp before a name is no part of it", () => {
  const { entities } = read("The Pro-Moscow ZNP and Pan-liberal Olga Brandt signed the pact.");
  assert.ok(entities.some((e) => e.type === "ORG" && e.mentions.some((m) => m.text === "ZNP")));
  assert.ok(entities.some((e) => e.type === "PERSON" && e.mentions.some((m) => m.text === "Olga Brandt")));
});

test("must not fire: a hyphenated name whose second part is a name stays whole", () => {
  const { entities } = read("Travellers booked seats with Pan-Am Airways last year.");
  assert.ok(entities.some((e) => e.mentions.some((m) => m.text === "Pan-Am Airways")));
});

test("an acronym in brackets joins the words it spells across 'and' into one name", () => {
  const n = names("Inspectors from the Harbour and Coastal Safety Board (HCSB) boarded the ferry on Monday.");
  assert.ok(n.includes("ORG Harbour and Coastal Safety Board"), n.join(", "));
  const firm = names("The Nordic Cable and Power Company (NCP) denied it.");
  assert.ok(firm.includes("ORG Nordic Cable and Power Company"), firm.join(", "));
});

test("must not fire: names joined by 'and' stay apart when the bracket does not spell them", () => {
  const n = names("Norway and Finland (NATO members since 2023) protested.");
  assert.ok(!n.some((x) => x.includes("Norway and Finland")), n.join(", "));
  const m = names("Talks between Estonia and Latvia (EU) resumed.");
  assert.ok(!m.some((x) => x.includes("Estonia and Latvia")), m.join(", "));
});

test("lower-case particles of place names stay inside them ('Dar es Salaam', 'Frankfurt am Main'), hyphenated too", () => {
  const { entities } = read(
    "Blasts hit Dar es Salaam and, a day later, Dar-es-Salaam again. Banks in Frankfurt am Main and Newcastle upon Tyne closed.",
  );
  const dar = entityWith(entities, "Dar es Salaam");
  assert.equal(dar?.type, "GPE");
  assert.equal(dar?.country, "TZ");
  assert.deepEqual(texts(dar), ["Dar es Salaam", "Dar-es-Salaam"]);
  assert.equal(entityWith(entities, "Frankfurt am Main")?.country, "DE");
  assert.equal(entityWith(entities, "Newcastle upon Tyne")?.country, "GB");
});

test("must not fire: a particle word between a question word and a name joins nothing ('Why do Americans care?')", () => {
  const { entities } = read("Why do Americans care? How do Democrats win?");
  assert.ok(!entities.some((e) => e.mentions.some((m) => /\bdo\b/.test(m.text))));
});

test("a form of the Arabic article glued by a hyphen to a name is inside it ('Deir ez-Zor'); alone it is an English word", () => {
  const { entities } = read("Fighting raged in Deir ez-Zor province on Monday. The convoy left at dawn.");
  assert.ok(entities.some((e) => e.name === "Deir ez-Zor"));
  assert.ok(!entities.some((e) => e.name === "Zor" || e.name === "Deir"));
});

test("an organization's head word before a first name and surname ends the organization ('Defense Committee Ivan Petrov')", () => {
  const { entities } = read(
    "The chairman of the Duma's Defense Committee Ivan Petrov told reporters the reports were fake.",
  );
  assert.ok(entities.some((e) => e.type === "PERSON" && e.name === "Ivan Petrov"));
  assert.ok(entities.some((e) => e.type === "ORG" && e.name === "Defense Committee"));
});

test("two organizations the dictionary knows side by side are two names ('told Reuters Hamas is …')", () => {
  const { entities } = read("A source told Reuters Hamas is expected to answer by Friday.");
  assert.equal(entityWith(entities, "Reuters")?.type, "ORG");
  assert.equal(entityWith(entities, "Hamas")?.type, "ORG");
  assert.equal(entityWith(entities, "Reuters Hamas"), undefined);
});

test("a name glued to a lower-case participle in one token ('Z9-controlled') is a modifier, no name", () => {
  const { entities } = read("Troops advanced north of Z9-controlled territory near the lake.");
  assert.equal(entityWith(entities, "Z9-controlled"), undefined);
});
