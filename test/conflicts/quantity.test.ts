import assert from "node:assert/strict";
import { test } from "node:test";
import { countsDisagree } from "../../src/conflicts/counts.js";
import { analyse } from "../../src/pipeline/analyse.js";
import { conflictsOf } from "./fixture.js";

test("two sources giving incompatible figures for one count conflict", () => {
  const text = "Police said 12 protesters were arrested, but organisers said more than 50 had been detained.";
  const { conflicts } = conflictsOf(text, {
    quantities: [
      { at: "12", value: 12, unit: "protesters" },
      { at: "more than 50", value: 50, min: 50 },
    ],
    claims: [
      { id: "c1", content: "12 protesters were arrested", cue: ["said", 1], sourceText: "Police" },
      { id: "c2", content: "more than 50 had been detained", cue: ["said", 2], sourceText: "organisers" },
    ],
  });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "quantity");
  assert.match(conflicts[0]?.note ?? "", /12.*at least 50/);
});

test("round figures that agree within their approximation do not conflict", () => {
  const text = "The agency said about 400 soldiers were killed, while the ministry said 430 soldiers were killed.";
  const { conflicts } = conflictsOf(text, {
    quantities: [
      { at: "about 400", value: 400, approximate: true, unit: "soldiers" },
      { at: "430", value: 430, unit: "soldiers" },
    ],
    claims: [
      { id: "c1", content: "about 400 soldiers were killed", cue: ["said", 1], sourceText: "The agency" },
      { id: "c2", content: "430 soldiers were killed", cue: ["said", 2], sourceText: "the ministry" },
    ],
  });
  assert.deepEqual(conflicts, []);
});

test("tolls for different days are different counts", () => {
  const text =
    "Medics said 4 people were killed in Rafah on Monday. Officials said 30 people were killed in Rafah on Tuesday.";
  const { conflicts } = conflictsOf(text, {
    entities: [
      {
        id: "rafah",
        type: "GPE",
        mentions: [
          ["Rafah", 1],
          ["Rafah", 2],
        ],
      },
    ],
    times: [
      { at: "on Monday", value: "2025-06-30" },
      { at: "on Tuesday", value: "2025-07-01" },
    ],
    quantities: [
      { at: "4", value: 4, unit: "people" },
      { at: "30", value: 30, unit: "people" },
    ],
    claims: [
      { id: "c1", content: "4 people were killed in Rafah on Monday", cue: ["said", 1], sourceText: "Medics" },
      { id: "c2", content: "30 people were killed in Rafah on Tuesday", cue: ["said", 2], sourceText: "Officials" },
    ],
  });
  assert.deepEqual(conflicts, []);
});

test("figures disagree only when their ranges cannot meet", () => {
  assert.equal(countsDisagree({ value: 400, approximate: true }, { value: null, approximate: true, min: 1000 }), true);
  assert.equal(countsDisagree({ value: 12, approximate: false }, { value: 12, approximate: false }), false);
  assert.equal(countsDisagree({ value: 100, approximate: true }, { value: 110, approximate: false }), false);
  assert.equal(countsDisagree({ value: null, approximate: true }, { value: 3, approximate: false }), false);
});

/** The kinds of the conflicts the whole pipeline finds in a text. */
const conflictKinds = (text: string) =>
  analyse({ text, published: "2024-06-20", title: null, url: null, source: null }).conflicts.map((c) => c.kind);

test("must not fire: figures given place by place are parts of a total, no rival count ('11 over Belgorod, 28 over Voronezh')", () => {
  const kinds = conflictKinds(
    "The air force shot down dozens of drones over the south, Sputnik reported. " +
      "The ministry said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region, and 17 over the Rostov Region.",
  );
  assert.ok(!kinds.includes("quantity"));
});

test("organisers' and police counts of one crowd conflict ('200,000 joined the march' against '30,000 demonstrators took part')", () => {
  const kinds = conflictKinds(
    "Organisers said 200,000 people joined the march in Oslo on Saturday. Police said about 30,000 demonstrators took part.",
  );
  assert.deepEqual(kinds, ["quantity"]);
});

test("a police estimate of the crowd conflicts with the organisers' count ('put the number of demonstrators at 30,000')", () => {
  const kinds = conflictKinds(
    "Police put the number of demonstrators at 30,000. Organisers said more than 100,000 protesters marched.",
  );
  assert.deepEqual(kinds, ["quantity"]);
});

test("two sources' counts of the people who fled conflict ('thousands of civilians fled' against 'only 500 people fled')", () => {
  const kinds = conflictKinds(
    "Thousands of civilians have fled Goma, the UN said, while the government said only 500 people fled.",
  );
  assert.deepEqual(kinds, ["quantity"]);
});

test("must not fire: a running total ('the violence has killed some 627 people') against one dated strike's toll", () => {
  const kinds = conflictKinds(
    "An Israeli strike on Lebanon killed three people on Tuesday, the health ministry said. The violence has killed some 627 people in Lebanon, according to an AFP tally.",
  );
  assert.ok(!kinds.includes("quantity"));
});

test("two running totals of one war still conflict ('has killed 627' against 'has killed more than 900')", () => {
  const kinds = conflictKinds(
    "The violence has killed some 627 people in Lebanon since October, according to an AFP tally. The health ministry said the violence has killed more than 900 people in Lebanon since October.",
  );
  assert.deepEqual(kinds, ["quantity"]);
});

test("must not fire: counts of different groups ('killed three Palestinians' against 'two soldiers were killed') or an addition ('six other people')", () => {
  const groups = conflictKinds(
    "An Israeli air strike on a house in central Gaza killed three Palestinians, medics said. Israel's military said two soldiers were killed in central Gaza on Sunday.",
  );
  assert.ok(!groups.includes("quantity"));
  const added = conflictKinds(
    "Six other people were killed in central Gaza in separate strikes, medics said. Israel's military said two people were killed in central Gaza.",
  );
  assert.ok(!added.includes("quantity"));
});

test("must not fire: a running total ('have been killed so far') against one shell's toll ('a shell hit homes, killing two')", () => {
  const kinds = conflictKinds(
    "A shell struck houses in the frontier district, killing three, officials said. The health minister said nine civilians have been killed so far in strikes from across the frontier.",
  );
  assert.ok(!kinds.includes("quantity"));
});

test("must not fire: a named group's toll within a toll of any people may be a part of it ('200 people' against '45 militia fighters')", () => {
  const kinds = conflictKinds(
    "More than 200 people have been killed in a week of fighting, a rights monitor said. The Observatory said 45 militia fighters were killed.",
  );
  assert.ok(!kinds.includes("quantity"));
  const larger = conflictKinds("Officials said 30 people were killed. Medics said 45 soldiers were killed.");
  assert.deepEqual(larger, ["quantity"]);
});
