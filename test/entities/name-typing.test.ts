import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "./read.js";

// Names the dictionaries do not know, typed from what the article says of them.
const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("a vessel descriptor before an unknown name makes it a thing, not a person", () => {
  assert.equal(typeOf("Police boarded the oil tanker Sorrel Dawn off the coast.", "Sorrel Dawn"), "OTHER");
  assert.equal(typeOf("Divers inspected the bulk carrier Amber Halden on Friday.", "Amber Halden"), "OTHER");
  assert.equal(typeOf("The storm damaged the research vessel Tern.", "Tern"), "OTHER");
});

test("a vessel's noun right after an unknown name and 'the' makes it a thing, even with a given name; a work's noun does not", () => {
  assert.equal(typeOf("Gunboats fired on the Clara Jensen tanker near the strait.", "Clara Jensen"), "OTHER");
  assert.equal(typeOf("The crew abandoned the Rosa Lindgren cargo ship at dawn.", "Rosa Lindgren"), "OTHER");
  assert.equal(typeOf("A mine damaged the Kessa Vale vessel, its owner said.", "Kessa Vale"), "OTHER");
  // A film or an app may be its maker's: the name before it keeps its own reading.
  assert.equal(typeOf("Critics praised the Lena Marsh film on Sunday.", "Lena Marsh"), "PERSON");
});

test("a company descriptor before an unknown name makes it an organization, and the two are one entity", () => {
  const { entities } = read("The line failed on Monday, grid operator Vesta Linja said.");
  const org = entityWith(entities, "Vesta Linja");
  assert.equal(org?.type, "ORG");
  assert.ok(texts(org).includes("grid operator"));
  assert.equal(typeOf("Flights were cancelled by the carrier Nordavia Express.", "Nordavia Express"), "ORG");
  assert.equal(typeOf("The report was published by the newswire Baltic Ledger.", "Baltic Ledger"), "ORG");
});

test("a two-word descriptor wins over its last word: an aircraft carrier is a ship, a carrier an airline", () => {
  assert.equal(typeOf("Jets took off from the aircraft carrier Iron Duchess.", "Iron Duchess"), "OTHER");
  assert.equal(typeOf("Tickets were sold by the carrier Iron Duchess.", "Iron Duchess"), "ORG");
});

test("a place descriptor over 'of' types the name after it", () => {
  assert.equal(typeOf("The ship left the Latvian port of Karvik on Saturday.", "Karvik"), "LOC");
});

test("must not fire: a person's title before a name still makes a person", () => {
  const p = entityWith(read("Fleet director Tove Lindqvist said the ships were safe.").entities, "Tove Lindqvist");
  assert.equal(p?.type, "PERSON");
  assert.deepEqual(p?.roles, ["director"]);
});

test("an apposition after the name types it: a firm is an organization, a spokeswoman a person", () => {
  assert.equal(typeOf("Halvard Brück, a Hamburg-based shipping firm, denied the claim.", "Halvard Brück"), "ORG");
  const { entities } = read("Marta Elm, a spokeswoman for the agency, declined to comment.");
  assert.equal(entityWith(entities, "Marta Elm")?.type, "PERSON");
  assert.deepEqual(entityWith(entities, "Marta Elm")?.roles, ["spokeswoman"]);
});

test("what manages or owns a vessel, in apposition, is a company", () => {
  assert.equal(typeOf("Velmar, the ship's Dubai-based manager, denied the claim.", "Velmar"), "ORG");
  assert.equal(typeOf("Anna Sund, the minister's adviser, denied the claim.", "Anna Sund"), "PERSON");
});

test("a role in apposition is picked up without 'the', with its country", () => {
  const { entities } = read("Tove Lind, Swedish foreign minister, said the talks would go on.");
  const p = entityWith(entities, "Tove Lind");
  assert.equal(p?.type, "PERSON");
  assert.deepEqual(p?.roles, ["foreign minister"]);
  assert.equal(p?.country, "SE");
  const q = entityWith(read("Arne Dahl, chief executive of the bank, resigned.").entities, "Arne Dahl");
  assert.deepEqual(q?.roles, ["chief executive"]);
});

test("must not fire: a parenthetical 'the company said' is no apposition", () => {
  const { entities } = read("Tove Lind, the company said, had left the board.");
  assert.equal(entityWith(entities, "Tove Lind")?.type, "PERSON");
  assert.equal(entityWith(entities, "Tove Lind")?.roles, undefined);
});

test("a legal form after a comma makes the name an organization; an age makes a person", () => {
  assert.equal(typeOf("Verra Lumen, Inc. said sales fell.", "Verra Lumen"), "ORG");
  assert.equal(typeOf("Police said Kasper Holm, 45, was arrested in the harbour.", "Kasper Holm"), "PERSON");
});

test("an unknown pair that is the subject of a reporting verb with 'it' is an organization", () => {
  assert.equal(typeOf("Brandt Kessel said on Monday that it would appeal the ruling.", "Brandt Kessel"), "ORG");
  assert.equal(typeOf("Brandt Kessel said its profit had doubled.", "Brandt Kessel"), "ORG");
});

test("must not fire: 'it' after another noun, or a known given name, keeps a person", () => {
  const late = "Brandt Kessel said the plan was late because it lacked money.";
  assert.equal(typeOf(late, "Brandt Kessel"), "PERSON");
  assert.equal(typeOf("Michael Veldhuis said it would take years.", "Michael Veldhuis"), "PERSON");
});

