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
