import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterMentions } from "../../src/names/cluster.js";
import type { Mention } from "../../src/pipeline/layers.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import { entityWith, read, texts } from "../entities/read.js";

// Names the dictionaries do not know, typed from the evidence of the article.
const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("a capitalised word inside a sentence is a name even when the tagger reads a verb", () => {
  const text = "Sales at Ford rose, and analysts expect Ford to hire. Ford said it would build two plants.";
  const ford = entityWith(read(text).entities, "Ford");
  assert.equal(ford?.type, "ORG");
  assert.equal(texts(ford).length, 3);
});

test("must not fire: a currency symbol or an abbreviation is no name", () => {
  const { entities } = read("The deal is worth US$ 40 billion, according to No. 10 officials.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === "US$" || m.text === "No.")));
});

test("a name joined by 'and' to an organization is an organization", () => {
  const text = "The contract was fought for between Velair and Hadley Orrin. Velair said it would appeal.";
  assert.equal(typeOf(text, "Hadley Orrin"), "ORG");
});

test("must not fire: people attached to their parties and joined by 'and' stay people", () => {
  const text = "Elected were Tomas Greaves of the Civic Union and Marta Pell of the Green Alliance.";
  assert.equal(typeOf(text, "Tomas Greaves"), "PERSON");
  assert.equal(typeOf(text, "Marta Pell"), "PERSON");
});

test("a name whose last word the article writes as a noun is no person", () => {
  const text = "Songs sold in the Velvet Store cost a dollar; the store opened in 2003.";
  assert.notEqual(typeOf(text, "Velvet Store"), "PERSON");
});

test("must not fire: a surname that is also a verb of the text keeps the person", () => {
  const text = "Theresa Hale said the vote may come soon. Voters may hale the result.";
  assert.equal(typeOf(text, "Theresa Hale"), "PERSON");
});

test("a stake in a name makes it a company; being in a name makes it a place", () => {
  assert.equal(typeOf("Velair bought a 20 percent stake in Corran Meridian last year.", "Corran Meridian"), "ORG");
  assert.equal(typeOf("Protesters gathered in Dunmore Bray on Sunday.", "Dunmore Bray"), "GPE");
});

test("a common noun opening a sentence is no name where the article writes it in lower case too", () => {
  const text = "Salt intake has fallen. Iodine deficiency is rising, and iodine is added to bread in the Iodine Study.";
  const { mentions } = read(text);
  assert.ok(!mentions.some((m) => m.text === "Iodine"));
});

test("a caption's label is no part of the name before or after it", () => {
  const { entities } = read("Protesters outside the court. Image: Maren Holt.\n\nMaren Holt said the court was wrong.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes("Image"))));
  assert.equal(typeOf("Cheering fans. Image: Maren Holt.", "Maren Holt"), "PERSON");
});

test("given names of many languages make an unknown pair a person", () => {
  assert.equal(typeOf("The deal was signed by Giuseppe Ardolino on Monday.", "Giuseppe Ardolino"), "PERSON");
  assert.equal(typeOf("The deal was signed by Fatima Benyahia on Monday.", "Fatima Benyahia"), "PERSON");
});

test("a capital that is the surname of a person named in full before is the person", () => {
  const text =
    "Clara Lisbon, a former employee, sued the firm. Lisbon said she was not paid. Portugal did not comment.";
  const clara = entityWith(read(text).entities, "Clara Lisbon");
  assert.deepEqual(texts(clara), ["Clara Lisbon", "Lisbon"]);
});

test("must not fire: a capital speaking before any person of that name is the state", () => {
  const text = "Lisbon said the treaty was fair. Later Clara Lisbon, a lawyer, disagreed.";
  assert.equal(entityWith(read(text).entities, "Lisbon")?.type, "GPE");
});

test("a capitalised head after 'the' is a short name of the organization named in full with it", () => {
  const text =
    "The Guild of Harbour Pilots denied the claims. Jana Ott left the Guild in 2009, and the Guild said she lied.";
  const { mentions, entities } = read(text);
  const guild = entityWith(entities, "Guild of Harbour Pilots");
  assert.deepEqual(texts(guild), ["Guild of Harbour Pilots", "the Guild", "the Guild"]);
  assert.ok(mentions.filter((m) => m.text === "the Guild").every((m) => m.kind === "alias"));
});

test("must not fire: a capitalised head with no organization named in full is no name", () => {
  const { mentions } = read("Jana Ott said the Guild would meet on Monday.");
  assert.ok(!mentions.some((m) => m.kind === "alias"));
});

test("a word shown to be a company is no surname of a person who bears it; a weak one still is", () => {
  const text = "Erik Halvard founded the firm. Halvard cut jobs.";
  const { tokens } = tokenize(text);
  const at = (t: string, from = 0) => text.indexOf(t, from);
  const person: Mention = { start: 0, end: 12, text: "Erik Halvard", type: "PERSON", kind: "name" };
  const word = (weak: boolean): Mention => {
    const start = at("Halvard", 20);
    return { start, end: start + 7, text: "Halvard", type: "ORG", kind: "name", ...(weak ? { weak } : {}) };
  };
  const company = clusterMentions({ text, tokens, mentions: [person, word(false)] });
  assert.deepEqual(texts(entityWith(company, "Erik Halvard")), ["Erik Halvard"]);
  const surname = clusterMentions({ text, tokens, mentions: [person, word(true)] });
  assert.deepEqual(texts(entityWith(surname, "Erik Halvard")), ["Erik Halvard", "Halvard"]);
});

test("an unknown single name that spoke or told something is an organization", () => {
  const { entities } = read("Last week Zorvenet spoke with three of the organizers about the event.");
  assert.equal(entities.find((e) => e.mentions.some((m) => m.text === "Zorvenet"))?.type, "ORG");
});
