import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { entityWith, read } from "../entities/read.js";

const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("states and provinces of large countries are places", () => {
  assert.equal(typeOf("Floods hit Queensland and parts of Nebraska this week.", "Queensland"), "GPE");
  assert.equal(typeOf("Floods hit Queensland and parts of Nebraska this week.", "Nebraska"), "GPE");
  assert.equal(typeOf("Investors from Southeast Asia arrived.", "Southeast Asia"), "LOC");
});

test("a region's adjective is a nationality-like word, never a name", () => {
  const { entities } = read("Other European markets rose, while North American sales fell.");
  assert.equal(entityWith(entities, "European")?.type, "NORP");
  assert.equal(entityWith(entities, "North American")?.type, "NORP");
  assert.ok(!entities.some((e) => e.type === "PERSON"));
});

test("religious and ethnic groups are groups of people, no organization", () => {
  const { entities } = read("Rohingya refugees and Kurds fled; Muslims in the city protested.");
  assert.equal(entityWith(entities, "Kurds")?.type, "NORP");
  assert.equal(entityWith(entities, "Muslims")?.type, "NORP");
});

test("must not fire: a region's adjective inside a longer name leaves the name whole", () => {
  assert.equal(typeOf("The Baltic Ledger reported the sale.", "Baltic Ledger"), "ORG");
});

test("nationalities joined by a combining form are a nationality, not a person named Franco", () => {
  const { entities } = read("A Franco-German plan and Sino-US talks were discussed in Bratislava.");
  assert.equal(entityWith(entities, "Franco-German")?.type, "NORP");
  assert.equal(entityWith(entities, "Sino-US")?.type, "NORP");
});

test("must not fire: a hyphenated given name stays a person", () => {
  const { entities } = read("Jean-Pierre Raffarin spoke in Paris on Monday.");
  assert.equal(entityWith(entities, "Jean-Pierre Raffarin")?.type, "PERSON");
});

test("'the Afghan capital' and 'Syria's capital' are the capital cities, with their names and coordinates", () => {
  const { entities } = read("A bomb exploded in the Afghan capital on Friday. Protests spread in Syria's capital.");
  const kabul = entityWith(entities, "the Afghan capital");
  assert.equal(kabul?.type, "GPE");
  assert.equal(kabul?.name, "Kabul");
  assert.ok(kabul?.geo && Math.abs(kabul.geo.lat - 34.5) < 0.5);
  assert.equal(entityWith(entities, "Syria's capital")?.name, "Damascus");
  assert.ok(!entities.some((e) => e.type === "NORP" && e.name === "Afghan"));
});

test("must not fire: a capitalised Capital or capital of something else is no capital city", () => {
  const { entities } = read("Afghan Capital Partners raised money. The Afghan venture capital market grew.");
  assert.ok(!entities.some((e) => e.name === "Kabul"));
});

test("an unknown name before a comma and a country is a place there, with coordinates when GeoNames has it", () => {
  const { entities } = read("The blast hit Lockerbie, Scotland, on Monday. Troops entered Kfar Shouba, Lebanon.");
  const lockerbie = entityWith(entities, "Lockerbie");
  assert.equal(lockerbie?.type, "GPE");
  assert.equal(lockerbie?.country, "GB");
  assert.ok(lockerbie?.geo && Math.abs(lockerbie.geo.lat - 55.1) < 0.2);
  assert.equal(entityWith(entities, "Kfar Shouba")?.type, "GPE");
  assert.equal(entityWith(entities, "Kfar Shouba")?.country, "LB");
});

test("must not fire: a person named before a comma and a state stays a person", () => {
  const { entities } = read("Sen. Tomas Vikberg, Texas, spoke on Monday.");
  assert.equal(entityWith(entities, "Tomas Vikberg")?.type, "PERSON");
});

test("a month with a day number names no one, even with no publication date to resolve it", () => {
  // The whole pipeline: the times stage keeps "Sept. 30" as XXXX-09-30, and names leave times alone.
  const text = "The show will premiere on Sept. 30 and again on October 2nd, Ingrid Solberg said.";
  const { entities } = analyse({ text, published: null, title: null, url: null, source: null });
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Sept|October/.test(m.text))));
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("must not fire: a person named like a month keeps her name", () => {
  const { entities } = read("April Lindqvist said the show was over.", null);
  assert.equal(entityWith(entities, "April Lindqvist")?.type, "PERSON");
});

test("religions are things and their adjectives name the group; 'I’m' with a curly apostrophe is no name", () => {
  const { entities } = read(
    "“I’m not going to let them claim my religion,” he said of Islamic militants. Islam and Christianity were discussed.",
  );
  const types = Object.fromEntries(entities.map((e) => [e.name, e.type]));
  assert.equal(types.Muslims, "NORP");
  assert.equal(types.Islam, "OTHER");
  assert.equal(types.Christianity, "OTHER");
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^I[’']m$/.test(m.text))));
});

test("trade agreements named like organizations are things ('the Trans-Pacific Partnership', 'NAFTA')", () => {
  const { entities } = read("Senator Ada Lind called the Trans-Pacific Partnership worse than NAFTA.");
  assert.equal(entityWith(entities, "Trans-Pacific Partnership")?.type, "OTHER");
  assert.equal(entityWith(entities, "NAFTA")?.type, "OTHER");
});

test("a name described by a place noun in apposition is a place ('Qarara, a zone in the south', 'an area near the border')", () => {
  assert.equal(typeOf("The fighters hid in Qarara, a zone in the south. Jets hit Qarara again.", "Qarara"), "LOC");
  assert.equal(typeOf("The fighters hid in Qarara, an area near the border. Qarara was hit.", "Qarara"), "LOC");
  assert.equal(typeOf("They fled to Bani Suhaila, a village east of the city.", "Bani Suhaila"), "GPE");
});
