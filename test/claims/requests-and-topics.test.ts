import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("requests: 'called for', 'called on X to', 'urged X to' are possible, with the addressee in the content", () => {
  const claims = claimsWith(
    "The council called for a recount. The rebels called on the government to resign. The pastor urged voters to stay home.",
  );
  assert.equal(claims.length, 3);
  assert.equal(byCue(claims, "called for").content.text, "a recount");
  assert.equal(byCue(claims, "called on").content.text, "the government to resign");
  const urged = byCue(claims, "urged");
  assert.equal(urged.content.text, "voters to stay home");
  assert.equal(urged.certainty, "possible");
});

test("asking takes its indirect question as content; 'did not say whether' still reports nothing", () => {
  const claims = claimsWith(
    "Reporters asked whether the vote was fair. The judge did not say whether the law applied.",
  );
  assert.equal(claims.length, 1);
  assert.equal(byCue(claims, "asked").content.text, "whether the vote was fair");
});

test("verb phrases match on the verb's lemma: 'talked about', 'pointed to'", () => {
  const claims = claimsWith("The senator talked about the budget. The report pointed to rising costs.");
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "talked about").content.text, "the budget");
  assert.equal(byCue(claims, "pointed to").source?.text, "The report");
});

test("'called' without 'for' or 'on' stays a characterisation, and 'called him on Friday' is none", () => {
  const claims = claimsWith("The coach called the referee a disgrace. The mayor called him on Friday.");
  assert.equal(claims.length, 1);
  assert.equal(byCue(claims, "called").content.text, "the referee a disgrace");
});

test("a poll or a record that shows something is its source", () => {
  const claims = claimsWith("A new survey shows the mayor leading the race. Court records show she paid the fine.");
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "shows").content.text, "the mayor leading the race");
  assert.equal(byCue(claims, "show").source?.text, "Court records");
});

test("'citing' a reason is the source's claim; 'citing' officials is whom it relies on", () => {
  const claims = claimsWith(
    "The bank cut rates, citing weak demand. The paper said the port was shut, citing officials.",
  );
  const citing = claims.filter((c) => c.cue.text === "citing");
  assert.equal(citing.length, 1);
  assert.equal(citing[0]?.content.text, "weak demand");
  assert.equal(citing[0]?.source?.text, "The bank");
  assert.equal(byCue(claims, "said").via[0]?.text, "officials");
});

test("light-verb phrases cue a stance or a topic ('took a swipe at', 'made the case that')", () => {
  const claims = claimsThroughPipeline(
    "The governor took a swipe at the council on Monday. The mayor made the case that the tunnel would pay for itself.",
  );
  assert.equal(byCue(claims, "took a swipe at").content.text, "the council on Monday");
  assert.equal(byCue(claims, "made the case").content.text, "that the tunnel would pay for itself");
});

test("'took a shot' without 'at', and 'made the bed', are no cues", () => {
  const claims = claimsThroughPipeline("The striker took a shot from the edge of the box. He made the bed.");
  assert.deepEqual(claims, []);
});

test("'suggested' takes a proposal or an object as well as a clause ('suggested closing the bridge')", () => {
  const claims = claimsThroughPipeline(
    "The mayor suggested closing the old bridge at night. The figures suggest a slowdown in the harbour trade.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text, c.certainty]),
    [
      ["The mayor", "closing the old bridge at night", "possible"],
      ["The figures", "a slowdown in the harbour trade", "possible"],
    ],
  );
});
