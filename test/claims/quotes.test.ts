import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("a direct quote with the speaker after it: '\"…,\" the minister said'", () => {
  const text = "\u201cWe will not raise taxes this year,\u201d the finance minister said.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "the finance minister");
  assert.equal(claims[0]?.content.text, "\u201cWe will not raise taxes this year,\u201d");
  assert.equal(claims[0]?.quote, true);
});

test("straight quotes pair as well as curly ones, and the speaker may come first", () => {
  const text = 'Ms Okafor said: "The port is open again."';
  const claim = byCue(claimsWith(text), "said");
  assert.equal(claim.source?.text, "Ms Okafor");
  assert.equal(claim.content.text, '"The port is open again."');
  assert.equal(claim.quote, true);
});

test("a quote of several sentences is one content", () => {
  const text =
    "The captain said: \u201cThe engine failed. We drifted for hours. Nobody was hurt.\u201d Rescue boats arrived at dawn.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "\u201cThe engine failed. We drifted for hours. Nobody was hurt.\u201d");
});

test("a mixed quote keeps paraphrase and quotation together and counts as a quote when mostly quoted", () => {
  const text = "The union said the offer was \u201can insult to every nurse in the country and their patients\u201d.";
  const claim = byCue(claimsWith(text), "said");
  assert.equal(
    claim.content.text,
    "the offer was \u201can insult to every nurse in the country and their patients\u201d",
  );
  assert.equal(claim.quote, true);
});

test("a scare quote of two words does not make a paraphrase a quote", () => {
  const claim = byCue(claimsWith('The regulator said it found "no evidence" that the bank had broken rules.'), "said");
  assert.equal(claim.quote, false);
});

test("a whole-sentence quote followed by 'She added:' is hers", () => {
  const text = "\u201cThe river has never been this low.\u201d She added: the dams would release water on Monday.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  const quote = claims.find((c) => c.quote);
  assert.equal(quote?.content.text, "\u201cThe river has never been this low.\u201d");
  assert.equal(quote?.source?.text, "She");
  assert.equal(quote?.cue.text, "added");
  const added = claims.find((c) => !c.quote);
  assert.equal(added?.content.text, "the dams would release water on Monday");
});

test("a quote that goes on after the speaker's sentence keeps the speaker and the cue", () => {
  const text = "\u201cWe were lucky,\u201d the pilot said. \u201cThe second engine could have failed too.\u201d";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[1]?.source?.text, "the pilot");
  assert.equal(claims[1]?.cue.start, claims[0]?.cue.start);
  assert.equal(claims[1]?.certainty, "possible");
});

test("a whole-sentence quote with no speaker anywhere near is a claim with a null source", () => {
  const text = "The hall was silent.\n\n\u201cThis is the end of an era for the town.\u201d\n\nThe vote is on Sunday.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source, null);
  assert.equal(claims[0]?.quote, true);
});

test("short quoted phrases and titles are not claims, and 'said' inside a title does not fire", () => {
  const text =
    "She starred in the film 'Who Said It' and the play \u201cThe Said Company\u201d. Critics loved the \u201cbold\u201d staging.";
  assert.deepEqual(claimsWith(text), []);
});

test("two apostrophes serve as quotation marks (''…'')", () => {
  const text = "''We are in a bubble,'' the investor said.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "the investor");
  assert.equal(claims[0]?.content.text, "''We are in a bubble,''");
  assert.equal(claims[0]?.quote, true);
});

test("a possessive apostrophe is no quotation mark", () => {
  const claims = claimsWith("The soldiers' families said they had not been told.");
  assert.equal(claims[0]?.source?.text, "The soldiers' families");
  assert.equal(claims[0]?.quote, false);
});

test("a colon before a quotation gives it to the sentence's subject", () => {
  const text = 'The coach summed up the season: "We lost the games that mattered."';
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.cue.text, ":");
  assert.equal(claims[0]?.source?.text, "The coach");
  assert.equal(claims[0]?.content.text, '"We lost the games that mattered."');
});

test('a quote just before a quote with its speaker after it is the same speaker\'s ("A." "B," she said)', () => {
  const text =
    "The mayor spoke first. \u201cWe will rebuild the bridge.\u201d \u201cIt is a matter of months,\u201d the engineer said.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.content.text, "\u201cWe will rebuild the bridge.\u201d");
  assert.equal(claims[0]?.source?.text, "the engineer");
  assert.equal(claims[1]?.source?.text, "the engineer");
});

test("a closing mark that opens a paragraph opens the quotation there ('” … what I learned …,” he said')", () => {
  const text =
    "The senator spoke at length.\n\n” … what I learned is that when you start calling these groups terrorists, it backfires,” he said.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "he");
  assert.equal(claims[0]?.quote, true);
});

test("must not fire: a closing mark inside a paragraph still closes its quotation", () => {
  const text = "“The talks failed,” she said.\n\nThe minister left.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "“The talks failed,”");
});

test("a quotation in doubled apostrophes running over two sentences goes on from the speaker before it", () => {
  const text =
    "''This isn't reform,'' said Douglas Holtz-Eakin, an economist. ''It's anti-reform. She's layering on more complexity.''\n\nThe plan passed.";
  const claims = claimsThroughPipeline(text);
  const quote = claims.find((c) => c.content.text.startsWith("''It's anti-reform."));
  assert.equal(quote?.content.text, "''It's anti-reform. She's layering on more complexity.''");
  assert.equal(quote?.source?.text, "Douglas Holtz-Eakin, an economist");
});

test("a quotation after a sentence goes on from its last speaker of words, not from an estimate after it", () => {
  const claims = claimsThroughPipeline(
    "“Labels are for soup cans,” the former governor told a crowd that the campaign estimated at 3,000 people. “The presidency is a serious job that needs sound judgment.”",
  );
  const quote = claims.find((c) => c.content.text.startsWith("“The presidency"));
  assert.equal(quote?.source?.text, "the former governor");
});
