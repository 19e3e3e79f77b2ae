import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

// What says that an unknown capitalised pair is a person, and what says it is not.
const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

// "X said it would …" alone makes an organization; a given name outweighs it.
test("a romanised two-syllable given name after the family name is a person", () => {
  assert.equal(typeOf("Tsoi Kwan-lok said it would take years.", "Tsoi Kwan-lok"), "PERSON");
});

test("a given name from the lexicon makes a person, whatever else is unknown", () => {
  assert.equal(typeOf("Horace Quilby said it would take years.", "Horace Quilby"), "PERSON");
});

test("must not fire: a hyphenated word of capitals is no given name", () => {
  assert.equal(typeOf("Velta Rolls-Royce said it would take years.", "Velta Rolls-Royce"), "ORG");
});

test("'who' after a name makes a person; 'which' does not", () => {
  assert.equal(typeOf("Police questioned the Silver Fox, who denied everything.", "Silver Fox"), "PERSON");
  assert.notEqual(typeOf("Police questioned the Silver Fox, which opened in May.", "Silver Fox"), "PERSON");
});

test("a name after a brand written in camel case is the brand's product", () => {
  assert.notEqual(typeOf("Buyers queued for the iTrek Halvard Kessen.", "Halvard Kessen"), "PERSON");
});

test("must not fire: the same pair after a common word stays a person", () => {
  assert.equal(typeOf("Buyers queued for the analyst Halvard Kessen.", "Halvard Kessen"), "PERSON");
});

test("a pair made only of common English words, with no other evidence, is no person", () => {
  assert.notEqual(typeOf("The plan, called Bright Harbour Forward, failed.", "Bright Harbour Forward"), "PERSON");
});

test("must not fire: an unknown surname keeps the person", () => {
  assert.equal(typeOf("Jorik Mertens scored twice.", "Jorik Mertens"), "PERSON");
});

test("a name opening with the surname of a person named in full is named after that person", () => {
  const { entities } = read("Nils Ekdahl took pictures. The Ekdahl Polaroids were sold.");
  assert.notEqual(entityWith(entities, "Ekdahl Polaroids")?.type, "PERSON");
  assert.equal(entityWith(entities, "Nils Ekdahl")?.mentions.length, 2);
});

test("a later surname that speaks types the pair a person, a later first word that speaks an organization", () => {
  assert.equal(typeOf("Vesko Tarran won the tender. Tarran said it was fair.", "Vesko Tarran"), "PERSON");
  assert.equal(typeOf("Vesko Tarran won the tender. Vesko said it was fair.", "Vesko Tarran"), "ORG");
});

test("a given name before 'Law' names a person, not a law", () => {
  const { entities } = read("Crowds cheered when Tobias Law took the stage.");
  assert.equal(entities.find((e) => e.mentions.some((m) => m.text === "Tobias Law"))?.type, "PERSON");
});

test("must not fire: a word that is no given name before 'Law' leaves it a law", () => {
  const { entities } = read("Critics said the Sedition Law went too far.");
  assert.notEqual(entities.find((e) => e.mentions.some((m) => m.text.endsWith("Sedition Law")))?.type, "PERSON");
});

test("the speaker of an inverted 'said Smith' is a person", () => {
  const { entities } = read("Prices will rise again, said Kovalenko, citing costs.");
  assert.equal(entities.find((e) => e.mentions.some((m) => m.text === "Kovalenko"))?.type, "PERSON");
});

test("must not fire: a name before 'said' is no inverted speaker", () => {
  const { entities } = read("Maersk said prices will rise again.");
  assert.notEqual(entities.find((e) => e.mentions.some((m) => m.text === "Maersk"))?.type, "PERSON");
});

test("must not fire: the listener after 'told' is no inverted speaker", () => {
  const { entities } = read("The case is closed, the lawyer told Brightwave.");
  assert.notEqual(entities.find((e) => e.mentions.some((m) => m.text === "Brightwave"))?.type, "PERSON");
});

test("a title's modifier opening a sentence is no organization owning the title", () => {
  const { entities } = read("Senior analyst Rosa Ilves said the data was clear. Emeritus Professor Karl Vesi agreed.");
  assert.ok(!entities.some((e) => e.type === "ORG"));
  assert.equal(entityWith(entities, "Rosa Ilves")?.type, "PERSON");
  assert.equal(entityWith(entities, "Karl Vesi")?.type, "PERSON");
});

