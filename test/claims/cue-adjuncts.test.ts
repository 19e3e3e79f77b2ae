import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a place phrase between the hearer and 'that' is skipped ('told reporters outside the station that …')", () => {
  const claims = claimsThroughPipeline(
    "The candidate told reporters outside a polling station in Leeds that turnout looked strong.",
  );
  assert.equal(byCue(claims, "told").content.text, "that turnout looked strong");
});

test("a place phrase with no 'that' after it is no reason to report: 'told stories outside the hall'", () => {
  const claims = claimsThroughPipeline("The veterans told jokes outside the hall for an hour.");
  assert.equal(
    claims.some((c) => c.cue.text === "told" && c.content.text.startsWith("that")),
    false,
  );
});

test("a clause right after 'in a statement' (and a time) is the content, with no 'that'", () => {
  const claims = claimsThroughPipeline(
    "The ferry company said in a statement on Thursday it would cancel the night crossings.",
  );
  assert.equal(byCue(claims, "said").content.text, "it would cancel the night crossings");
});

test("a phrase about the occasion with no clause after it reports nothing", () => {
  const claims = claimsThroughPipeline("The mayor spoke in an interview with the paper.");
  assert.deepEqual(claims, []);
});

test("an aside between commas after the cue is skipped up to 'that' or a quotation ('claimed, without providing evidence, that …')", () => {
  const claims = claimsThroughPipeline(
    "The army claimed, without providing evidence, that the depot stored rockets. The mayor acknowledged, however, “We were late.”",
  );
  assert.equal(byCue(claims, "claimed").content.text, "that the depot stored rockets");
  assert.equal(byCue(claims, "acknowledged").content.text, "“We were late.”");
});

test("an occasion with a time inside ('said during a Friday evening rally in Ohio that …') and a time phrase before a bare clause ('said after the vote he …')", () => {
  const claims = claimsThroughPipeline(
    "Mayor Lind said during a Friday evening rally in Ohio that the plant would stay open. Senator Mora said after the vote she would not resign.",
    "2016-10-03",
  );
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.content.text, "that the plant would stay open");
  assert.equal(claims[0]?.reportedAt?.value, "2016-09-30TEV");
  assert.equal(claims[1]?.content.text, "she would not resign");
});

test("a clause after 'said in an interview that' whose past-tense verb the tagger read as an adjective is still the content", () => {
  const claims = claimsThroughPipeline(
    "Ann Varga said in an oral history that farmers in the North particularly disliked Mr. Holm.",
  );
  assert.equal(byCue(claims, "said").content.text, "that farmers in the North particularly disliked Mr. Holm");
});

test("a time opened by a determiner before 'of' heads the content's subject, not when it was said ('said each year of education yields …')", () => {
  const claims = claimsThroughPipeline("Varga said each year of training yields a 4% rise in pay.");
  assert.equal(byCue(claims, "said").content.text, "each year of training yields a 4% rise in pay");
  assert.equal(byCue(claims, "said").reportedAt, null);
});

test("a preposition hyphened into a compound opens the content's subject ('said down-ballot races …', 'said off-duty soldiers …')", () => {
  const claims = claimsThroughPipeline(
    "Lind said down-river towns can also help feed the region. Officials said off-duty soldiers were killed.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["down-river towns can also help feed the region", "off-duty soldiers were killed"],
  );
});

test("a gerund with its object after the cue's preposition is the occasion ('said before attending the town hall that …', 'said in posing the question')", () => {
  const claims = claimsThroughPipeline(
    "Mara Quist said before attending the hearing that the agency had called her. Many farmers found it unfair, Ola Brun said in posing the question to the minister.",
  );
  assert.deepEqual(
    claims.filter((c) => c.cue.text === "said").map((c) => [c.source?.text, c.content.text]),
    [
      ["Mara Quist", "that the agency had called her"],
      ["Ola Brun", "Many farmers found it unfair"],
    ],
  );
});

test("'said in a statement the army would withdraw': the channel phrase ends at its noun, an article opens the content", () => {
  const claims = claimsThroughPipeline("The minister said in a statement the army would withdraw.");
  assert.equal(byCue(claims, "said").content.text, "the army would withdraw");
});

test("'said shortly after that …': a preposition with no object of its own is an adverb, and 'that' opens the content", () => {
  const claims = claimsThroughPipeline(
    'The coast guard said soon after that "about 40 boats were seen leaving the harbour" at dawn. The mayor said after that meeting that the plan was dead.',
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ['that "about 40 boats were seen leaving the harbour" at dawn', "that the plan was dead"],
  );
});

test("a clause about when or why it was said after a postposed cue and its hearer ends the tail ('…, X told his aides as he worked')", () => {
  const claims = claimsThroughPipeline(
    "This is not about me, Governor Hale told his aides as he worked on the speech. The ferry was late because the tide was low.",
  );
  assert.equal(claims.length, 1);
  assert.equal(byCue(claims, "told").content.text, "This is not about me");
});

test("an adverbial clause after a hearer is no content ('told his aides as he worked')", () => {
  assert.deepEqual(claimsThroughPipeline("Governor Hale told his aides as he worked."), []);
});

test("a prepositional aside with appositions of its own is skipped up to the quotation ('said, in reference to her son, a boy born in 2014, “…”')", () => {
  const claims = claimsThroughPipeline(
    "Mrs. Okafor said on Monday, in reference to her first son, a boy born in 2014, “He is going to be a big brother!”",
  );
  assert.equal(byCue(claims, "said").content.text, "“He is going to be a big brother!”");
});

test("after the hearer, a clause or phrase about the occasion is skipped up to 'that' ('told reporters before he left that …')", () => {
  const claims = claimsThroughPipeline(
    "Mr. Abara told reporters before he left the hall that the strike would end. She has told friends since the spring, at dinners and in private, that she is worried.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["that the strike would end", "that she is worried"],
  );
});
