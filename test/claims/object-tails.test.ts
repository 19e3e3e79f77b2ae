import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("an object content ends before a phrase about the occasion ('in a tweet', 'at a rally')", () => {
  const claims = claimsThroughPipeline(
    "The governor praised the new bridge in a tweet. The senator thanked her supporters at a rally in Ohio.",
  );
  assert.equal(byCue(claims, "praised").content.text, "the new bridge");
  assert.equal(byCue(claims, "thanked").content.text, "her supporters");
});

test("a place that is part of the object stays in it", () => {
  const claims = claimsThroughPipeline("The minister backed a new stadium in the capital.");
  assert.equal(byCue(claims, "backed").content.text, "a new stadium in the capital");
});

test("a participle hyphened into a compound after 'but' is an adjective of the object, not a new predicate ('the unofficial but once largely adhered-to border')", () => {
  const claims = claimsThroughPipeline(
    '"China crossed the median line," the ministry said, referring to the unofficial but once largely adhered-to border in the strait.',
  );
  assert.equal(
    byCue(claims, "referring to").content.text,
    "the unofficial but once largely adhered-to border in the strait",
  );
});

test("a hyphenated name inside a relative clause does not end the content before its verb ('in which Kojo Asante-Mensah won')", () => {
  const claims = claimsThroughPipeline(
    "Ama Boateng said the vote in which Kojo Asante-Mensah won a third term was rigged. She denied the results of the poll in which Kojo Asante-Mensah won.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    [
      "the vote in which Kojo Asante-Mensah won a third term was rigged",
      "the results of the poll in which Kojo Asante-Mensah won",
    ],
  );
});

test("a participle of saying right after a verdict ('described the count as flawed claiming …') is a claim of its own", () => {
  const claims = claimsThroughPipeline(
    "Rosa Diaz, the party whip, described the count as flawed claiming the totals had been padded.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [
      ["described", "Rosa Diaz, the party whip", "the count as flawed"],
      ["claiming", "Rosa Diaz, the party whip", "the totals had been padded"],
    ],
  );
});

test("an object content ends before a comma and an irregular past of the sentence's own verb ('…, said he …')", () => {
  const claims = claimsThroughPipeline(
    "But Mr. Arlo, a farmer who described himself as a devout Baptist, said he left when the mayor began mocking his church.",
  );
  assert.equal(byCue(claims, "described").content.text, "himself as a devout Baptist");
  assert.equal(byCue(claims, "said").content.text, "he left when the mayor began mocking his church");
});

test("a time that owns the object after it stays in the content ('condemned Wednesday's airstrikes')", () => {
  const claims = claimsThroughPipeline("The prime minister condemned Wednesday's airstrikes.");
  assert.equal(byCue(claims, "condemned").content.text, "Wednesday's airstrikes");
  assert.equal(byCue(claims, "condemned").reportedAt, null);
});

test("what the speaker gave or held back after 'but' is the speaker's, not the content ('but provided no details')", () => {
  const content = (text: string) => byCue(claimsThroughPipeline(text), "said").content.text;
  assert.equal(
    content("State radio said the navy sank two boats but provided no further details."),
    "the navy sank two boats",
  );
  assert.equal(content("The army said 12 soldiers died and declined to elaborate."), "12 soldiers died");
  const say = byCue(
    claimsThroughPipeline("Rebels say they control the town, but have not published any evidence."),
    "say",
  );
  assert.equal(say.content.text, "they control the town");
});

test("must not fire: a tail the content's own subject may own stays ('fired shells and gave no warning', 'confessed but offered no explanation')", () => {
  const content = (text: string) => byCue(claimsThroughPipeline(text), "said").content.text;
  assert.equal(
    content("Officials said the rebels fired shells and gave no warning."),
    "the rebels fired shells and gave no warning",
  );
  assert.equal(
    content("Police said the man confessed but offered no explanation."),
    "the man confessed but offered no explanation",
  );
});

test("recalling an ambassador or staff is no claim ('recalled its ambassador from the capital')", () => {
  const claims = claimsThroughPipeline("The government recalled its ambassador on Wednesday and its diplomatic staff.");
  assert.equal(claims.length, 0);
});

test("a denier's verdict after the denied words is no part of them ('rejected reports that P as \"fake news\"')", () => {
  const content = (text: string, cue: string) => byCue(claimsThroughPipeline(text), cue).content.text;
  assert.equal(
    content(
      'An official rejected reports that the rebels had shot down two jets as "fake news" after the air strikes on Friday.',
      "rejected",
    ),
    "that the rebels had shot down two jets",
  );
  assert.equal(
    content("The army dismissed claims that it shelled the town as baseless.", "dismissed"),
    "that it shelled the town",
  );
  assert.equal(
    content("She denied that the plan was as bad as critics said.", "denied"),
    "that the plan was as bad as critics said",
  );
});

test("a verb after 'and' is the subject's next predicate: no clause the object opens, and the cue after it shares that subject ('after X recalled its ambassador … and announced')", () => {
  const claims = claimsThroughPipeline(
    "Fighting began after the government recalled its ambassador from the capital late on July 23 and announced it would expel the envoy.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [["announced", "the government", "it would expel the envoy"]],
  );
});
