import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("a denial makes the claim negative, its content the denied proposition", () => {
  const claims = claimsWith(
    "The ministry denied that troops had crossed the border. The firm rejected claims that it had hidden losses.",
  );
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "denied").polarity, "negative");
  assert.equal(byCue(claims, "denied").content.text, "that troops had crossed the border");
  assert.equal(byCue(claims, "rejected").polarity, "negative");
  assert.equal(byCue(claims, "rejected").content.text, "that it had hidden losses");
});

test("'reject' with a plain object is no claim", () => {
  assert.deepEqual(claimsWith("The council rejected the proposal on Monday."), []);
});

test("absent evidence is negative: 'sees no signs that P', 'found no evidence of P'", () => {
  const claims = claimsWith(
    "The agency said it sees no signs that the reactor is leaking. Inspectors said they found no evidence of tampering.",
  );
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(c.polarity, "negative", c.content.text);
});

test("a negated main clause is negative; a negated relative clause is not", () => {
  const claims = claimsWith(
    "The club said the player did not train on Friday. The club said the fans, who had not been warned, left early.",
  );
  assert.equal(claims[0]?.polarity, "negative");
  assert.equal(claims[1]?.polarity, "positive");
});

test("negations that do not deny stay positive: 'would not hesitate to', 'not only … but'", () => {
  const claims = claimsWith(
    "The general said the army would not hesitate to respond. The mayor said the plan would not only cut costs but save lives.",
  );
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(c.polarity, "positive", c.content.text);
});

test("denying a negated content is positive again", () => {
  const claim = byCue(claimsWith("The company denied that it had never paid the fine."), "denied");
  assert.equal(claim.polarity, "positive");
});

test("a negated or refused cue reports nothing: 'did not say whether', 'declined to say', 'never confirmed'", () => {
  const text =
    "The minister did not say whether the talks had failed. The police declined to say who was arrested. The palace never confirmed the wedding.";
  assert.deepEqual(claimsWith(text), []);
});

test("a source that is nobody ('no one expected P', 'nobody said P') denies P; 'said no one was hurt' stays the content's", () => {
  const claims = claimsThroughPipeline(
    "No one expected the ferry to sink. Nobody said the port was safe. Officials said the road was open.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.polarity]),
    [
      ["No one", "negative"],
      ["Nobody", "negative"],
      ["Officials", "positive"],
    ],
  );
});

test("a bound on a count is no denial: 'no fewer than 12', 'not more than 20'", () => {
  const claims = claimsWith(
    "The clinic said it received no fewer than 12 bodies. A doctor said not more than 20 people were hurt.",
  );
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(c.polarity, "positive", c.content.text);
});

test("'rubbished', 'disputed', 'rebutted' a claim that P deny P; with a plain object they cue nothing", () => {
  const claims = claimsWith(
    "The ministry rubbished claims that its jets were downed. The army disputed reports that the town had fallen. The coach disputed the penalty.",
  );
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "rubbished").polarity, "negative");
  assert.equal(byCue(claims, "rubbished").content.text, "that its jets were downed");
  assert.equal(byCue(claims, "disputed").polarity, "negative");
});

test("'rejected the accusation' denies what was said before; 'rejected the proposal' is no claim", () => {
  const claims = claimsWith("The union rejected the accusation. The council rejected the proposal.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "the accusation");
  assert.equal(claims[0]?.polarity, "negative");
});

test("'No damage or casualties have been reported by X': the denied pair is the content, and the claim denies it", () => {
  const claims = claimsThroughPipeline("No damage or casualties have been reported by military authorities.");
  const reported = byCue(claims, "have been reported");
  assert.equal(reported.content.text, "No damage or casualties");
  assert.equal(reported.polarity, "negative");
});

test("'Authorities rejected the criticism': a denial that points back at criticism", () => {
  const claims = claimsThroughPipeline(
    "Authorities rejected the criticism and said the vote was completely free and fair.",
  );
  assert.equal(byCue(claims, "rejected").polarity, "negative");
  assert.equal(byCue(claims, "rejected").content.text, "the criticism");
});

test("'P, local sources told AFP, an allegation denied by the army': the army denies P, the sources' words", () => {
  const claims = claimsThroughPipeline(
    "Troops have killed 13 civilians in the village, local sources told AFP, an allegation denied by the army.",
  );
  const denied = byCue(claims, "denied");
  assert.equal(denied.source?.text, "the army");
  assert.equal(denied.polarity, "negative");
  assert.equal(denied.content.text, "Troops have killed 13 civilians in the village");
  assert.equal(byCue(claims, "told").content.text, "Troops have killed 13 civilians in the village");
});

test("'X said P, a claim Y denied': Y, the relative clause's subject, denies P, what X said (not that X said it)", () => {
  const claims = claimsThroughPipeline("Moscow said it had shot down 30 drones, a claim Kyiv denied.");
  const denied = byCue(claims, "denied");
  assert.equal(denied.source?.text, "Kyiv");
  assert.equal(denied.polarity, "negative");
  assert.equal(denied.content.text, "it had shot down 30 drones");
  const rejected = byCue(
    claimsThroughPipeline("The rebels said that troops shelled the clinic, an allegation which the army has rejected."),
    "has rejected",
  );
  assert.equal(rejected.source?.text, "the army");
  assert.equal(rejected.content.text, "troops shelled the clinic");
  const passive = byCue(
    claimsThroughPipeline("Kyiv said Russian troops shelled the hospital, an allegation denied by Moscow."),
    "denied",
  );
  assert.equal(passive.content.text, "Russian troops shelled the hospital");
});

test("'not to' after the main verb negates the infinitive, not the content: 'she asked them not to leave' is positive", () => {
  const claims = claimsWith(
    'The driver said, "She begged them not to burn the truck," before she fled. The nurse said the guards ordered her not to speak.',
  );
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(c.polarity, "positive", c.content.text);
});

test("a negation in a clause after 'but' does not deny the first clause ('had seen reports but did not have details')", () => {
  const claims = claimsWith(
    "The envoy told reporters that she had read the memo but did not have the figures. The envoy said the army did not fire but the police did.",
  );
  assert.deepEqual(
    claims.map((c) => c.polarity),
    ["positive", "negative"],
  );
});

test("a denial of results or figures as a whole, also under the source's own naming ('dismissed what he called the \"fake results\" of the vote')", () => {
  const claims = claimsWith('Rui Tavares on Friday dismissed what he called the "rigged results" of the runoff.');
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, 'what he called the "rigged results" of the runoff');
  assert.equal(claims[0]?.polarity, "negative");
});

