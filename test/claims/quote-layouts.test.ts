import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("quotations opened with two apostrophes ('' …'') are quotations, and the next one goes on with the speaker", () => {
  const claims = claimsWith("''We will win the cup,'' the coach said. ''The team is ready for the final.''");
  assert.equal(claims.length, 2);
  assert.ok(claims.every((c) => c.source?.text === "the coach" && c.quote));
  assert.equal(claims[1]?.content.text, "''The team is ready for the final.''");
});

test("a participle after a quotation of two apostrophes with the comma inside (''a bluff,'' adding that …) goes on with the speaker", () => {
  const claims = claimsWith("The envoy called the offer ''a bluff,'' adding that the border would stay shut.");
  assert.equal(byCue(claims, "called").content.text, "the offer ''a bluff,''");
  const adding = byCue(claims, "adding");
  assert.equal(adding.source?.text, "The envoy");
  assert.equal(adding.content.text, "that the border would stay shut");
});

test("a run of quotations after an attributed one keeps the speaker", () => {
  const text =
    'Mara Holt said the deal was fair. "We gave up very little in the end." "The rest will follow next year."';
  const claims = claimsWith(text);
  assert.equal(claims.length, 3);
  assert.ok(claims.every((c) => c.source?.text === "Mara Holt"));
});

test("a source cut by the tokenizer inside a bracket ('Rep. Anna Lind (D-N.Y.) said') stays one phrase", () => {
  const claims = claimsWith("Rep. Anna Lind (D-N.Y.) said the bill would pass.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Rep. Anna Lind (D-N.Y.)");
  assert.equal(claims[0]?.content.text, "the bill would pass");
});

test("a quotation inside the insertion before the cue is not the content: 'X, citing “…,” said P'", () => {
  const claims = claimsWith("Jonas Weber, citing “the spirit of the law,” said the court had erred.");
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Jonas Weber");
  assert.equal(said.content.text, "the court had erred");
});

test("'said' with a noun phrase as its object reports nothing when the noun says nothing", () => {
  assert.deepEqual(claimsWith("The judge said a few words. The mayor said the same thing."), []);
});

test("an object pronoun is no speaker: 'groups that have endorsed him say …' is the groups' claim", () => {
  const claims = claimsWith("Groups that have endorsed him say they want a debate.");
  const say = byCue(claims, "say");
  assert.equal(say.source?.text, "Groups");
  assert.equal(say.content.text, "they want a debate");
});

test("'according to' reads a source phrase whose adverb the tagger left inside it", () => {
  const claims = claimsWith("The rate fell, according to the most recent data from the bank.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "the most recent data from the bank");
});

test("after '…, said X' a relative clause describes the source (part of its phrase); a semicolon ends the saying", () => {
  const claims = claimsWith(
    "The harbour will reopen in May, said Ines Moreau, who runs the port authority. Fares will rise, analysts say; in 2019, they fell.",
  );
  assert.equal(claims.length, 2);
  assert.equal(byCue(claims, "said").source?.text, "Ines Moreau, who runs the port authority");
  assert.equal(byCue(claims, "said").content.text, "The harbour will reopen in May");
  assert.equal(byCue(claims, "say").content.text, "Fares will rise");
});

test("a quotation split by its cue gives one attribution in two parts, sharing the cue", () => {
  const claims = claimsWith("\u201cThe bridge is safe,\u201d the engineer said, \u201cand it will open on time.\u201d");
  const said = claims.filter((c) => c.cue.text === "said");
  assert.deepEqual(
    said.map((c) => c.content.text),
    ["\u201cThe bridge is safe,\u201d", "\u201cand it will open on time.\u201d"],
  );
  assert.equal(said[1]?.source?.text, "the engineer");
});

test("no second part when the words after the cue are the writer's, not a quotation", () => {
  const claims = claimsWith("\u201cThe bridge is safe,\u201d the engineer said, and the crowd left.");
  assert.equal(claims.filter((c) => c.cue.text === "said").length, 1);
});

test("a wire dateline before the reported sentence is not part of the content", () => {
  const claims = claimsThroughPipeline(
    "OSLO, March 9 (NTB) — Ferry workers walked out on Monday, officials said.\n\nHELSINKI (Nordic Wire) -- The port was closed, the ministry said.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["Ferry workers walked out on Monday", "The port was closed"],
  );
});

test("must not fire: a content opening with an acronym and lower-case words keeps them", () => {
  const claims = claimsThroughPipeline("NATO troops will stay - for now, the minister said.");
  assert.equal(claims[0]?.content.text.startsWith("NATO troops"), true);
});

test("'“…,” X said when asked whether …': the question belongs to the occasion, the quotation is still X's", () => {
  const claims = claimsThroughPipeline('"Of course we will," Varga said when asked whether the port would reopen.');
  assert.equal(byCue(claims, "said").source?.text, "Varga");
  assert.equal(byCue(claims, "said").content.text, '"Of course we will,"');
});

test("'Citing “…,” X told Y that P': a quotation an opening participle takes is no fronted statement; P is the content", () => {
  const claims = claimsThroughPipeline(
    'Citing "duties at home," the spokeswoman told the radio that Lind plans to skip the summit.',
  );
  assert.equal(byCue(claims, "told").content.text, "that Lind plans to skip the summit");
});

test("a cue that opens the sentence takes its speaker after it and the quotation after the comma ('Said X, who …, “…”')", () => {
  const claims = claimsThroughPipeline(
    "Said Ruth Abara, who grew up on the same street, “We were all so proud of her.” But, said Tomas Ek, “Nobody saw it coming.”",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["Ruth Abara, who grew up on the same street", "“We were all so proud of her.”"],
      ["Tomas Ek", "“Nobody saw it coming.”"],
    ],
  );
});

