import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a bare kind of organization is no entity ('mining company', 'its regulatory authority')", () => {
  const { entities } = read(
    "Ostrava Metals, a mining company, said its regulatory authority had been curbed. He joined a nonprofit group.",
  );
  assert.ok(!entities.some((e) => e.type === "ORG" && e.mentions.some((m) => /company|authority|group/.test(m.text))));
});

test("'the other party' ranks but does not say which: no entity", () => {
  const { entities } = read("Neither side trusted the other party after the vote in Oslo.");
  assert.ok(!entities.some((e) => e.type === "ORG"));
});

test("must not fire: 'the' with a telling modifier, or an owner, still names an organization", () => {
  const { entities } = read("Norway's defence ministry denied it. The state broadcaster said the spy agency knew.");
  assert.equal(
    entityWith(entities, "defence ministry")?.type ?? entityWith(entities, "Norway's defence ministry")?.type,
    "ORG",
  );
  assert.ok(entities.some((e) => e.type === "ORG" && e.mentions.some((m) => m.text.includes("spy agency"))));
});

test("a head any organization may take, right after its name, restates it ('the Islamic State group', 'the Hamas militant group')", () => {
  const { entities } = read(
    "The Islamic State group claimed the attack. The Hamas militant group said it was not involved.",
  );
  assert.deepEqual(entities.map((e) => `${e.type} ${e.name}`).sort(), ["ORG Hamas", "ORG Islamic State"]);
});

test("must not fire: after a possessive the head names another organization ('Alphabet's insurer')", () => {
  const { entities } = read("Alphabet's insurer paid the claim.");
  assert.equal(entities.filter((e) => e.type === "ORG").length, 2);
});

test("newspapers named for their city are organizations ('The Charlotte Observer', 'the Boston Globe')", () => {
  const { entities } = read("The Charlotte Observer reported it, and Sarah Kendall told the Boston Globe.");
  assert.equal(entityWith(entities, "Charlotte Observer")?.type, "ORG");
  assert.equal(entityWith(entities, "Boston Globe")?.type, "ORG");
  assert.equal(entityWith(entities, "Sarah Kendall")?.type, "PERSON");
});

test("a country's name before organization words ending on 'Forces' is one organization it owns, and its abbreviation joins it", () => {
  const { entities } = read(
    "The (Kenya Defence Forces) is aware of the reports. The KDF said it would look into them.",
  );
  const forces = entityWith(entities, "Kenya Defence Forces");
  assert.equal(forces?.type, "ORG");
  assert.equal(forces?.country, "KE");
  assert.deepEqual(
    forces?.mentions.map((m) => m.text),
    ["Kenya Defence Forces", "KDF"],
  );
  assert.ok(!entities.some((e) => e.name === "Defence Forces"));
  assert.equal(entities.find((e) => e.name === "Kenya")?.mentions.length, 1);
});

test("an emergency service named 'Civil Defence' is an organization", () => {
  const { entities } = read("An official with Civil Defence crews in Idlib said 40 bodies were found.");
  assert.equal(entityWith(entities, "Civil Defence")?.type, "ORG");
});

test("a describing word before a known organization and a head it goes by is that organization ('the Islamist Hamas movement')", () => {
  const { entities } = read("Crowds gathered in Gaza, where the Islamist Hamas movement governs. Hamas said little.");
  const orgs = entities.filter((e) => e.type === "ORG");
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0]?.name, "Hamas");
  assert.ok(!orgs.some((e) => e.mentions.some((m) => m.text.includes("Islamist"))));
});

test("a people or creed before a known organization is no part of its name ('the Shiite Hezbollah movement')", () => {
  const { entities } = read(
    "Crowds gathered in Tyre, where the Shiite Hezbollah movement governs. Hezbollah said little.",
  );
  const orgs = entities.filter((e) => e.type === "ORG");
  assert.deepEqual(
    orgs.map((e) => e.name),
    ["Hezbollah"],
  );
});

test("must not fire: a known organization before a head it does not go by owns another body ('the Hamas health ministry')", () => {
  const { entities } = read("The Hamas health ministry said twelve people died.");
  assert.ok(entities.some((e) => e.type === "ORG" && e.mentions.some((m) => /ministry/.test(m.text))));
});

