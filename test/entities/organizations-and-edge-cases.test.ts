import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesStage } from "../../src/pipeline/stages/entities.js";
import { mentionsStage } from "../../src/pipeline/stages/mentions.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import { entityWith, read, texts } from "./read.js";

test("the stages read their declared layers and write mentions and entities", () => {
  const text = "Norway's central bank raised rates. The bank said inflation was too high.";
  const article = { text, published: "2024-05-02", title: null, url: null, source: null };
  const { tokens, sentences } = tokenize(text);
  const reference = { date: new Date("2024-05-02"), iso: "2024-05-02" };
  const base = { article, messages: [], tokens, sentences, times: [], reference };
  const { mentions } = mentionsStage.run(base);
  const { entities } = entitiesStage.run({ ...base, mentions });
  const bank = entityWith(entities, "Norway's central bank");
  assert.equal(bank?.type, "ORG");
  assert.equal(bank?.country, "NO");
  assert.ok(texts(bank).includes("The bank"), texts(bank).join("|"));
});

test("a first word like Air or Bank makes a name an organization, even with a country in it", () => {
  const { entities } = read("Air India and Bank Leumi reported losses.");
  assert.equal(entityWith(entities, "Air India")?.type, "ORG");
  assert.equal(entityWith(entities, "Bank Leumi")?.type, "ORG");
  assert.equal(entityWith(entities, "India"), undefined);
});

test("a region named after its country is a place, not a person", () => {
  const { entities } = read("Floods hit Western Australia and New South Wales this week.");
  assert.equal(entityWith(entities, "Western Australia")?.type, "GPE");
  assert.equal(entityWith(entities, "New South Wales")?.type, "GPE");
});

test("a state before a person's name is two mentions; one word after a country stays one name", () => {
  const { entities } = read("The talks included United States Secretary Jane Holt and Israel Katz.");
  assert.equal(entityWith(entities, "Jane Holt")?.type, "PERSON");
  assert.equal(entityWith(entities, "Jane Holt")?.country, "US");
  assert.equal(entityWith(entities, "Israel Katz")?.type, "PERSON");
});

test("must not fire: an acronym is nobody's surname, and a letter glued to a number is no name", () => {
  const text = "Ana Gm met Tom GM. GM said the new 5G phones would ship.";
  const { entities } = read(text);
  const gm = entities.find((e) => e.mentions.some((m) => m.text === "GM" && m.start > 20));
  assert.notEqual(gm?.type, "PERSON");
  assert.equal(entityWith(entities, "G"), undefined);
});

test("an organization's short name joins its full name", () => {
  const { entities } = read("Northvolt Systems filed for bankruptcy. Northvolt said creditors would be paid.");
  const nv = entityWith(entities, "Northvolt Systems");
  assert.ok(texts(nv).includes("Northvolt"), texts(nv).join("|"));
});

test("an unknown single name that speaks is an organization, a surname that speaks is its person", () => {
  const text = "Clara Oyelaran won the seat. Oyelaran said turnout was high. Stellantis said it would cut jobs.";
  const { entities } = read(text);
  assert.deepEqual(texts(entityWith(entities, "Clara Oyelaran")), ["Clara Oyelaran", "Oyelaran"]);
  assert.equal(entityWith(entities, "Stellantis")?.type, "ORG");
});

test("a small city counts as a place with a place word before it or with its country named", () => {
  const { entities } = read("Workers struck in Gdynia. Poland's ports were shut, and Szczecin stayed quiet.");
  assert.equal(entityWith(entities, "Gdynia")?.country, "PL");
  assert.equal(entityWith(entities, "Szczecin")?.type, "GPE");
});

test('"the company" refers back to the business named before, not to a public body', () => {
  const text =
    "The European Commission fined Meta Platforms on Tuesday after a probe into the company's ads. " +
    "The U.S. firm said it would appeal.";
  const { entities } = read(text);
  const meta = entityWith(entities, "Meta Platforms");
  assert.ok(texts(meta).includes("the company"), texts(meta).join("|"));
  assert.ok(texts(meta).includes("The U.S. firm"), texts(meta).join("|"));
  assert.ok(!texts(entityWith(entities, "European Commission")).includes("the company"));
});

test("must not fire: a person's possession is no organization of its own", () => {
  const { entities } = read("Chancellor Olaf Scholz's coalition collapsed on Wednesday.");
  assert.equal(
    entities.some((e) => e.type === "ORG"),
    false,
  );
});

test("a capitalised name before a lower-case head word names the organization", () => {
  const text = "Karol Nowak is backed by the Law and Justice party, a poll by the Ipsos institute showed.";
  const { entities } = read(text);
  assert.equal(entityWith(entities, "Law and Justice party")?.type, "ORG");
  assert.equal(entityWith(entities, "Ipsos institute")?.type, "ORG");
  assert.equal(entityWith(entities, "Law"), undefined);
});

test("a capital modifying a noun is read by that noun", () => {
  const { entities } = read("The runoff is between Warsaw mayor Jan Kowal and Beijing officials' favourite.");
  assert.equal(entityWith(entities, "Warsaw")?.name, "Warsaw");
  assert.equal(entityWith(entities, "Beijing")?.name, "China");
});

test("a capital that a relative clause gives a state's stance is the state ('from Beijing, which claims the island')", () => {
  const { entities } = read(
    "The show of force from Beijing, which claims the island as part of its territory, ended on Monday.",
  );
  const beijing = entities.find((e) => e.mentions.some((m) => m.text === "Beijing"));
  assert.equal(beijing?.name, "China");
});
