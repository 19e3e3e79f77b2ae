import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("the subject of 'tended to' holds the stance after it ('Rural voters tended to support Smith')", () => {
  const claims = claimsThroughPipeline("Rural voters tended to support Smith in the runoff.");
  const support = byCue(claims, "support");
  assert.equal(support.source?.text, "Rural voters");
  assert.match(support.content.text, /^Smith/);
});

test("'was quick to point out that …' reports the subject's words", () => {
  const claims = claimsThroughPipeline("The mayor was quick to point out that crime fell last year.");
  const claim = claims.find((c) => c.content.text === "that crime fell last year");
  assert.equal(claim?.source?.text, "The mayor");
});

test("'went so far as to say' and 'are more likely to say' report the subject's words", () => {
  const far = claimsThroughPipeline("The columnist went so far as to say the party is finished.");
  assert.equal(byCue(far, "say").source?.text, "The columnist");
  const likely = claimsThroughPipeline("Younger voters are more likely to say the economy is improving.");
  assert.equal(byCue(likely, "say").source?.text, "Younger voters");
});

test("no catenative source for someone else's doing: an object before 'to', a passive, a mere willingness", () => {
  // The mayor urges; the voters do not yet support anything.
  const urged = claimsThroughPipeline("The mayor urged voters to support the levy.");
  assert.equal(
    urged.some((c) => c.cue.text === "support"),
    false,
  );
  const expected = claimsThroughPipeline("The senator was expected to endorse the governor.");
  assert.equal(
    expected.some((c) => c.cue.text === "endorse"),
    false,
  );
  const willing = claimsThroughPipeline("The union was willing to endorse the governor.");
  assert.equal(
    willing.some((c) => c.cue.text === "endorse"),
    false,
  );
  // A participle after a noun describes it: "the delegates needed to assure her of the nomination".
  const needed = claimsThroughPipeline("She is closing in on the delegates needed to assure her of the nomination.");
  assert.equal(
    needed.some((c) => c.cue.text === "assure"),
    false,
  );
});

test("the subject of a purpose host does what the infinitive after its object says ('used her speech to call for …')", () => {
  const used = claimsThroughPipeline("The senator used her speech to call for a new inquiry.");
  assert.equal(byCue(used, "call for").source?.text, "The senator");
  const came = claimsThroughPipeline("The economist will come on the program to talk about the budget.");
  assert.equal(byCue(came, "talk about").source?.text, "The economist");
});

test("whoever cites evidence argues with it, past a long object ('cited the 2019 report by the UN agency to argue')", () => {
  const cited = claimsThroughPipeline(
    "The minister cited the 2019 report by the United Nations refugee agency to argue that the camps were full.",
  );
  assert.equal(byCue(cited, "argue").source?.text, "The minister");
  assert.equal(byCue(cited, "argue").content.text, "that the camps were full");
});

test("a verb that hands the doing to its object is no purpose host ('sent troops to fight', 'paid people to say')", () => {
  const sent = claimsThroughPipeline("The council paid consultants to praise the plan.");
  assert.equal(
    sent.some((c) => c.cue.text === "praise"),
    false,
  );
});
