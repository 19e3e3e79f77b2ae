import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("wishes and plans are claims of what may be: 'wants to …', 'hope …', negated 'does not want …' is denied", () => {
  const claims = claimsWith(
    "The union wants to delay the vote. Farmers hope the rain will stop. The minister does not want a recount.",
  );
  assert.equal(claims.length, 3);
  const wants = byCue(claims, "wants");
  assert.equal(wants.source?.text, "The union");
  assert.equal(wants.content.text, "to delay the vote");
  assert.equal(wants.certainty, "possible");
  assert.equal(wants.polarity, "positive");
  assert.equal(byCue(claims, "hope").content.text, "the rain will stop");
  const not = byCue(claims, "does not want");
  assert.equal(not.content.text, "a recount");
  assert.equal(not.polarity, "negative");
});

test("stances take their object as content, which ends where the subject goes on with a verb of its own", () => {
  const claims = claimsWith(
    "The governor endorsed Anna Berg. The mayor criticized the new budget. The senator backed the plan, and later signed the bill.",
  );
  assert.equal(claims.length, 3);
  assert.equal(byCue(claims, "endorsed").content.text, "Anna Berg");
  assert.equal(byCue(claims, "criticized").source?.text, "The mayor");
  assert.equal(byCue(claims, "backed").content.text, "the plan");
});

test("physical acts, attempts and choices are no attitudes", () => {
  const text =
    "The troops attacked the town. The army defended the bridge. He tried to leave early. The party chose a leader.";
  assert.deepEqual(claimsWith(text), []);
});

test("refusing to take a stand denies it; declining to comment or to say reports nothing", () => {
  const claims = claimsWith(
    "The minister refused to endorse the plan. A spokesman declined to comment. Police declined to say who was arrested.",
  );
  assert.equal(claims.length, 1);
  const refused = byCue(claims, "refused");
  assert.equal(refused.content.text, "to endorse the plan");
  assert.equal(refused.polarity, "negative");
});

test("knowing takes a clause; 'you know,' and 'I think,' as fillers report nothing", () => {
  const claims = claimsWith("The coach knows the team is tired. You know, it rained. I think, however, nobody came.");
  assert.equal(claims.length, 1);
  assert.equal(byCue(claims, "knows").content.text, "the team is tired");
});

test("a stance inside another claim's content belongs to that claim", () => {
  const claims = claimsWith("He wants a recount, the spokesman said.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.cue.text, "said");
  assert.equal(claims[0]?.content.text, "He wants a recount");
});

test("a stance is not merged with 'according to': the according claim holds it", () => {
  const claims = claimsWith("The senator opposes the merger, according to two aides.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.cue.text, "according to");
  assert.equal(claims[0]?.source?.text, "two aides");
  assert.equal(claims[0]?.content.text, "The senator opposes the merger");
});

test("'seen as' with an adjective after it ('is seen as capable', 'a state seen as critical') is a view nobody is named for", () => {
  const claims = claimsWith(
    "Mrs. Ode is seen as far more capable than her rival. The fund spent heavily in Ohio, a state seen as critical for the party.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source, c.content.text]),
    [
      [null, "far more capable than her rival"],
      [null, "critical for the party"],
    ],
  );
});

test("a passive stance in a relative clause is about the phrase its pronoun stands for ('rebels, who are backed by Kigali')", () => {
  const claims = claimsThroughPipeline(
    "Early Monday, the rebels, who are allegedly backed by Kigali, claimed they took the city.",
  );
  const backed = claims.find((c) => c.source?.text === "Kigali");
  assert.equal(backed?.content.text, "the rebels");
  assert.equal(backed?.certainty, "unverified");
});

test("after a relative 'that', the subject holds the view ('a relic that most experts regarded as harmful')", () => {
  const claims = claimsThroughPipeline(
    "Quotas were a custom that most economists regarded as damaging to every partner.",
  );
  const regarded = byCue(claims, "regarded");
  assert.equal(regarded.source?.text, "most economists");
  assert.equal(regarded.content.text, "damaging to every partner");
});
