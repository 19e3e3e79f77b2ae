import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("'X seems to P' and 'X appears ADJ' are impressions with no source; the subject is part of the content", () => {
  const claims = claimsThroughPipeline(
    "The ferry service seems to have stopped. Investors appeared nervous on Friday.",
  );
  const seems = byCue(claims, "seems");
  assert.equal(seems.source, null);
  assert.equal(seems.content.text, "The ferry service seems to have stopped");
  assert.equal(seems.certainty, "probable");
  assert.equal(byCue(claims, "appeared").content.text.startsWith("Investors appeared nervous"), true);
});

test("'it seems that P' reports the clause; a negated impression denies it once", () => {
  const claims = claimsThroughPipeline("It seems that the bridge will stay shut. The council does not seem to mind.");
  assert.equal(byCue(claims, "seems").content.text, "that the bridge will stay shut");
  const negated = claims.find((c) => c.cue.text.endsWith("seem"));
  assert.equal(negated?.polarity, "negative");
});

test("'appeared on television' and 'appeared at a rally' report nothing", () => {
  const claims = claimsThroughPipeline(
    "The coach appeared on television on Sunday. The singer appeared at a festival in Lyon.",
  );
  assert.equal(claims.length, 0);
});

test("an impression inside someone's statement is part of that statement", () => {
  const claims = claimsThroughPipeline("The mayor said the repairs seemed slow.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.cue.text, "said");
});

test("a cue inside an impression nobody holds still makes its claim ('appeared likely to rise because it said …')", () => {
  const text =
    "The death toll appeared likely to rise because the ministry said that more victims were under the rubble.";
  const said = byCue(claimsThroughPipeline(text), "said");
  assert.equal(said.source?.text, "the ministry");
  assert.equal(said.content.text, "that more victims were under the rubble");
});

test("a participle after an impression goes on with its subject: 'X seemed to mock the plan, saying …' is X's saying", () => {
  const claims = claimsThroughPipeline(
    'Mr. Varga seemed to mock the plan, saying at one point, "The answer is not a wall."',
  );
  const saying = byCue(claims, "saying");
  assert.equal(saying.source?.text, "Mr. Varga");
});
