import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

const graded = (type: string) => ["PERSON", "ORG", "GPE", "LOC"].includes(type);

test("a title-case first line is a headline: its capitals make no organization of the whole line", () => {
  const { entities } = read(
    "Harbour Ferry Strike Forces Delays At Nordvik Port Authority\n\nFerry workers in Nordvik walked out on Monday, the Nordvik Port Authority said.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.startsWith("Harbour Ferry"))));
  assert.equal(entityWith(entities, "Nordvik Port Authority")?.type, "ORG");
});

test("a headline's name that the body never repeats is dropped, one the body repeats is kept", () => {
  const { entities } = read(
    "Wealthy Donors Abandon Mayor For Ingrid Solberg\n\nSeveral donors said on Monday that they would back Ingrid Solberg in the race.",
  );
  assert.ok(!entities.some((e) => graded(e.type) && e.mentions.some((m) => /Wealthy|Donors|Abandon/.test(m.text))));
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("a subheading in capitals is no name", () => {
  const { entities } = read(
    "The council met on Monday.\n\nBUDGET TALKS STALL\n\nMembers of the council left without a deal, Ingrid Solberg said.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /BUDGET|STALL/.test(m.text))));
});

test("must not fire: a caption of names further down keeps its organization", () => {
  const { entities } = read(
    "Voters in the district elected four new councillors on Sunday.\nAlvar Rask of Civic Harbour Party\nThe turnout was higher than in the last vote.",
  );
  assert.equal(entityWith(entities, "Civic Harbour Party")?.type, "ORG");
});

test("a body sentence dense with names is no headline: its names keep their types and spans", () => {
  const { entities } = read(
    "OSLO, March 9 (NTB) — In a new clip for Ingrid Solberg’s upcoming Velcor Radio show, Solberg thanks Tomas Vik of Nordvik Port Authority.",
  );
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
  assert.equal(entityWith(entities, "Tomas Vik")?.type, "PERSON");
  assert.equal(entityWith(entities, "OSLO")?.type, "GPE");
});

test("must not fire: a title-case line glued to the body is still a headline", () => {
  const { entities } = read(
    "Ferry Workers Walk Out As Talks Fail In Nordvik. Ferry workers in Nordvik walked out on Monday.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Workers|Walk|Talks/.test(m.text))));
});

test("a lone English word in capitals on its line is a heading, a lone acronym is a name", () => {
  const { entities } = read("ABSTRACT.\n\nNATO\n\nThe alliance met in Oslo on Monday, NATO said.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === "ABSTRACT")));
  assert.equal(entityWith(entities, "NATO")?.type, "ORG");
});

test("a short subheading of English words further down makes no names", () => {
  const { entities } = read(
    "The council met in Oslo on Monday.\n\nWar and Peace.\n\nIngrid Solberg said the talks would go on.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /War|Peace/.test(m.text))));
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("a run-in heading before a colon makes no names; the sentence after it keeps its own", () => {
  const { entities } = read(
    "The council met on Monday.\n\nIndividual Rights Trumped by Harbour Interests: The strike in Nordvik left hundreds of workers without pay, Ingrid Solberg said.",
  );
  assert.ok(!entities.some((e) => graded(e.type) && e.mentions.some((m) => /Rights|Harbour/.test(m.text))));
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("must not fire: a speaker's name before a colon stays a name", () => {
  const { entities } = read(
    "The council met on Monday.\n\nIngrid Solberg: We will not back down on the budget this year, whatever the council says.",
  );
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("a run-in heading in capitals before a dash makes no names, and does not retype the body's names", () => {
  const { entities } = read(
    "Tomas Vik runs the harbour.\n\nEVEN VIK'S BOSS THINKS HE IS FULL OF IT — The head of Velcor Shipping said in an email that Vik was smart, Tomas Vik's office said.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /THINKS|BOSS|FULL/.test(m.text))));
  assert.equal(entityWith(entities, "Tomas Vik")?.type, "PERSON");
});

test("must not fire: a dateline in capitals before a dash keeps its place", () => {
  const { entities } = read("NEW YORK CITY — The harbour strike spread to three more ports on Monday, officials said.");
  assert.equal(entityWith(entities, "NEW YORK CITY")?.type, "GPE");
});

test("the first word of a line in a list is read as a sentence's first word: 'Show humility' names no one", () => {
  const { entities } = read(
    "Tomas Vik has to do the following:\n\nStop lying\nShow humility\nFill in the gaps in his plan.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^(Show|Fill|Stop)$/.test(m.text))));
});

test("must not fire: a known name opening a line of a list stays a name", () => {
  const { entities } = read("The speakers:\n\nIngrid Solberg of Velcor Shipping\nTomas Vik of Nordvik Port Authority");
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("a headline the tagger runs into the first body line is still read as a headline ('Dana Kessler Calls for …')", () => {
  const { entities } = read(
    "Dana Kessler Calls for Special Prosecutor\nSenator Dana Kessler spoke in Ohio on Friday about Tom Brandt.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Calls|Special/.test(m.text))));
  assert.equal(entityWith(entities, "Dana Kessler")?.type, "PERSON");
});

test("clitics do not keep a title-case line from being a headline ('Kessler Says Brandt's Plan Doesn't Work')", () => {
  const { entities } = read(
    "Dana Kessler Says Tom Brandt's Plan Doesn't Add Up\nSenator Dana Kessler spoke in Ohio on Friday about Tom Brandt.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Says|Plan/.test(m.text))));
});

test("a headline run into the story without a full stop: the story's first word opens a line, and no noun of the headline describes it", () => {
  const text =
    "Bandits launch new raid on Mali's capital\n\nBandits launched a new raid on Mali's capital early Monday.";
  const { entities } = read(text);
  assert.equal(
    entities.some((e) => e.name === "Bandits"),
    false,
    entities.map((e) => `${e.type} ${e.name}`).join(", "),
  );
});

test("must not fire: a title-case headline with a titled name stays a headline ('Chilean Leader Gabriel Boric Visits Argentine Far South')", () => {
  const { entities } = read("Chilean Leader Gabriel Boric Visits Argentine Far South");
  assert.equal(
    entities.some((e) => e.name.includes("Visits")),
    false,
    entities.map((e) => `${e.type} ${e.name}`).join(", "),
  );
});

test("a public figure's family name in a title-case headline is kept and joins the full name in the story ('Biden Meets Modi In Delhi')", () => {
  const { entities } = read(
    "Biden Meets Modi In Delhi As Trade Talks Stall\n\nUS President Joe Biden met Indian leaders on Friday.",
  );
  assert.deepEqual(texts(entityWith(entities, "Joe Biden")), ["Biden", "Joe Biden"]);
  assert.equal(entityWith(entities, "Modi")?.type, "PERSON");
});

test("a given name that is also a common word keeps its surname in a title-case headline ('Mark Ostrander: …')", () => {
  const text =
    "Mark Ostrander: 'The Harbour Plan Is A Costly Mistake'\n\nCouncillor Mark Ostrander spoke against the plan on Monday.";
  const { entities } = read(text);
  const person = entityWith(entities, "Mark Ostrander");
  assert.ok(person?.mentions.some((m) => m.start === 0 && m.text === "Mark Ostrander"));
});
