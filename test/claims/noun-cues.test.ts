import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("a cue noun with an owner: 'his claim that …', 'Lund's plan to …', 'her support for …'", () => {
  const claims = claimsWith(
    "His claim that the vote was rigged was rejected by the court. Lund's plan to close the mine drew protests. Her support for the bill surprised voters.",
  );
  const claim = byCue(claims, "claim");
  assert.equal(claim.source?.text, "His");
  assert.equal(claim.content.text, "that the vote was rigged");
  assert.equal(claim.certainty, "unverified");
  const plan = byCue(claims, "plan");
  assert.equal(plan.source?.text, "Lund's");
  assert.equal(plan.content.text, "to close the mine");
  assert.equal(byCue(claims, "support for").content.text, "the bill");
});

test("a cue noun without an owner, or with 'that' opening a relative clause, is no cue", () => {
  const text = "The claim that the vote was rigged spread online. His statement that was read aloud ran long.";
  assert.deepEqual(claimsWith(text), []);
});

test("'In a poll …, P': the text is the source when no other cue speaks in the sentence", () => {
  const claims = claimsWith(
    "In a poll released Monday, the mayor led by ten points. In a statement, the ministry said the port was closed. In the morning, the ferry left.",
  );
  assert.equal(claims.length, 2);
  const poll = byCue(claims, "In");
  assert.equal(poll.source?.text, "a poll");
  assert.equal(poll.content.text, "the mayor led by ten points");
  assert.equal(byCue(claims, "said").source?.text, "the ministry");
});

test("'in her view, P' and 'P, in the eyes of many voters' make the holder the source", () => {
  const claims = claimsWith("In her view, the treaty is dead. The plan failed, in the eyes of many voters.");
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "In her view").content.text, "the treaty is dead");
  const eyes = byCue(claims, "in the eyes");
  assert.equal(eyes.source?.text, "many voters");
  assert.equal(eyes.content.text, "The plan failed");
});

test("a noun cue whose preposition is followed by a time says when, not what ('her criticism on Tuesday')", () => {
  const claims = claimsThroughPipeline(
    "She renewed her criticism on Tuesday, telling reporters that the plan was flawed.",
  );
  assert.equal(
    claims.some((c) => c.cue.text.startsWith("criticism")),
    false,
  );
  assert.equal(claims.length, 1);
});

test("a noun cue's owner pronoun is its clause's subject, which names the source ('Lund defended his plan' → Lund)", () => {
  const text =
    "Peter Lund spoke in Oslo on Monday. Lund is doubling down on his support for the tax. The unions renewed their support for the strike.";
  const claims = claimsThroughPipeline(text);
  const his = claims.find((c) => c.content.text === "the tax");
  assert.equal(his?.source?.text, "Lund");
  assert.ok(his?.source?.entity);
  assert.equal(claims.find((c) => c.content.text === "the strike")?.source?.text, "The unions");
});

test("an owner pronoun of another gender than the subject stays the owner ('Peter Lund doubted her support')", () => {
  const claims = claimsThroughPipeline("Peter Lund spoke in Oslo. Peter Lund doubted her support for the tax.");
  assert.equal(claims.find((c) => c.content.text === "the tax")?.source?.text, "her");
});

test("an owner pronoun reaches its subject across a negated verb group ('are not mincing words in their opposition')", () => {
  const claims = claimsThroughPipeline(
    "Many members of the union are not mincing words in their opposition to the merger.",
  );
  assert.equal(claims.find((c) => c.content.text === "to the merger")?.source?.text, "Many members of the union");
});

test("'In a poll …, 31 percent said …': the poll finds the answers and the respondents' claim stands too", () => {
  const claims = claimsWith("In a survey released Monday, 31 percent of farmers said they would sell.");
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.cue.text, c.content.text]),
    [
      ["a survey", "In", "31 percent of farmers said they would sell"],
      ["31 percent of farmers", "said", "they would sell"],
    ],
  );
});

test("a trailing poll may carry a participle or stand after 'the average of' ('in the latest poll released Friday')", () => {
  const claims = claimsWith(
    "The mayor fell to 10 percent in the latest city poll released Friday. Ms. Ode leads by 9 points in the average of state polls.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["the latest city poll", "The mayor fell to 10 percent"],
      ["the average of state polls", "Ms. Ode leads by 9 points"],
    ],
  );
});

test("a noun cue's 'that' clause ends before ', but' and a new clause ('the group's claim that P, but he did not …')", () => {
  const claims = claimsWith(
    "Reporters reached out to the spokesman to look into the group's claim that the junta dropped bombs, but he did not return calls.",
  );
  assert.equal(byCue(claims, "claim").content.text, "that the junta dropped bombs");
});