test("a single name that speaks and is then 'he' is a person; one that is 'it' stays an organization", () => {
  assert.equal(typeOf("Okonkwo said the deal was done. He added that more would follow.", "Okonkwo"), "PERSON");
  assert.equal(typeOf("Velmora said the deal was done. It added that more would follow.", "Velmora"), "ORG");
});

test("must not fire: 'he' after a person noun refers to that person, not to the name that spoke", () => {
  const text = "Velmora said the minister was wrong. He resigned later.";
  assert.equal(typeOf(text, "Velmora"), "ORG");
});

test("every mention of a name gets the type the evidence gives any of them", () => {
  const text =
    "Officials boarded the tanker Sorrel Dawn on Tuesday. Sorrel Dawn was escorted to port, and Sorrel Dawn stayed there.";
  const e = entityWith(read(text).entities, "Sorrel Dawn");
  assert.equal(e?.type, "OTHER");
  assert.equal(e?.mentions.length, 3);
});

test("what a name owns tells its type: shares an organization, a wife a person, an anchor a vessel", () => {
  assert.equal(typeOf("Brandt Kessel's shares fell 4 percent on Monday.", "Brandt Kessel"), "ORG");
  assert.equal(typeOf("Brandt Kessel's wife said he was innocent.", "Brandt Kessel"), "PERSON");
  assert.equal(typeOf("Divers found the anchor of the Amber Halden on the seabed.", "Amber Halden"), "OTHER");
});

test("a 'the' before an unknown pair rules out a person; a model number makes it a thing", () => {
  assert.equal(typeOf("Members of the United Dock Workers walked out.", "United Dock Workers"), "ORG");
  assert.equal(typeOf("Orders for the Skyline X200 rose.", "Skyline X200"), "OTHER");
});

test("must not fire: 'the' before a title or adjective, not the name, keeps a person", () => {
  const { entities } = read("Mourners remembered the late Harald Berg on Sunday.");
  assert.equal(entityWith(entities, "Harald Berg")?.type, "PERSON");
});

test("a first word that says what the name is: storms and ships are no people", () => {
  assert.equal(typeOf("Hurricane Delia hit the coast on Monday.", "Hurricane Delia"), "OTHER");
  assert.equal(typeOf("The MV Sorrel Dawn was detained.", "MV Sorrel Dawn"), "OTHER");
});

test("a place glued to a participle by a hyphen is the place, not a longer name", () => {
  const { entities } = read("The Oslo-based insurer said claims rose.");
  assert.equal(entityWith(entities, "Oslo")?.type, "GPE");
  assert.equal(entityWith(entities, "Oslo-based"), undefined);
});

test("an office 'of' an organization is no person's name", () => {
  const { entities } = read("The President of Velora Motors resigned on Friday.");
  assert.equal(entityWith(entities, "of Velora Motors"), undefined);
  assert.equal(entityWith(entities, "Velora Motors")?.type, "ORG");
});

test("a place head followed by 'of' and a country is one place", () => {
  const { entities } = read("The ships met in the Gulf of Riga and the Bay of Biscay.");
  assert.equal(entityWith(entities, "Gulf of Riga")?.type, "LOC");
  assert.equal(entityWith(entities, "Bay of Biscay")?.type, "LOC");
});

test("a place noun in lower case after an unknown name says what kind of place it is ('the Varnok region', 'Telsa valley')", () => {
  assert.equal(typeOf("Drones struck a depot in the Varnok region overnight.", "Varnok"), "GPE");
  assert.equal(typeOf("Four men were killed near Ostrin village on Sunday.", "Ostrin"), "GPE");
  assert.equal(typeOf("The patrol was sent to Telsa valley in the north.", "Telsa"), "LOC");
});

test("a lone unknown word that speaks and ends like a family name is a person ('Kuznetsov said'); other lone speakers stay organizations", () => {
  const { entities } = read(
    "Kuznetsov said the talks were over. Bogdanova added that the envoy had left. Tellcom said prices rose.",
  );
  assert.equal(entityWith(entities, "Kuznetsov")?.type, "PERSON");
  assert.equal(entityWith(entities, "Bogdanova")?.type, "PERSON");
  assert.equal(entityWith(entities, "Tellcom")?.type, "ORG");
});

test("a public figure's family name alone is a person ('Netanyahu vowed …', 'met Putin')", () => {
  const { entities } = read("Netanyahu vowed to go on. Biden met Putin in Geneva, and Zelensky was not invited.");
  for (const name of ["Netanyahu", "Biden", "Putin", "Zelensky"])
    assert.equal(entityWith(entities, name)?.type, "PERSON", name);
});

test("a sentence dense with titled names is running text, not a headline ('Russian President X met US President Y.')", () => {
  const { entities } = read("Chilean President Gabriel Boric met Argentine President Javier Milei.");
  assert.ok(entities.some((e) => e.type === "PERSON" && e.name === "Gabriel Boric"));
  assert.ok(entities.some((e) => e.type === "PERSON" && e.name === "Javier Milei"));
});

test("a government or administration a name owns makes it its leader ('Marvek's government'); a known country stays a place", () => {
  assert.equal(typeOf("Residents blamed Marvek's government for the shortages.", "Marvek"), "PERSON");
  assert.equal(typeOf("Residents blamed Venezuela's government for the crisis.", "Venezuela"), "GPE");
});
