import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "./read.js";

test("state organs and seats of government stand for their state", () => {
  const text =
    "The Kremlin rejected the offer. Downing Street said talks would go on, and the White House declined " +
    "to comment. Britain and Russia have not spoken since.";
  const { entities } = read(text);
  assert.ok(texts(entityWith(entities, "Russia")).includes("The Kremlin"));
  assert.ok(texts(entityWith(entities, "Britain")).includes("Downing Street"));
  assert.equal(entityWith(entities, "the White House")?.name, "United States");
  assert.equal(entityWith(entities, "the White House")?.country, "US");
});

test("a capital that speaks or owns is the state; a capital where something happens is the city", () => {
  const text =
    "Paris said on Monday it would send envoys. Madrid's response was cool. The talks took place in Lisbon, " +
    "where Portugal hosted both delegations.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Paris")?.name, "France");
  assert.equal(entityWith(entities, "Madrid")?.name, "Spain");
  const lisbon = entityWith(entities, "Lisbon");
  assert.equal(lisbon?.name, "Lisbon");
  assert.equal(lisbon?.type, "GPE");
  assert.ok(lisbon?.geo && Math.abs(lisbon.geo.lat - 38.7) < 0.5, "Lisbon's coordinates");
  assert.notEqual(lisbon, entityWith(entities, "Portugal"));
});

test("must not fire: a city that is only a place stays the city (the summit in Geneva is not Switzerland)", () => {
  const { entities } = read("Leaders gathered for the summit in Geneva on Thursday.");
  const geneva = entityWith(entities, "Geneva");
  assert.equal(geneva?.type, "GPE");
  assert.equal(geneva?.country, "CH");
  assert.equal(
    entities.find((e) => e.name === "Switzerland"),
    undefined,
  );
});

test("a possessive city before a city noun stays the city", () => {
  const { entities } = read("Warsaw's mayor closed the old town to traffic.");
  assert.equal(entityWith(entities, "Warsaw")?.name, "Warsaw");
});

test("Brussels as an actor is the European Union, and a capital against which war is waged is the state", () => {
  const text = "Brussels warned Budapest over the budget. Moscow's war against Kyiv entered its fourth year.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Brussels")?.name, "European Union");
  assert.equal(entityWith(entities, "Moscow")?.name, "Russia");
  assert.equal(entityWith(entities, "Kyiv")?.name, "Ukraine");
});

test('"the North" is North Korea only in a Korean story', () => {
  const korean = read("South Korea said the North fired two missiles. Seoul condemned the launch.");
  const north = entityWith(korean.entities, "the North");
  assert.equal(north?.name, "North Korea");
  assert.notEqual(north, entityWith(korean.entities, "Seoul"));
  const italian = read("Voters in the North backed the League, the Italian press said.");
  assert.equal(entityWith(italian.entities, "the North")?.name, undefined);
});

test("a dated metonym holds only in its period", () => {
  const text = "South Korea's Blue House said the talks were useful.";
  assert.equal(entityWith(read(text, "2019-06-01").entities, "Blue House")?.name, "South Korea");
  assert.equal(entityWith(read(text, "2024-06-01").entities, "Blue House")?.name, undefined);
});

test("demonyms join the state when they stand for it, and stay a nationality otherwise", () => {
  const text = "French troops crossed the border. French tourists were evacuated from Niger by France.";
  const { entities, mentions } = read(text);
  const france = entityWith(entities, "France");
  assert.ok(texts(france).includes("French"), texts(france).join("|"));
  const people = mentions.filter((m) => m.text === "French");
  assert.equal(people.length, 2);
  const tourists = entities.find((e) => e.type === "NORP" && e.country === "FR");
  assert.equal(tourists?.mentions.length, 1);
});

test("regions, seas and straits are places with coordinates", () => {
  const { entities } = read("Tankers avoided the Red Sea and the Strait of Hormuz after attacks near Aden.");
  assert.equal(entityWith(entities, "Red Sea")?.type, "LOC");
  assert.equal(entityWith(entities, "Strait of Hormuz")?.type, "LOC");
  assert.ok(entityWith(entities, "Strait of Hormuz")?.geo);
  assert.equal(entityWith(entities, "Aden")?.country, "YE");
});

test("must not fire: a small town's name is no place without a place word or its country", () => {
  const { entities } = read("Obama spoke to reporters. Reading the report took an hour.");
  assert.notEqual(entityWith(entities, "Obama")?.type, "GPE");
  assert.equal(entityWith(entities, "Reading"), undefined);
});

test("a state whose name holds 'and' is one place ('Jammu and Kashmir'), as a country's is ('Bosnia and Herzegovina')", () => {
  const { entities } = read("Five soldiers were killed in Jammu and Kashmir. Bosnia and Herzegovina voted.");
  assert.deepEqual(
    entities.map((e) => `${e.type} ${e.name} ${e.country ?? ""}`.trim()),
    ["GPE Jammu and Kashmir IN", "GPE Bosnia and Herzegovina BA"],
  );
});

test("a capital whose verb comes after an adverb still speaks for the state ('Nairobi repeatedly denied …')", () => {
  const text =
    "Uganda accused Kenya of arming the rebels. Nairobi repeatedly denied the charge. The talks opened in Nairobi.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Nairobi")?.name, "Kenya");
  assert.ok(
    entities.some((e) => e.name === "Nairobi" && e.type === "GPE"),
    "the city where the talks opened",
  );
});

test("a capital that a stance is taken toward is the state ('accusing Nairobi of …', 'urged Lima to …')", () => {
  const text =
    "Uganda's army fired on the boats, accusing Nairobi of an illegal intrusion. Kenya denied it. Chile urged Lima to talk. Peru said no. Protests went on in Nairobi.";
  const { entities } = read(text);
  assert.ok(texts(entityWith(entities, "Kenya")).filter((t) => t === "Nairobi").length === 1);
  assert.ok(texts(entityWith(entities, "Peru")).includes("Lima"));
  assert.ok(
    entities.some((e) => e.name === "Nairobi" && e.type === "GPE"),
    "the city where protests went on",
  );
});

test("places of current conflicts the lexicon names: Gaza City is a city apart from Gaza, Tigray a region with its demonym", () => {
  const gaza = read("Strikes hit Gaza City and Rafah in Gaza.").entities;
  assert.notEqual(entityWith(gaza, "Gaza City"), entityWith(gaza, "Gaza"));
  const tigray = read("Troops shelled towns in Tigray region, Tigrayan officials said.").entities;
  assert.equal(entityWith(tigray, "Tigray")?.type, "GPE");
  assert.equal(entityWith(tigray, "Tigray")?.country, "ET");
  assert.equal(entityWith(tigray, "Tigrayan")?.type, "NORP");
  assert.equal(entityWith(read("Troops dug in along the Durand Line.").entities, "Durand Line")?.type, "LOC");
});

test("'U.N' without its last full stop is the United Nations", () => {
  const { entities } = read("Gangs killed 4,000 people, according to the U.N, more than before.");
  assert.equal(entityWith(entities, "U.N")?.name, "United Nations");
});
