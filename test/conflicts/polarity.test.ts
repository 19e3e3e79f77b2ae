import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import type { Spec } from "../events/fixture.js";
import { conflictsOf } from "./fixture.js";

// One story, two sources: a general says troops will be sent, a ministry sees no sign of it.
const text =
  "General Ortiz said on Monday that Venezuela will dispatch an armoured brigade to the border next month. " +
  "The Colombian defence ministry said there is no evidence that Venezuela intends to station forces along the border.";
const entities: Spec["entities"] = [
  { id: "ortiz", type: "PERSON", mentions: ["General Ortiz"] },
  {
    id: "ve",
    type: "GPE",
    mentions: [
      ["Venezuela", 1],
      ["Venezuela", 2],
    ],
  },
  { id: "mod", type: "ORG", mentions: ["Colombian defence ministry"] },
];
const denial = {
  id: "c2",
  content: "Venezuela intends to station forces along the border",
  cue: ["said", 2] as [string, number],
  source: "mod",
  sourceText: "the Colombian defence ministry",
  polarity: "negative" as const,
};
const assertion = {
  id: "c1",
  content: "Venezuela will dispatch an armoured brigade to the border next month",
  cue: ["said", 1] as [string, number],
  source: "ortiz",
  sourceText: "General Ortiz",
};

test("one source denies what another asserts: a polarity conflict with a note naming both", () => {
  const { conflicts } = conflictsOf(text, { entities, claims: [assertion, denial] });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
  assert.deepEqual([...(conflicts[0]?.claims ?? [])].sort(), ["c1", "c2"]);
  assert.match(conflicts[0]?.note ?? "", /Colombian defence ministry/);
  assert.match(conflicts[0]?.note ?? "", /General Ortiz/);
});

test("the same source contradicting itself is no conflict between sources", () => {
  const { conflicts } = conflictsOf(text, {
    entities,
    claims: [assertion, { ...denial, source: "ortiz", sourceText: "General Ortiz" }],
  });
  assert.deepEqual(conflicts, []);
});

test("two sources saying compatible things do not conflict", () => {
  const agreeing = text.replace("there is no evidence", "there is evidence");
  const { conflicts } = conflictsOf(agreeing, {
    entities,
    claims: [assertion, { ...denial, polarity: "positive" }],
  });
  assert.deepEqual(conflicts, []);
});

test("ruling out more deployments does not contradict a confirmed past one", () => {
  const past =
    "Caracas confirmed it had sent marines to Aruba in March. " +
    "The navy said Caracas will not send more marines to Aruba.";
  const { conflicts, events } = conflictsOf(past, {
    entities: [
      {
        id: "ve",
        type: "GPE",
        mentions: [
          ["Caracas", 1],
          ["Caracas", 2],
        ],
      },
      {
        id: "aw",
        type: "GPE",
        mentions: [
          ["Aruba", 1],
          ["Aruba", 2],
        ],
      },
    ],
    claims: [
      { id: "c1", content: "it had sent marines to Aruba", cue: "confirmed", source: "ve" },
      { id: "c2", content: "Caracas will not send more marines to Aruba", cue: "said", sourceText: "The navy" },
    ],
  });
  assert.deepEqual(
    events.filter((e) => e.type === "DEPLOY").map((e) => e.factuality),
    ["asserted", "negated"],
  );
  assert.deepEqual(conflicts, []);
});

test("denials about another place do not conflict", () => {
  const other =
    "Officials said rebels attacked a base in Goma on Friday. The army said rebels did not attack a base in Bukavu.";
  const { conflicts } = conflictsOf(other, {
    entities: [
      { id: "goma", type: "GPE", mentions: ["Goma"] },
      { id: "bukavu", type: "GPE", mentions: ["Bukavu"] },
    ],
    claims: [
      { id: "c1", content: "rebels attacked a base in Goma on Friday", cue: ["said", 1], sourceText: "Officials" },
      { id: "c2", content: "rebels did not attack a base in Bukavu", cue: ["said", 2], sourceText: "The army" },
    ],
  });
  assert.deepEqual(conflicts, []);
});

test("a negated event inside a positive claim conflicts with its assertion elsewhere", () => {
  const story =
    "Witnesses said soldiers killed two villagers in Kidal. The army said no villagers were killed in Kidal.";
  const { conflicts } = conflictsOf(story, {
    entities: [
      {
        id: "kidal",
        type: "GPE",
        mentions: [
          ["Kidal", 1],
          ["Kidal", 2],
        ],
      },
    ],
    claims: [
      { id: "c1", content: "soldiers killed two villagers in Kidal", cue: ["said", 1], sourceText: "Witnesses" },
      { id: "c2", content: "no villagers were killed in Kidal", cue: ["said", 2], sourceText: "The army" },
    ],
  });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
});

