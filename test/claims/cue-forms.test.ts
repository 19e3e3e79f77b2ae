import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, speakerOf } from "./claims-of.js";

test("'…, records show.' is a cue after its content though the tagger reads 'show' as a noun", () => {
  const claims = claimsThroughPipeline("The council paid the contractor twice in 2019, court records show.");
  const show = byCue(claims, "show");
  assert.equal(show.source?.text, "court records");
  assert.equal(show.content.text, "The council paid the contractor twice in 2019");
});

test("a bare noun after a plural that is no record makes no cue ('…, the fireworks show.')", () => {
  const claims = claimsThroughPipeline("Thousands came for the concerts, the film screenings, the fireworks show.");
  assert.deepEqual(claims, []);
});

test("'as X put it, …' reports: the 'it' belongs to the cue", () => {
  const claims = claimsThroughPipeline("As one analyst put it, the budget is a wish list.");
  const put = byCue(claims, "put it");
  assert.equal(put.source?.text, "one analyst");
  assert.equal(put.content.text, "the budget is a wish list");
});

test("'having said that, …' still reports nothing", () => {
  const claims = claimsThroughPipeline("Having said that, the mayor left the room.");
  assert.deepEqual(claims, []);
});

test("a source after 'according to' that the tagger reads as a verb is still the source", () => {
  const records = claimsThroughPipeline(
    "The firm was registered in Delaware in 2012, according to state corporate records.",
  );
  assert.equal(byCue(records, "according to").source?.text, "state corporate records");
  const people = claimsThroughPipeline("The meeting turned into a shouting match, according to people in attendance.");
  assert.equal(byCue(people, "according to").source?.text, "people in attendance");
  const sources = claimsThroughPipeline("The deal would cost $2 billion a year, according to sources.");
  assert.equal(byCue(sources, "according to").source?.text, "sources");
});

test("'according to' with nothing that could head a source after it reports nothing", () => {
  const claims = claimsThroughPipeline("The vote went ahead, according to and despite the rules.");
  assert.equal(
    claims.some((c) => c.cue.text === "according to"),
    false,
  );
});

test("a cue that otherwise names what something is called reports a 'that' clause ('voters saw that …')", () => {
  const claims = claimsThroughPipeline("Suddenly, rural voters saw that the challenger could actually win.");
  const saw = byCue(claims, "saw");
  assert.equal(saw.source?.text, "rural voters");
  assert.equal(saw.content.text, "that the challenger could actually win");
});

test("'saw' with a plain object and nothing said of it reports nothing ('saw the film')", () => {
  const claims = claimsThroughPipeline("The senator saw the film last year.");
  assert.deepEqual(claims, []);
});

test("a participle after its noun is no cue when the sentence's verb follows ('Figures reported Sunday suggest that …')", () => {
  const claims = claimsThroughPipeline("Figures reported on Sunday now suggest that the mayor has the most money.");
  assert.equal(
    claims.some((c) => c.cue.text === "reported"),
    false,
  );
  const suggest = claims.find((c) => c.cue.text.endsWith("suggest"));
  assert.equal(suggest?.content.text, "that the mayor has the most money");
});

test("a finite cue after its subject still reports a clause ('Officials reported the plant closed')", () => {
  const claims = claimsThroughPipeline("Officials reported the plant closed last year.");
  assert.equal(byCue(claims, "reported").content.text, "the plant closed last year");
});

test("'added that, aside, clause' reports: the comma after 'that' opens an aside, not 'having said that,'", () => {
  const claims = claimsThroughPipeline("The coach added that, based on what he has seen, the referee has been fair.");
  assert.equal(byCue(claims, "added").content.text, "that, based on what he has seen, the referee has been fair");
});

test("'said that, and left' reports nothing: 'that' is the object", () => {
  const claims = claimsThroughPipeline("She said that, and left the room.");
  assert.deepEqual(claims, []);
});

test("an -s verb the tagger reads as a noun after a singular noun reports a 'that' clause ('the suit claims that …')", () => {
  const claims = claimsThroughPipeline(
    "Among other charges, the lawsuit claims that the senator made false statements.",
  );
  const claimsCue = byCue(claims, "claims");
  assert.equal(claimsCue.source?.text, "the lawsuit");
  assert.equal(claimsCue.content.text, "that the senator made false statements");
});

test("'warned against' is a cue with what it warns against as content", () => {
  const claims = claimsThroughPipeline("The central bank warned against cutting rates too early.");
  const warned = byCue(claims, "warned against");
  assert.equal(warned.source?.text, "The central bank");
  assert.equal(warned.content.text, "cutting rates too early");
});

test("'against' after a verb that is no cue makes no cue phrase ('sheltered against the wind')", () => {
  const claims = claimsThroughPipeline("The forecasters warned of a storm and sheltered against the wind.");
  assert.equal(
    claims.some((c) => c.cue.text.endsWith("against")),
    false,
  );
});

test("an object pronoun and the infinitive it is to do are the content ('Analysts expect it to raise rates')", () => {
  const claims = claimsThroughPipeline("Analysts expect it to raise rates by half a point.");
  assert.equal(byCue(claims, "expect").content.text, "it to raise rates by half a point");
});

test("an object pronoun with no infinitive after it reports nothing ('expect it by Friday')", () => {
  const claims = claimsThroughPipeline("Analysts expect it by Friday.");
  assert.deepEqual(claims, []);
});

test("a negated expectation is a claim that denies its content ('Analysts don't expect him to back …')", () => {
  const claims = claimsThroughPipeline("Most analysts don’t expect him to back the governor.");
  const expect = claims.find((c) => c.cue.text.endsWith("expect"));
  assert.equal(expect?.source?.text, "Most analysts");
  assert.equal(expect?.polarity, "negative");
});

