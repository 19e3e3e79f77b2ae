import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("'which X said was P' reports P up to the end of the relative clause", () => {
  const claims = claimsThroughPipeline("The audit, which the agency said was careless, found no fraud.");
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "the agency");
  assert.equal(said.content.text, "was careless");
});

test("'X said — aside — that P' skips the aside between dashes", () => {
  const claims = claimsThroughPipeline(
    "The mayor said \u2014 on the radio, as it happens \u2014 that the bridge will reopen.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.content.text, "that the bridge will reopen");
});

test("'which said P' (the relative is the speaker) is not a gap", () => {
  const claims = claimsThroughPipeline("The agency, which said the audit was careless, found no fraud.");
  const said = byCue(claims, "said");
  assert.equal(said.content.text.startsWith("the audit was careless"), true);
});

test("'who' after a noun of what someone gave is the giver after 'from' or 'by' ('criticism from lawmakers who said')", () => {
  const claims = claimsThroughPipeline(
    "The remark drew scrutiny from some who saw it as a dig at the military. The plan drew criticism from lawmakers who said it was illegal.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["some", "lawmakers"],
  );
});

test("'which X said killed N people' reports the bare verb phrase the gap leaves, at the sentence's end too", () => {
  const claims = claimsThroughPipeline(
    "The blast destroyed a market, which officials said killed 12 people. Police fired on the crowd, which witnesses said numbered in the thousands.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["officials", "killed 12 people"],
      ["witnesses", "numbered in the thousands"],
    ],
  );
});

test("the object of a cue in a relative clause is its host ('an assault that officials blamed on jihadists')", () => {
  const claims = claimsThroughPipeline(
    "A convoy was set on fire in a deadly assault that local officials blamed on jihadists, the latest escalation in a blockade that had eased in recent weeks.",
  );
  assert.equal(byCue(claims, "blamed").content.text, "a deadly assault that local officials blamed on jihadists");
});

test("a cue in a restrictive relative on the subject reports up to where the host's verb comes back: 'Nurses who said P walked out'", () => {
  const claims = claimsThroughPipeline("Nurses who said the ward had lost its funding walked out on Friday.");
  assert.equal(byCue(claims, "said").content.text, "the ward had lost its funding");
  const fired = claimsThroughPipeline("The clerk who said the vote would fail was dismissed.");
  assert.equal(byCue(fired, "said").content.text, "the vote would fail");
});

test("a restrictive relative's content keeps its own inner clause ('said the boat they saw was red') and a participle before 'by'", () => {
  const seen = claimsThroughPipeline("Divers who said the boat they saw was red were interviewed.");
  assert.equal(byCue(seen, "said").content.text, "the boat they saw was red");
  const by = claimsThroughPipeline("He met pilots who said the storm grounded 40 planes parked by the hangar.");
  assert.equal(byCue(by, "said").content.text, "the storm grounded 40 planes parked by the hangar");
});

test("a 'who' speaker inside an act's object speaks for themselves: 'offered a win to farmers who say the tax is unfair'", () => {
  const claims = claimsThroughPipeline("The council offered an easy win to farmers who say the new tax is unfair.");
  const say = byCue(claims, "say");
  assert.equal(say.source?.text, "farmers");
  assert.equal(say.content.text, "the new tax is unfair");
});

test("a 'who' speaker inside someone's speech stays part of that speech: 'X claimed he had a source who told him P'", () => {
  const claims = claimsThroughPipeline(
    "Mr. Lund claimed that he had a reliable source who told him the mine was unsafe.",
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Mr. Lund");
});

test("', who has said P' after a name is that person's claim even inside another claim's content", () => {
  const claims = claimsThroughPipeline(
    "Critics think the plan is weak and point to the governor, who has said she wants a smaller budget.",
  );
  const said = claims.find((c) => c.cue.text.endsWith("said"));
  assert.equal(said?.source?.text, "the governor");
  assert.equal(said?.content.text, "she wants a smaller budget");
});

test("a gerund after 'by' takes an object and is no modifier of the speaker: 'by slamming mayors who think P'", () => {
  const claims = claimsThroughPipeline("She opened the debate by slamming mayors who think the budget can wait.");
  assert.equal(byCue(claims, "think").source?.text, "mayors");
});