test("'Said to be …' opening a sentence is no fronted cue", () => {
  assert.deepEqual(claimsThroughPipeline("Said to be the oldest oak in the county, the tree fell on Sunday."), []);
});

test("scare quotes inside the subject of a reported clause keep the clause whole ('said an \"Israeli enemy strike\" on the village killed three')", () => {
  const claims = claimsThroughPipeline(
    'The health ministry said an "Israeli enemy strike" on the border village killed three people.',
  );
  assert.equal(claims[0]?.content.text, 'an "Israeli enemy strike" on the border village killed three people');
});

test("a colon after the postposed cue ('“…,” he said, and then warned: “…”') opens the next claim, not this one's content", () => {
  const text = '"The harvest will be late," the farmer said at a market stall, and then warned: "Prices will climb."';
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "said").content.text, '"The harvest will be late,"');
  const warned = claims.find((c) => c.cue.text.endsWith("warned"));
  assert.equal(warned?.content.text, '"Prices will climb."');
  assert.equal(warned?.source?.text, "the farmer");
});

test("'P, she said at X, and then left': a coordinated act of the speaker's after the cue's comma is not part of P", () => {
  const claims = claimsThroughPipeline(
    "The bridge will reopen soon, the engineer said at the site, and then drove away.",
  );
  assert.equal(byCue(claims, "said").content.text, "The bridge will reopen soon");
});

test("a quotation ending in '!' before 'X said to <outlet>' is X's claim, the outlet its hearer", () => {
  const claims = claimsThroughPipeline('"We are back!" Lena Ortiz said to People.');
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Lena Ortiz");
  assert.equal(said.content.text, '"We are back!"');
});

test("'After X said that “…,” Y said: “…”': the colon after Y's cue opens Y's words; X's quotation is not relayed by Y", () => {
  const claims = claimsThroughPipeline(
    'After Ms. Varga said that the rules were "out of date," Mr. Pohl said: "I do not agree with her."',
  );
  const pohl = claims.find((c) => c.source?.text === "Mr. Pohl");
  assert.equal(pohl?.content.text, '"I do not agree with her."');
  const varga = claims.find((c) => c.source?.text === "Ms. Varga");
  assert.deepEqual(varga?.via ?? [], []);
});

test("a quoted title after a determiner is part of the subject ('the “Nightline” host wrote …'), not a quotation before the cue", () => {
  const claims = claimsThroughPipeline('Last week the "Nightline" host wrote that the show would end in May.');
  assert.equal(byCue(claims, "wrote").content.text, "that the show would end in May");
});

test("a participle after a relaying cue goes on with the relayer: 'X said P, the aide recalled, adding that …'", () => {
  const claims = claimsThroughPipeline(
    'Mr. Osei said the plan "would never work," the aide recalled, adding that nobody argued.',
  );
  const adding = byCue(claims, "adding");
  assert.equal(adding.source?.text, "the aide");
});

test("'Here is X in <time>: “…”' presents X as the speaker of the quotation after the colon", () => {
  const claims = claimsThroughPipeline('Here is Ms. Brandt in March 2004: "The canal will pay for itself."');
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Ms. Brandt");
  assert.equal(claims[0]?.content.text, '"The canal will pay for itself."');
});
