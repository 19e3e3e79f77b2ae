import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a gerund cue after 'by', 'before' or 'in' is the subject's", () => {
  const claims = claimsThroughPipeline(
    "The mayor responded by saying that the budget was balanced. Ms. Holt thanked the crowd before insisting she would win the seat.",
  );
  const saying = byCue(claims, "saying");
  assert.equal(saying.source?.text, "The mayor");
  assert.equal(saying.content.text, "that the budget was balanced");
  const insisting = byCue(claims, "insisting");
  assert.equal(insisting.source?.text, "Ms. Holt");
  assert.equal(insisting.content.text, "she would win the seat");
});

test("a gerund cue opening the sentence has the subject after its comma, and its content stops at that comma", () => {
  const claims = claimsThroughPipeline("After arguing that the rules were unfair, the union walked out of the talks.");
  const arguing = byCue(claims, "arguing");
  assert.equal(arguing.source?.text, "the union");
  assert.equal(arguing.content.text, "that the rules were unfair");
});

test("a gerund after 'for' or 'of' is the object's, not the subject's: no claim of the subject", () => {
  const claims = claimsThroughPipeline("The senator criticized the governor for saying that the bridge was safe.");
  assert.equal(
    claims.some((c) => c.cue.text === "saying" && c.source?.text === "The senator"),
    false,
  );
});

test("a gerund after 'when' is the main subject's, and 'when' is no part of the cue", () => {
  const text = "Health officials do not distinguish between civilians and fighters when reporting that people died.";
  const claim = byCue(claimsThroughPipeline(text), "reporting");
  assert.equal(claim.source?.text, "Health officials");
  assert.equal(claim.content.text, "that people died");
});

test("a participle after what the subject issued or sent is the subject's ('issued a statement saying', 'emailed supporters saying')", () => {
  const text =
    "The senator emailed supporters saying the fight would go on. The council approved a resolution condemning the ban. Ortiz is making a pitch to farmers saying the law hurts them.";
  const claims = claimsThroughPipeline(text);
  const fight = claims.find((c) => c.content.text.startsWith("the fight"));
  assert.equal(fight?.source?.text, "The senator");
  assert.equal(byCue(claims, "condemning").source?.text, "The council");
  const pitch = claims.find((c) => c.content.text.startsWith("the law"));
  assert.equal(pitch?.source?.text, "Ortiz");
});

test("a participle after what someone received or found is what was received ('received a letter saying')", () => {
  const claims = claimsThroughPipeline("The mayor received a letter saying the plant would close.");
  assert.equal(byCue(claims, "saying").source?.text, "a letter");
});

test("a participle after a comma is the subject's, not the owner of a noun cue before it ('defended his call …, saying')", () => {
  const claims = claimsThroughPipeline("Sanders defended his call to raise the wage, saying it would help workers.");
  assert.equal(byCue(claims, "saying").source?.text, "Sanders");
});

test("a participle after a comma is the main subject's, not a relative clause's on its object ('disputed officials who said …, saying …')", () => {
  const claims = claimsThroughPipeline(
    "The Interior Ministry disputed local officials who said nine troops had been killed, saying the dead were armed men.",
  );
  assert.equal(byCue(claims, "saying").source?.text, "The Interior Ministry");
});

test("a participle with no preposition opening the sentence has the subject after its comma ('Insisting that …, the board …')", () => {
  const claims = claimsThroughPipeline(
    "Insisting that the vote was fair, the commission rejected the appeal. Warning that prices would rise, the bank raised rates.",
  );
  const insisting = byCue(claims, "Insisting");
  assert.equal(insisting.source?.text, "the commission");
  assert.equal(insisting.content.text, "that the vote was fair");
  assert.equal(byCue(claims, "Warning").source?.text, "the bank");
  assert.deepEqual(claimsThroughPipeline("Saying sorry is hard for the minister."), []);
});

test("an -ing cue the tagger reads as an adjective is the verb after a comma or 'by' ('…, promising to build …'), not in 'a promising start'", () => {
  const claims = claimsThroughPipeline(
    "The mayor talked up her plan, promising to build new homes across the city. He rallied voters by promising to cut fuel taxes.",
  );
  const promising = claims.filter((c) => c.cue.text === "promising");
  assert.deepEqual(
    promising.map((c) => [c.source?.text, c.content.text]),
    [
      ["The mayor", "to build new homes across the city"],
      ["He", "to cut fuel taxes"],
    ],
  );
  assert.deepEqual(claimsThroughPipeline("After a promising start, the team lost the final."), []);
});

test("'aside from saying P' is the subject's saying, as 'instead of saying' is", () => {
  const claims = claimsThroughPipeline(
    "The mayor refused to name a successor, aside from saying he wants someone local.",
  );
  const saying = byCue(claims, "saying");
  assert.equal(saying.source?.text, "The mayor");
  assert.equal(saying.content.text, "he wants someone local");
});

test("an opening gerund's phrase may end at a comma inside the closing quotation mark ('After saying it was “a mess,” she …')", () => {
  const claims = claimsThroughPipeline('After saying the hall was "a complete mess," she left the meeting early.');
  const saying = byCue(claims, "saying");
  assert.equal(saying.source?.text, "she");
  assert.equal(saying.content.text, 'the hall was "a complete mess,"');
});