test("a denied report's content is found past where it ran, a quoted verdict, 'about' and a missing 'that'", () => {
  const text =
    'The army on Thursday rejected as "false and baseless" reports in a section of the media that eight soldiers were killed. ' +
    "Moscow denied reports in the media about the deaths of its soldiers in Syria. " +
    "The ministry said the blast killed 13 soldiers, denying reports they died in an air strike.";
  const claims = claimsThroughPipeline(text);
  const denied = claims.filter((c) => c.polarity === "negative").map((c) => c.content.text);
  assert.deepEqual(denied, [
    "that eight soldiers were killed",
    "the deaths of its soldiers in Syria",
    "they died in an air strike",
  ]);
});

test("'that' and a verb after a denied noun open a relative clause, not what the report says", () => {
  const claims = claimsThroughPipeline("The army denied reports that appeared on Monday.");
  assert.equal(claims[0]?.content.text, "reports that appeared on Monday");
});

test("a denied report's content after a participle of saying or a second denied noun ('reports claiming that …', 'a report and the speculations about …')", () => {
  const text =
    "Ryabkov dismissed media reports claiming that the meeting had been suspended. " +
    "Baghaei dismissed a recent media report and the speculations about a proposal for direct talks. " +
    "Baghaei also rejected media speculations that the two leaders may meet next week.";
  const claims = claimsThroughPipeline(text);
  const denied = claims.filter((c) => c.polarity === "negative").map((c) => c.content.text);
  assert.deepEqual(denied, [
    "that the meeting had been suspended",
    "a proposal for direct talks",
    "that the two leaders may meet next week",
  ]);
  // The reports' own claim stays beside the denial.
  assert.ok(claims.some((c) => c.cue.text === "claiming" && c.source?.text === "media reports"));
});

test("a negation in a second verb phrase after 'and', or in a phrase after a preposition, does not deny the main clause", () => {
  const claims = claimsThroughPipeline(
    "The militants claimed they killed 13 soldiers and lost none of their fighters. The ministry said the dead were armed men with no connection to the army. The army said there were no casualties.",
  );
  assert.deepEqual(
    claims.map((c) => c.polarity),
    ["positive", "positive", "negative"],
  );
});

test("a content that calls its subject false or baseless denies it; 'were not false' affirms", () => {
  const claims = claimsThroughPipeline(
    '"Reports that rockets targeted ships are baseless," the official said. "The report of an attack on the ship is patently false," the command said. The ministry said the claims were not false.',
  );
  assert.deepEqual(
    claims.map((c) => c.polarity),
    ["negative", "negative", "positive"],
  );
});

test("a denied claim with its owner ('rejected Israel's claim of targeting a command centre', 'the rebels' claims that P') denies what the claim says", () => {
  const rejected = byCue(
    claimsThroughPipeline('Hamas rejected Israel\'s claim of targeting a command centre, slamming it as a "pretext."'),
    "rejected",
  );
  assert.equal(rejected.polarity, "negative");
  assert.equal(rejected.content.text, "targeting a command centre");
  const claims = claimsThroughPipeline("The army denied the rebels' claims that they took the town.");
  assert.equal(byCue(claims, "denied").content.text, "that they took the town");
  assert.equal(byCue(claims, "claims").source?.text, "the rebels'");
});

test("a word of falsity before the predicate's noun denies the subject ('are fake news', 'was a fabricated story')", () => {
  const polarity = (text: string) => byCue(claimsThroughPipeline(text), "said").polarity;
  assert.equal(
    polarity('"The stories about three tanks being captured are fake news," the spokesman said.'),
    "negative",
  );
  assert.equal(polarity("The minister said the report was a fabricated story."), "negative");
  assert.equal(polarity("He said the story was big news."), "positive");
});
