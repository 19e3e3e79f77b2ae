import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

const one = (text: string, content: string) =>
  claimsThroughPipeline(text).find((c) => c.content.text.includes(content));

test("'told X that contrary to reports, “no soldier was killed”': a fronted phrase and a quoted clause are still the content", () => {
  const claim = one(
    "A source at the barracks told the Courier that contrary to media reports, “no single soldier was killed in the raid”.",
    "no single soldier was killed",
  );
  assert.ok(claim, "the claim is found");
  assert.equal(claim.polarity, "negative");
  assert.match(claim.content.text, /^that contrary to media reports/);
});

test("a denied subject opens a reported clause ('said no soldier was killed')", () => {
  const claim = one("The governor said no soldier was killed in the attack.", "no soldier was killed");
  assert.equal(claim?.polarity, "negative");
});

test("'A source at the 14 Brigade, Ohafia told …': the place after the comma belongs to the source, which stays unnamed", () => {
  const claim = one(
    "A source at the 14 Brigade, Ohafia told reporters that the patrol had returned.",
    "patrol had returned",
  );
  assert.equal(claim?.source?.text, "A source at the 14 Brigade, Ohafia");
  assert.equal(claim?.source?.entity ?? null, null);
});

test("'A spokesman in Salem, Oregon said …': the town a spokesman sits in is not whom he speaks for", () => {
  const claim = one("A spokesman in Salem, Oregon said that the plant would close.", "plant would close");
  assert.equal(claim?.source?.text, "A spokesman in Salem, Oregon");
  assert.equal(claim?.source?.entity ?? null, null);
});

test("must not fire: 'In a speech in Toledo, Clinton said …' keeps Clinton as the source", () => {
  const claim = one("In a speech in Toledo, Clinton said that the plant would close.", "plant would close");
  assert.equal(claim?.source?.text, "Clinton");
});

test("'Similar demands were made in parliament': a noun read as a cue verb, with its own verb after it, reports nothing", () => {
  const claims = claimsThroughPipeline("Similar demands were made in the upper house on Tuesday.");
  assert.deepEqual(
    claims.map((c) => c.cue.text),
    [],
  );
});

test("'X scolded him: “Q,” she said': the quotation after the colon is the content, and 'she' is X", () => {
  const claims = claimsThroughPipeline(
    "Senator Claire Hoban scolded him: “The evidence is against you,” she said. “Stop it.”",
  );
  const said = claims.find((c) => c.cue.text === "said");
  assert.ok(said);
  assert.match(said.content.text, /^“The evidence is against you/);
  assert.ok(said.source?.entity, "she resolves to the senator");
});

test("'The lawyer alleged that …': a past form the tagger reads as an adjective is the cue verb before 'that' and a clause", () => {
  const claim = one("The lawyer alleged that officers had killed four villagers.", "officers had killed");
  assert.equal(claim?.cue.text, "alleged");
  assert.equal(claim?.source?.text, "The lawyer");
  assert.equal(claim?.certainty, "unverified");
});

test("'the writer, claiming to be a soldier, had alleged that …': an infinitive inside the insertion keeps the subject", () => {
  const claim = one(
    "In the letter posted from the capital, the anonymous writer, claiming to be a soldier, had alleged that officers had killed four villagers.",
    "officers had killed",
  );
  assert.equal(claim?.source?.text, "the anonymous writer");
});

test("must not fire: 'the alleged attack that …' stays an adjective", () => {
  const claims = claimsThroughPipeline("Police described the alleged attack that shook the town.");
  assert.equal(
    claims.some((c) => c.cue.text === "alleged"),
    false,
  );
});

test("'Moscow: Russia's ministry released …': a place before a colon opening the first paragraph is a dateline, not a speaker", () => {
  const claims = claimsThroughPipeline(
    "Drones down over the capital\n\nMoscow: The defence ministry released footage on Wednesday of a downed drone.",
  );
  assert.equal(
    claims.some((c) => c.cue.text === ":"),
    false,
  );
});

test("'at a briefing intended to show …': a past participle after a noun, after the sentence's own verb, is no cue", () => {
  const claims = claimsThroughPipeline(
    "The ministry released footage on Wednesday at a briefing intended to show that the drones came from the west.",
  );
  assert.equal(
    claims.some((c) => c.cue.text === "intended"),
    false,
  );
});

test("'which he said was a downed Chaklun-V drone …': a hyphen inside a word does not end the relative clause", () => {
  const claim = one(
    "Footage showed fragments of a device which he said was a downed Chaklun-V drone carrying explosives.",
    "Chaklun",
  );
  assert.match(claim?.content.text ?? "", /Chaklun-V drone carrying explosives/);
});

test("'said the attack on June 28 left two people dead and a dozen injured after …': a dated subject and 'left' open a whole clause", () => {
  const claim = one(
    "Officials said the attack on June 28 left two people dead and more than a dozen injured after a drone struck a building.",
    "the attack on June 28",
  );
  assert.match(claim?.content.text ?? "", /injured after a drone struck a building$/);
});

test("'said over 40 drones were shot down', 'said at least 12 died': a counted subject opens the content", () => {
  assert.ok(one("The ministry said over 40 drones were shot down overnight.", "40 drones"));
  assert.ok(one("The governor said at least 12 people died in the fire.", "12 people died"));
});

test("'said more than 50 soldiers died', 'said up to 300 people fled': a two-word bound opens the content, verb and all", () => {
  assert.equal(
    one("The army said more than 50 soldiers died.", "soldiers")?.content.text,
    "more than 50 soldiers died",
  );
  assert.equal(
    one("Officials said up to 300 people fled the town.", "people")?.content.text,
    "up to 300 people fled the town",
  );
});

test("'dismissed as blatant lie, media reports that …': the verdict first, then the denied reports, is a denial", () => {
  const claim = one(
    "The army has dismissed as blatant lie, media reports that six soldiers were killed at the base.",
    "six soldiers were killed",
  );
  assert.equal(claim?.cue.text, "has dismissed");
  assert.equal(claim?.polarity, "negative");
  assert.equal(claim?.source?.text, "The army");
});

test("'A highly placed source at the 14 Brigade, Ohafia told …': an adverbed participle stays in the source, which names nobody", () => {
  const claim = one(
    "A highly placed source at the 14 Brigade, Ohafu told the Courier that the patrol had returned.",
    "patrol had returned",
  );
  assert.equal(claim?.source?.text, "A highly placed source at the 14 Brigade, Ohafu");
  assert.equal(claim?.source?.entity ?? null, null);
});

test("a denied claim whose owner follows it ('denied claims by opposition websites that …') keeps the owner's claim", () => {
  const text = "The authorities denied claims by opposition websites that four people had been killed.";
  const claims = claimsThroughPipeline(text);
  const denial = byCue(claims, "denied");
  assert.equal(denial.content.text, "that four people had been killed");
  assert.equal(denial.polarity, "negative");
  const claim = byCue(claims, "claims");
  assert.equal(claim.source?.text, "opposition websites");
  assert.equal(claim.content.text, "that four people had been killed");
});
