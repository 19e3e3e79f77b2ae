import assert from "node:assert/strict";
import { test } from "node:test";
import { actorDictionary } from "../../src/lexicon/actors.js";
import { countries } from "../../src/lexicon/countries.js";
import { readLexicon } from "../../src/lexicon/read-lexicon.js";
import { entityWith, read, texts } from "./read.js";

test("countries.json has every country with names, demonyms and capital coordinates", () => {
  const all = countries();
  assert.ok(all.size >= 240, `${all.size} countries`);
  const kp = all.get("KP");
  assert.equal(kp?.name, "North Korea");
  assert.ok(kp?.demonyms.includes("North Korean"));
  assert.equal(kp?.capital?.name, "Pyongyang");
  assert.ok(kp?.capital && Math.abs(kp.capital.lat - 39) < 1);
  // Two-letter codes are no aliases: "IT", "IN" and "NO" are English words in capitals.
  for (const c of all.values()) assert.ok(!c.aliases.some((a) => /^[A-Z]{2}$/.test(a)), c.code);
});

test("every phrase of actors.json stands for an actor the dictionary knows, and no actor takes a country's code", () => {
  const file = readLexicon<{
    metonyms: { for: string }[];
    countryNames: { for: string }[];
    sharedNames?: { for: string[] }[];
    actors: { id: string }[];
  }>("actors.json");
  const { actors } = actorDictionary();
  for (const entry of [...file.metonyms, ...file.countryNames]) assert.ok(actors.has(entry.for), entry.for);
  for (const a of file.actors) assert.ok(!countries().has(a.id), `${a.id} is a country code`);
  // A shared name ("Congo") lists two countries or more, each one the dictionary knows.
  for (const entry of file.sharedNames ?? []) {
    assert.ok(entry.for.length >= 2, entry.for.join("|"));
    for (const code of entry.for) assert.ok(countries().has(code), code);
  }
});

test("must not fire: acronyms match only in capitals, words in capitals only as such", () => {
  const { entities } = read("Officials who spoke to us said it was a matter of time, and the WHO agreed.");
  assert.equal(entityWith(entities, "who"), undefined);
  assert.equal(entityWith(entities, "us"), undefined);
  assert.equal(entityWith(entities, "WHO")?.name, "World Health Organization");
});

test("plural demonyms name the people, not the state", () => {
  const { entities } = read("Thousands of Georgians marched in Tbilisi as Georgia's parliament met.");
  const people = entityWith(entities, "Georgians");
  assert.equal(people?.type, "NORP");
  assert.equal(people?.country, "GE");
  assert.notEqual(people, entityWith(entities, "Georgia"));
});

test("names fold by case, accents and apostrophes only, never by spelling", async () => {
  const { fold } = await import("../../src/lexicon/fold.js");
  assert.equal(fold("Élysée"), "elysee");
  assert.equal(fold("Côte d’Ivoire"), "cote d'ivoire");
  assert.equal(fold("Defence", "defense"), "defence");
  assert.equal(fold("Kremlin", "kremlin"), "kremlin");
});

test("a lower-case form given to fold that still has capitals is not taken as the lower case", async () => {
  const { fold } = await import("../../src/lexicon/fold.js");
  assert.equal(fold("Steve", "Steve"), "steve");
  assert.equal(fold("Steve", "steve"), "steve");
  assert.equal(fold("Élysée", "élysée"), "elysee");
});

test("a faith written with its church's name is a group, not a person named Roman; a known airline is a company", () => {
  const { entities } = read("Tomas Vik is a devout Roman Catholic. The Pan Am flight landed in Oslo.");
  assert.equal(entityWith(entities, "Roman Catholic")?.type, "NORP");
  assert.equal(entityWith(entities, "Pan Am")?.type, "ORG");
});

test("international agencies and aid groups are organizations with one entity for all their names (MSF, the UN refugee agency, the EAC)", () => {
  const text =
    "Médecins Sans Frontières said the clinic was hit. Doctors Without Borders later added that MSF staff were safe. The UN refugee agency said 300 people fled. The East African Community met in Arusha.";
  const { entities } = read(text);
  const msf = entityWith(entities, "Médecins Sans Frontières");
  assert.equal(msf?.type, "ORG");
  assert.deepEqual(texts(msf), ["Médecins Sans Frontières", "Doctors Without Borders", "MSF"]);
  assert.equal(entityWith(entities, "UN refugee agency")?.name, "UNHCR");
  assert.equal(entityWith(entities, "The East African Community")?.type, "ORG");
});
