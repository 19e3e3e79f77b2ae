import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("'calls X her home' names X; 'called her mother' names nobody", () => {
  const claims = claimsThroughPipeline(
    "The singer calls Lisbon her second home. The pilot called her mother on Sunday.",
  );
  assert.equal(claims.length, 1);
  assert.equal(byCue(claims, "calls").content.text, "Lisbon her second home");
});

test("'called her a liar' still takes 'her' as the one named", () => {
  const claims = claimsThroughPipeline("The senator called her a liar.");
  assert.equal(byCue(claims, "called").content.text, "her a liar");
});

test("a share of people before a bare verb is its subject ('40 percent support the plan'); 'the percent support' is not", () => {
  const claims = claimsThroughPipeline(
    "About 40 percent support the new tax. Officials cited the percent support figure.",
  );
  assert.equal(byCue(claims, "support").source?.text, "About 40 percent");
  assert.equal(claims.filter((c) => c.cue.text === "support").length, 1);
});