test("must not fire: a company before a title still owns it", () => {
  const { entities } = read("Zelvora chief executive Anna Pikk said sales rose.");
  assert.equal(entityWith(entities, "Zelvora")?.type, "ORG");
});

test("a transcript's speaker label in capitals is the person of that surname ('PENCE: Well, …' is Mike Pence)", () => {
  const text =
    "Mike Pence spoke to Chris Wallace on Sunday.\n\n“WALLACE: Let us start with the debate.\n\n“PENCE: Well, look, this is serious business.";
  const { entities } = read(text);
  assert.deepEqual(texts(entityWith(entities, "Mike Pence")), ["Mike Pence", "PENCE"]);
  assert.deepEqual(texts(entityWith(entities, "Chris Wallace")), ["Chris Wallace", "WALLACE"]);
  assert.ok(entities.every((e) => e.type === "PERSON"));
});

test("a label in capitals that opens two lines of a transcript is a speaker, surname or not ('HOLMQVIST: …')", () => {
  const { entities } = read("HOLMQVIST: Let us begin.\n\nMike Pence: Thank you.\n\nHOLMQVIST: Your plan, then?");
  assert.equal(entityWith(entities, "HOLMQVIST")?.type, "PERSON");
});

test("must not fire: capitals before a colon that are no one's surname keep their reading ('NATO:', 'UPDATE:')", () => {
  const { entities } = read(
    "Mike Pence spoke.\n\nNATO: The alliance met.\n\nKCNA: The agency reported a launch.\n\nNATO: It met again.\n\nUPDATE: More.\n\nUPDATE: Done.",
  );
  assert.equal(entityWith(entities, "NATO")?.type, "ORG");
  assert.equal(entityWith(entities, "KCNA")?.type, "ORG");
  assert.ok(!entities.some((e) => e.type === "PERSON" && e.name === "UPDATE"));
});

test("a common word opening the sentence before a first name is no part of the name ('Follow Pam Key on Twitter')", () => {
  const { entities } = read("The story ended there.\n\nFollow Pam Key on Twitter. Contact John Smith at the desk.");
  assert.equal(entityWith(entities, "Pam Key")?.type, "PERSON");
  assert.equal(entityWith(entities, "John Smith")?.type, "PERSON");
  assert.ok(!entities.some((e) => /Follow|Contact/.test(e.name)));
});

test("must not fire: a first name that is also a word keeps its place ('Bill Gates', 'Mark Cuban', 'Grant Shapps')", () => {
  const { entities } = read("Bill Gates spoke. Mark Cuban said so. Grant Shapps agreed.");
  assert.deepEqual(entities.map((e) => e.name).sort(), ["Bill Gates", "Grant Shapps", "Mark Cuban"]);
});

test("a pageant title after 'Miss' is no part of the name ('former Miss Universe Alicia Machado')", () => {
  const { entities } = read("The candidate attacked former Miss Universe Alicia Machado. Machado answered him.");
  assert.deepEqual(texts(entityWith(entities, "Alicia Machado")), ["Alicia Machado", "Machado"]);
});

test("a name in apposition after a person noun is a person ('a senior militia commander, Musa Abu al-Rami, and his driver')", () => {
  assert.equal(
    typeOf("A drone killed a senior militia commander, Musa Abu al-Rami, and his driver.", "Musa Abu al-Rami"),
    "PERSON",
  );
});

test("an age written before a name ('46-year-old X') makes it a person's, even of words that read as common", () => {
  assert.equal(typeOf("The dead included 46-year-old Tor Ah Sway; and a 9 year old boy.", "Tor Ah Sway"), "PERSON");
  assert.equal(typeOf("The dead included 71-year-old Mar Oh Ba and others.", "Mar Oh Ba"), "PERSON");
});

test("an unknown first name before a country's name is a person when an age or a person's description follows", () => {
  const { entities } = read("Vela Chad, 71, died at home on Friday. Orla Jordan, a nurse, helped neighbours.");
  assert.equal(entityWith(entities, "Vela Chad")?.type, "PERSON");
  assert.equal(entityWith(entities, "Orla Jordan")?.type, "PERSON");
});
