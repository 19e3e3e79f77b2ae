import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { claimsThroughPipeline, claimsWith, speakerOf } from "./claims-of.js";

test("'said' as an adjective, in a name or in a set phrase reports nothing", () => {
  const text =
    "The said company paid the fine. Having said that, the board stayed. That said, prices fell. The scholar Edward Said taught in New York.";
  assert.deepEqual(claimsWith(text), []);
});

test("verbs of saying without a clause after them report nothing", () => {
  const text = "The firm added a new product line. The team continued to train. The mayor said nothing new.";
  assert.deepEqual(claimsWith(text), []);
});

test("the noun 'say' and 'report' are no cues", () => {
  assert.deepEqual(claimsWith("Voters had a say in the matter. The report was long."), []);
});

test("asking not to be named is a request for anonymity, no claim ('an official, who asked not to be identified, said …')", () => {
  const claims = claimsThroughPipeline(
    "An official at the embassy, who asked not to be identified, said the embassy was closed. She asked not to be quoted.",
  );
  assert.deepEqual(
    claims.map((c) => c.cue.text),
    ["said"],
  );
});

test("must not fire: asking someone not to do something is still a request ('asked voters not to stay home')", () => {
  const claims = claimsThroughPipeline("The mayor asked voters not to stay home on Tuesday.");
  assert.equal(claims.length, 1);
});

test("a participle with 'by' after a name describes it ('the South China Sea claimed by both nations'), no cue", () => {
  const claims = claimsThroughPipeline(
    "The boats met near the reef, a contested area in the South China Sea claimed by both nations.",
  );
  assert.equal(claims.length, 0);
});

test("a participle inside an opening phrase describes its noun ('In a message posted Friday, Cruz said …'); 'As Politico reported, …' still cues", () => {
  const claims = claimsThroughPipeline(
    "In a Facebook message posted Friday, the senator said she would back the bill. As the Ledger reported, the mill closed.",
  );
  assert.deepEqual(
    claims.map((c) => c.cue.text),
    ["said", "reported"],
  );
  assert.equal(claims[0]?.source?.text, "the senator");
});

test("'known as' gives a name, no view: the speaker after it keeps the claim ('the agency known as FENA')", () => {
  const text =
    "Speaking from Lagos on Monday, Ada Obi, head of the relief agency in Benin known as FENA, said the camps were full.";
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.content.text]),
    [["said", "the camps were full"]],
  );
  assert.equal(speakerOf(text, "said"), "Ada Obi");
});

test("'who declined to be named' asks for anonymity, no claim; the speaker's cue after it reports ('said after talks between A and B that …')", () => {
  const claims = claimsThroughPipeline(
    "On Monday, envoys who declined to be identified said after talks between Chilean and Peruvian officials that the border would reopen.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [["said", "envoys who declined to be identified", "that the border would reopen"]],
  );
});

test("'There are fears that P', 'There were reports that P': the existential 'there' is no source", () => {
  const claims = claimsThroughPipeline(
    "There are fears the clash may delay the talks. There were reports that the army had left.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text ?? null, c.content.text]),
    [
      [null, "the clash may delay the talks"],
      [null, "that the army had left"],
    ],
  );
});

test("'claimed several lives' is a death toll, no claim; the lives lost are a death", () => {
  const analysis = analyse({
    text: "The ongoing border tensions have claimed several lives from both sides in recent months.",
    published: "2024-12-29",
    title: null,
    url: null,
    source: null,
  });
  assert.deepEqual(analysis.claims, []);
  assert.deepEqual(
    analysis.events.map((e) => e.type),
    ["DIE"],
  );
});