test("the same actor doing it to someone else is another event: no conflict", () => {
  const story = "Aides said Ortiz will meet Maduro in Caracas. Diplomats said Ortiz will not meet Petro in Caracas.";
  const { conflicts, events } = conflictsOf(story, {
    entities: [
      {
        id: "ortiz",
        type: "PERSON",
        mentions: [
          ["Ortiz", 1],
          ["Ortiz", 2],
        ],
      },
      { id: "maduro", type: "PERSON", mentions: ["Maduro"] },
      { id: "petro", type: "PERSON", mentions: ["Petro"] },
      {
        id: "ccs",
        type: "GPE",
        mentions: [
          ["Caracas", 1],
          ["Caracas", 2],
        ],
      },
    ],
    claims: [
      { id: "c1", content: "Ortiz will meet Maduro in Caracas", cue: ["said", 1], sourceText: "Aides" },
      { id: "c2", content: "Ortiz will not meet Petro in Caracas", cue: ["said", 2], sourceText: "Diplomats" },
    ],
  });
  assert.equal(events.filter((e) => e.type === "MEET").length, 2);
  assert.deepEqual(conflicts, []);
});

test("without events, a flat denial of the same words conflicts; negative opinions on a shared topic do not", () => {
  const story =
    "The council denied that the mayor lied about the harbour budget. " +
    "The auditor said the mayor lied about the harbour budget. " +
    "Critics said the harbour budget is not a priority for the mayor.";
  const claims = [
    {
      id: "c1",
      content: "the mayor lied about the harbour budget",
      cue: "denied",
      sourceText: "The council",
      polarity: "negative" as const,
    },
    {
      id: "c2",
      content: ["the mayor lied about the harbour budget", 2] as [string, number],
      cue: ["said", 1] as [string, number],
      sourceText: "The auditor",
    },
    {
      id: "c3",
      content: "the harbour budget is not a priority for the mayor",
      cue: ["said", 2] as [string, number],
      sourceText: "Critics",
      polarity: "negative" as const,
    },
  ];
  const { conflicts } = conflictsOf(story, { claims });
  assert.deepEqual(
    conflicts.map((c) => [c.kind, ...c.claims]),
    [["polarity", "c1", "c2"]],
  );
  assert.match(conflicts[0]?.note ?? "", /^The council denied “the mayor lied/);
});

test("an organisation of a country meets the country: 'shot down three Azerbaijani Air Force planes' against the Air Force's denial that Azerbaijani planes were downed", () => {
  const text =
    "An Armenian army spokesman said Armenia shot down three Azerbaijani Air Force planes over the border on Friday. The Azerbaijani Air Force denied that any Azerbaijani planes were downed.";
  const doc = analyse({ text, published: "2025-03-08", title: null, url: null, source: null });
  const conflicts = doc.conflicts ?? [];
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
  // Inside the note an article stays lower-case; the note opens with a capital.
  assert.match(conflicts[0]?.note ?? "", /^The Azerbaijani Air Force denied .*, while an Armenian army spokesman said/);
});

test("a denial that takes the happening for granted conflicts with a claim of what it denies ('were militants' against 'killed six militants')", () => {
  const doc = analyse({
    text:
      "Hamas denied on Tuesday that any of the Palestinians killed in Israel's attack on the hospital on Monday were militants. " +
      "Earlier, Israel said it had killed six militants in the attack.",
    published: "2025-08-26",
    title: null,
    url: null,
    source: null,
  });
  const [hamas, israel] = doc.claims;
  assert.ok(hamas && israel);
  assert.ok(
    doc.conflicts.some((c) => c.kind === "polarity" && c.claims.includes(hamas.id) && c.claims.includes(israel.id)),
    JSON.stringify(doc.conflicts),
  );
  // The denial takes the killing for granted: no event it reports is negated.
  assert.ok(doc.events.filter((e) => e.claim === hamas.id).every((e) => e.factuality !== "negated"));
});

test("must not fire: an allegation reported by the other side is no assertion to conflict with", () => {
  const doc = analyse({
    text:
      "Hamas denied that any of the Palestinians killed in the attack on the hospital were militants. " +
      "The media office said one of the Palestinians who Israel alleged were militants was killed elsewhere in the attack.",
    published: "2025-08-26",
    title: null,
    url: null,
    source: null,
  });
  assert.deepEqual(doc.conflicts, []);
});

test("must not fire: a modifier one side negates with a prefix names another thing ('direct talks' against 'indirect talks')", () => {
  const analysis = analyse({
    text: "Iran denied a proposal for direct nuclear talks with the US. Nour News reported that indirect talks between Iran and the US would be held in Muscat.",
    published: "2025-05-08",
    title: null,
    url: null,
    source: null,
  });
  assert.equal(analysis.claims.length, 2);
  assert.deepEqual(analysis.conflicts, []);
});
