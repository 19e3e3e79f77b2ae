import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("possibly, may, might and could make a claim possible", () => {
  const claims = claimsWith(
    "Officials said the strike may last a week. The mayor said the road could reopen, possibly by Friday. Doctors said the virus might spread.",
  );
  assert.equal(claims.length, 3);
  for (const c of claims) assert.equal(c.certainty, "possible", c.content.text);
});

test("likely, probably and 'expected to' make it probable", () => {
  const claims = claimsWith(
    "Analysts said the merger will likely close in June. The coach said the striker is expected to play.",
  );
  for (const c of claims) assert.equal(c.certainty, "probable", c.content.text);
});

test("reportedly, allegedly and a 'claimed' cue make it unverified", () => {
  const claims = claimsWith(
    "The paper said the minister had reportedly resigned. The group claimed it had shot down a drone. Prosecutors said the man allegedly stole the car.",
  );
  assert.equal(claims.length, 3);
  for (const c of claims) assert.equal(c.certainty, "unverified", c.content.text);
});

test("a document 'purportedly penned by' someone makes what it says unverified", () => {
  const text =
    "A letter, purportedly written by the general, was shown, with a note saying he had ordered the retreat.";
  assert.equal(byCue(claimsWith(text), "saying").certainty, "unverified");
});

test("a definite statement is certain, and a future 'will' alone is still certain", () => {
  const claims = claimsWith("The company said it will open a plant in Ohio. The court said the law was valid.");
  for (const c of claims) assert.equal(c.certainty, "certain", c.content.text);
});

test("the month May is no hedge", () => {
  const claim = byCue(claimsWith("The council said the vote took place in May."), "said");
  assert.equal(claim.certainty, "certain");
});

test("must not fire: a hedge word inside a set phrase ('doing everything possible', 'as fast as possible') is no hedge", () => {
  const claims = claimsThroughPipeline(
    "“Our medics are doing everything possible to save them,” the mayor said. The mayor said the road would reopen as fast as possible.",
  );
  assert.deepEqual(
    claims.map((c) => c.certainty),
    ["certain", "certain"],
  );
  const hedged = claimsThroughPipeline("The mayor said it was possible that the road would reopen.");
  assert.equal(hedged[0]?.certainty, "possible");
});

test("a hedge in a clause that describes a place or a time ('the region where it was alleged to have happened') leaves the claim certain", () => {
  const claims = claimsThroughPipeline(
    "The ministry said no troops were present in the region where the incident was alleged to have taken place.",
  );
  assert.equal(byCue(claims, "said").certainty, "certain");
  const hedged = claimsThroughPipeline("The ministry said the incident allegedly took place in the region.");
  assert.equal(byCue(hedged, "said").certainty, "unverified");
});

test("a note that what was said could not be verified makes that claim unverified, and an appended note leaves its content", () => {
  const claims = claimsThroughPipeline(
    "The rebels said they had shot down a helicopter. Reuters could not independently verify the claim. " +
      "The group said 40 soldiers were killed, a claim that could not be independently verified. " +
      "The ministry said the bridge was open. He did not confirm the date.",
  );
  assert.deepEqual(
    claims.map((c) => [c.certainty, c.content.text]),
    [
      ["unverified", "they had shot down a helicopter"],
      ["unverified", "40 soldiers were killed"],
      ["certain", "the bridge was open"],
    ],
  );
});

test("'possible' after a superlative is no hedge ('in the strongest possible terms', 'the worst possible outcome')", () => {
  const certainty = (text: string) => byCue(claimsThroughPipeline(text), "said").certainty;
  assert.equal(certainty("The ministry said it condemns in the strongest possible terms the attack."), "certain");
  assert.equal(certainty("An aide said it was the worst possible outcome."), "certain");
  assert.equal(certainty("A diplomat said a deal was possible."), "possible");
});

test("a hedge inside a relative clause on a noun is that clause's, not the claim's ('details that could expose the source')", () => {
  const certainty = (text: string) => byCue(claimsThroughPipeline(text), "said").certainty;
  assert.equal(certainty("Officials said the president shared details that could expose the source."), "certain");
  assert.equal(certainty("Officials said the president could expose the source."), "possible");
});