test("'X is not expected to …' is nobody's named expectation about X, not X's own", () => {
  const claims = claimsThroughPipeline("The mayor is not expected to attend the ceremony.");
  const expected = claims.find((c) => c.cue.text.endsWith("expected"));
  assert.equal(expected?.source, null);
  assert.equal(expected?.polarity, "negative");
});

test("'responded with' takes what the source answered with as content", () => {
  const claims = claimsThroughPipeline("The governor has responded with attacks on the judge.");
  assert.equal(byCue(claims, "has responded with").content.text, "attacks on the judge");
});

test("'responded' with no 'with' and no clause reports nothing ('responded within a day')", () => {
  const claims = claimsThroughPipeline("The company responded within a day.");
  assert.deepEqual(claims, []);
});

test("'alleged' tagged as an adjective closes a quotation's sentence as its cue ('\"…,\" the 62-year-old alleged')", () => {
  for (const speaker of ["the veteran", "the 62-year-old"]) {
    const claim = byCue(claimsThroughPipeline(`"The vote was rigged," ${speaker} alleged.`), "alleged");
    assert.equal(claim.source?.text, speaker);
    assert.equal(claim.certainty, "unverified");
  }
  assert.equal(claimsThroughPipeline("The alleged fraud was denied.").length, 0);
});

test("-s forms the tagger reads as nouns cue after a comma before a name and before a gerund ('…, claims Pakistan', 'The army claims capturing …')", () => {
  const claims = claimsThroughPipeline("Two drones shot down, claims Moldova. The army claims capturing the bridge.");
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "Moldova");
  assert.equal(claims[0]?.content.text, "Two drones shot down");
  assert.equal(claims[1]?.content.text, "capturing the bridge");
  // "reflects core challenges confronting …": a noun after a verb stays a noun.
  assert.equal(claimsThroughPipeline("Public sentiment reflects core challenges confronting the economy.").length, 0);
});

test("'…, the official results of the election show.': a plural record heading the phrase before a closing bare verb is the source", () => {
  const claims = claimsThroughPipeline(
    "The president has been re-elected for a fourth term, the official results of the Wednesday election show.",
  );
  assert.equal(byCue(claims, "show").source?.text, "the official results of the Wednesday election");
  assert.equal(byCue(claims, "show").content.text, "The president has been re-elected for a fourth term");
});

test("a past tense the tagger reads as an adjective cues after the comma closing an insertion ('X of the party, commonly known as Y, alleged that …')", () => {
  const text =
    "Ana Vela of the Movement for Work and Progress, commonly known as Mota, alleged that her party's agents were kept out of polling stations.";
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.content.text]),
    [["alleged", "that her party's agents were kept out of polling stations"]],
  );
  assert.equal(speakerOf(text, "alleged"), "Ana Vela");
});

test("an -s form the tagger reads as a noun cues when a pronoun opens a clause after it ('Chad's military claims it hit …')", () => {
  const claims = claimsThroughPipeline(
    "Chad's military claims it hit a rebel arms depot but Sudan's health ministry says a clinic was struck.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.content.text]),
    [
      ["claims", "it hit a rebel arms depot"],
      ["says", "a clinic was struck"],
    ],
  );
});

test("an -s noun before a cue verb is the subject's noun, not a cue ('Media reports say …', 'News reports claim …')", () => {
  const claims = claimsThroughPipeline(
    "Media reports say 35 soldiers were killed. Local media reports claim the deal failed.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text]),
    [
      ["say", "Media reports"],
      ["claim", "Local media reports"],
    ],
  );
});

test("an -s cue the tagger read as a noun after a singular subject, before a name's clause or a quotation ('The government claims Galen runs …')", () => {
  const claims = claimsThroughPipeline(
    "The port authority claims Halvard runs a smuggling ring. The new ad claims “Berg is the safe choice.”",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["The port authority", "Halvard runs a smuggling ring"],
      ["The new ad", "“Berg is the safe choice.”"],
    ],
  );
});

test("'he's said' and 'she's told' are the perfect, not a passive; 'he's said to be' stays passive and an owner's 's is no cue", () => {
  const claims = claimsThroughPipeline(
    "He's said the levy is unfair. She’s told reporters the ferry will run. Berg’s repeated claim that the port was closed angered them. He's said to be unwell.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text ?? null, c.content.text]),
    [
      ["He", "the levy is unfair"],
      ["She", "the ferry will run"],
      [null, "He's said to be unwell"],
    ],
  );
});

test("a reported noun with what it is about opens the subject, no cue ('Media reports about … are fake, X told reporters')", () => {
  const claims = claimsThroughPipeline(
    "Media reports about a large number of soldiers killed in the attack are fake, Ivan Petrov told reporters on Wednesday.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text]),
    [["told", "Ivan Petrov"]],
  );
});

test("restating, clarifying and expecting verbs cue claims ('clarified that', 'reaffirmed that', 'anticipate that'); what a sign reads is its claim, what was read aloud none", () => {
  const claims = claimsThroughPipeline(
    "An aide later clarified that the minister had misspoken. The court reaffirmed that the ban was lawful. Analysts anticipate that rates will fall. “No war in our name,” read one banner.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["An aide", "that the minister had misspoken"],
      ["The court", "that the ban was lawful"],
      ["Analysts", "that rates will fall"],
      ["one banner", "“No war in our name,”"],
    ],
  );
  assert.deepEqual(
    claimsThroughPipeline("He read the letter aloud to the crowd. The note that was read aloud ran long."),
    [],
  );
});