test("an unknown name before a lower-case organization head is one organization, named alone elsewhere ('Velko news agency')", () => {
  const { entities } = read("Velko news agency reported the strike. Officials later told Velko that nobody was hurt.");
  const orgs = entities.filter((e) => e.mentions.some((m) => m.text.includes("Velko")));
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0]?.type, "ORG");
});

test("the side of a river is no bank ('the eastern bank of the Dnipro', 'the left bank'); a central bank of a state is", () => {
  const river = read("Troops crossed to the eastern bank of the Dnipro River and held the left bank.").entities;
  assert.equal(
    river.some((e) => e.mentions.some((m) => /bank/.test(m.text))),
    false,
  );
  const lender = read("The central bank of Russia raised rates.").entities;
  assert.equal(entityWith(lender, "The central bank")?.type, "ORG");
});

test("a capitalised 'Staff' after military words names the body ('General Staff', 'Joint Chiefs of Staff'); an EEZ is no name", () => {
  const staff = read("Ukrainian General Staff spokesperson Andriy Kovalyov said units advanced.").entities;
  assert.equal(entityWith(staff, "Ukrainian General Staff")?.type, "ORG");
  assert.equal(entityWith(staff, "Andriy Kovalyov")?.type, "PERSON");
  const zone = read("The missile fell outside Japan's exclusive economic zone (EEZ).").entities;
  assert.equal(entityWith(zone, "EEZ"), undefined);
});

test("an organ named without its state is the one organ of that name the article gives a state ('the Russian Defense Ministry' … 'the Defense Ministry')", () => {
  const { entities } = read(
    "According to the Russian Defense Ministry, a unit was attacked. The Defense Ministry said no Russians were there.",
  );
  const ministries = entities.filter((e) => e.type === "ORG");
  assert.equal(ministries.length, 1);
  assert.equal(ministries[0]?.mentions.length, 2);
});

test("the same organ's words under two states are two organs ('Russia's Defense Ministry and Ukraine's Defense Ministry')", () => {
  const { entities } = read("Russia's Defense Ministry and Ukraine's Defense Ministry traded claims on Monday.");
  const ministries = entities.filter((e) => e.type === "ORG");
  assert.deepEqual(ministries.map((e) => e.country).sort(), ["RU", "UA"]);
});

test("a head before 'of' and a plural is no description of an organization ('the movement of goods')", () => {
  const { entities } = read("Taliban forces shut the crossing, halting the movement of goods and people.");
  assert.ok(!entityWith(entities, "Taliban")?.mentions.some((m) => m.text === "the movement"));
  // "The movement said" still refers back.
  const back = read("Hamas fighters attacked. The movement said it would go on.").entities;
  assert.ok(entityWith(back, "Hamas")?.mentions.some((m) => m.text === "The movement"));
});

test("a place's head after the work done there names an organization ('Seismic Research Center')", () => {
  const { entities } = read(
    "The Varno Seismic Research Center said the tremor was shallow. The Joint Operations Centre agreed.",
  );
  assert.equal(entityWith(entities, "Varno Seismic Research Center")?.type, "ORG");
  assert.equal(entityWith(entities, "Joint Operations Centre")?.type, "ORG");
  // Must not fire: a centre named for no work stays a place.
  assert.equal(entityWith(read("Crowds filled the Marlow Civic Center.").entities, "Marlow Civic Center")?.type, "LOC");
});

test("a description owned by a country, a comma, then a known name of that country is that organization", () => {
  const text = "A farmer told the official Chinese news agency, Xinhua, that the river rose overnight.";
  const { entities } = read(text);
  assert.deepEqual(texts(entityWith(entities, "Xinhua")), ["Chinese news agency", "Xinhua"]);
});

test("must not fire: a description owned by another country is not the name after it", () => {
  const text = "He spoke to Russia's news agency, Xinhua, and two papers.";
  const { entities } = read(text);
  assert.deepEqual(texts(entityWith(entities, "Xinhua")), ["Xinhua"]);
});
