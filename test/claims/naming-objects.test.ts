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

test("a share of a group is one object: 'called half of the council's members “cowards”'", () => {
  const claims = claimsThroughPipeline("The mayor called half of the council’s members “cowards.”");
  const called = byCue(claims, "called");
  assert.match(called.content.text, /^half of the council’s members “cowards/);
});

test("a share of a group with nothing said of it names nothing: 'called half of the games'", () => {
  const claims = claimsThroughPipeline("The umpire called half of the games in the season.");
  assert.deepEqual(claims, []);
});

test("what the thing is called may come before it: 'is describing as “reckless” a plan to …'", () => {
  const claims = claimsThroughPipeline("The governor is describing as “reckless” a plan to close the bridge.");
  const describing = byCue(claims, "is describing");
  assert.equal(describing.source?.text, "The governor");
  assert.match(describing.content.text, /^as “reckless” a plan to close the bridge/);
});

test("'described as' with nothing named after what it is called reports nothing of the subject's", () => {
  const claims = claimsThroughPipeline("The governor described as briefly as she could.");
  assert.equal(
    claims.some((c) => c.source?.text === "The governor"),
    false,
  );
  // A participle after its noun, with "as" and a phrase that runs on: nobody describes anything here.
  const seen = claimsThroughPipeline("People seen as likely troublemakers are often ushered out before the speech.");
  assert.deepEqual(seen, []);
});

test("a long object before the quotation of what it is called: 'called Ford's plans to open a plant “a disgrace”'", () => {
  const claims = claimsThroughPipeline(
    "The senator called the company’s plans to open a plant in Mexico “an absolute disgrace,” and left.",
  );
  const called = byCue(claims, "called");
  assert.equal(called.source?.text, "The senator");
  assert.match(called.content.text, /^the company’s plans to open a plant in Mexico “an absolute disgrace/);
});

test("a quotation after a clause of its own is not what the object is called ('called the office where the clerk said “no”')", () => {
  const claims = claimsThroughPipeline("He called the office where the clerk answered “no comment.”");
  assert.equal(
    claims.some((c) => c.cue.text === "called"),
    false,
  );
});

test("a denial verb with a verdict asserts the verdict ('rejected the results as fraudulent', 'rejected as \"fraudulent\" the results')", () => {
  const after = byCue(claimsThroughPipeline("Mahama rejected the results as fraudulent."), "rejected");
  assert.equal(after.content.text, "the results as fraudulent");
  assert.equal(after.polarity, "positive");
  const before = byCue(
    claimsThroughPipeline('Mahama rejected as "fraudulent" the results of the election.'),
    "rejected",
  );
  assert.equal(before.content.text, 'as "fraudulent" the results of the election');
  // Without a verdict, a denial verb needs a claim (or results, figures …) to deny.
  assert.equal(claimsThroughPipeline("Mahama rejected the election timetable.").length, 0);
  assert.equal(byCue(claimsThroughPipeline("Mahama rejected the election results."), "rejected").polarity, "negative");
});

test("'what X described as “…”' names X as the source of the description", () => {
  const claims = claimsThroughPipeline(
    'The fourth round was postponed for what the mediator Oman described as "logistical reasons".',
  );
  assert.equal(byCue(claims, "described").source?.text, "the mediator Oman");
});

test("'described X as Y' finds its 'as' after the verb's adjuncts ('described himself on his blog as …')", () => {
  const claims = claimsThroughPipeline(
    "Mr. Varga describes himself on his blog as a “tireless advocate for farmers.” One analyst described the gap in the polls to date as “a wide canyon.”",
  );
  assert.equal(byCue(claims, "describes").content.text, "himself on his blog as a “tireless advocate for farmers.”");
  assert.equal(byCue(claims, "described").content.text, "the gap in the polls to date as “a wide canyon.”");
});

test("'described X as' takes a participle, 'being' or an adverb before a quotation as what X is called", () => {
  const claims = claimsThroughPipeline(
    "The governor described the region as beset by droughts. The mayor described the budget as being “fully funded.” The chief described the marches as largely “very calm.”",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["the region as beset by droughts", "the budget as being “fully funded.”", "the marches as largely “very calm.”"],
  );
});

test("a gerund phrase may be what 'described … as' characterises ('described winning the race “as …”')", () => {
  const claims = claimsThroughPipeline("Ms. Okafor described winning the primary “as a long series of small steps.”");
  assert.equal(byCue(claims, "described").content.text, "winning the primary “as a long series of small steps.”");
});

test("'described X' with a clause or conjunction before any 'as' is no characterisation", () => {
  const claims = claimsThroughPipeline("She described the trip and went home as usual.");
  assert.equal(claims.length, 0);
});

test("'see X as Y' reads a long object: a participle after its noun, a possessed noun the tagger took for a verb", () => {
  const claims = claimsThroughPipeline(
    "Analysts see the elections held Sunday as a test of the junta. Critics see the mayor's push to close the depot as reckless.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["the elections held Sunday as a test of the junta", "the mayor's push to close the depot as reckless"],
  );
});

test("must not fire: a clause after 'as' is a conjunction of time, no name given ('described waking his family as their house shook')", () => {
  const claims = claimsThroughPipeline("A farmer described rousing his children as the walls shook hard.");
  assert.equal(
    claims.some((c) => c.content.text.endsWith("as their house")),
    false,
  );
  assert.equal(
    byCue(claimsThroughPipeline("He described the plan as a disaster."), "described").content.text,
    "the plan as a disaster",
  );
});

test("a phrase with a quotation after 'as' is still what the thing is called ('as a practical step “taken for …”')", () => {
  const claims = claimsThroughPipeline(
    "The minister described the pause as a practical step “taken for the sake of the wounded”.",
  );
  assert.equal(
    byCue(claims, "described").content.text,
    "the pause as a practical step “taken for the sake of the wounded”",
  );
});
