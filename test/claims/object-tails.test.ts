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
