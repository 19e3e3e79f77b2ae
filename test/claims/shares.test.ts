import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("'most of them said', 'two of us said': the share speaks for the group", () => {
  const claims = claimsThroughPipeline(
    "Most of them said the shifts were too long. Two of us said the ferry was late.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["Most of them", "Two of us"],
  );
});

test("a content may open with a hedged share ('said about half of the loans were bad')", () => {
  const claims = claimsThroughPipeline(
    "The bank said about half of the loans were bad. The office said half of the budget went to roads.",
  );
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.content.text, "about half of the loans were bad");
  assert.equal(byCue(claims.slice(1), "said").content.text, "half of the budget went to roads");
});

test("'said about the plan that …' still starts at 'that'", () => {
  const claims = claimsThroughPipeline("He said about the plan that it had failed.");
  assert.equal(byCue(claims, "said").content.text, "that it had failed");
});

test("a share alone as the subject speaks ('Most said', 'Many say', 'Some argue'); 'met some residents' does not", () => {
  const claims = claimsThroughPipeline(
    "Most said the ferry was late. Many say the port is unsafe. Some argue that fares are too high. The mayor met some residents.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.cue.text]),
    [
      ["Most", "said"],
      ["Many", "say"],
      ["Some", "argue"],
    ],
  );
});

test("'as many as 40' opens the reported clause like 'about 40' ('said as many as 40 people died')", () => {
  const claims = claimsThroughPipeline("Officials said as many as 40 people died in the flood.");
  assert.equal(claims[0]?.content.text, "as many as 40 people died in the flood");
});
