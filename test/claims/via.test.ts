import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("'X, citing Y, said …' and '…, citing information from Y' give Y as via", () => {
  const text =
    "The newspaper, citing court records, said the mayor had been fined. The ship carried 40 tonnes of grain, according to the coast guard, citing information from the harbour master.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "The newspaper");
  assert.deepEqual(
    claims[0]?.via.map((v) => v.text),
    ["court records"],
  );
  assert.equal(claims[1]?.source?.text, "the coast guard");
  assert.deepEqual(
    claims[1]?.via.map((v) => v.text),
    ["the harbour master"],
  );
});

test("a trailing 'citing Y' is cut from the content and becomes via; chains run nearest first", () => {
  const text =
    "The senator said the plant will close next year, citing a report by the energy agency, which cited internal data.";
  const claim = byCue(claimsWith(text), "said");
  assert.equal(claim.content.text, "the plant will close next year");
  assert.deepEqual(
    claim.via.map((v) => v.text),
    ["the energy agency", "internal data"],
  );
});

test("'according to Y' inside X's claim is whom X relies on", () => {
  const claim = byCue(claimsWith("The minister said exports had fallen, according to customs data."), "said");
  assert.equal(claim.source?.text, "The minister");
  assert.deepEqual(
    claim.via.map((v) => v.text),
    ["customs data"],
  );
});

test("'citing' a reason is no via, though the content still ends before it", () => {
  const claim = byCue(claimsWith("The airline said it would cut flights, citing weak demand in Asia."), "said");
  assert.equal(claim.content.text, "it would cut flights");
  assert.deepEqual(claim.via, []);
});

test("an impression nobody is named for, then 'according to Y', is Y's claim ('P appears likely, according to Y')", () => {
  const claims = claimsThroughPipeline(
    "The mayor appears to have the best chance of winning the runoff, according to two recent polls.",
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.cue.text, "according to");
  assert.equal(claims[0]?.source?.text, "two recent polls");
  assert.equal(claims[0]?.content.text, "The mayor appears to have the best chance of winning the runoff");
});

test("'citing people familiar with the matter' after a postposed cue is one via, and the claim stands", () => {
  const claims = claimsThroughPipeline(
    "Federal agents are investigating an effort to impersonate the chief of staff, the Daily Ledger reported on Thursday, citing people familiar with the matter.",
  );
  const claim = claims.find((c) => c.cue.text === "reported");
  assert.ok(claim, "the claim is found");
  assert.equal(claim.via[0]?.text, "people familiar with the matter");
  assert.match(claim.content.text, /^Federal agents are investigating/);
});

test("'(Reuters) -U.S. agents are …': a bracketed agency and its dash before the content are a dateline", () => {
  const claims = claimsThroughPipeline(
    "(Reuters) -Federal agents are investigating an effort to impersonate the chief of staff, the Daily Ledger reported.",
  );
  assert.match(claims[0]?.content.text ?? "", /^Federal agents/);
});

test("'X was quoted by Y as saying': X speaks, through Y, with the quotation before or the clause after", () => {
  const before = claimsThroughPipeline(
    '"No one has been killed," the police chief was quoted by the news agency as saying.',
  );
  assert.equal(before.length, 1);
  assert.equal(before[0]?.source?.text, "the police chief");
  assert.deepEqual(
    before[0]?.via.map((v) => v.text),
    ["the news agency"],
  );
  assert.equal(before[0]?.content.text, '"No one has been killed,"');
  const after = claimsThroughPipeline("The minister was quoted by the agency as saying that the plan was dead.");
  assert.equal(after[0]?.source?.text, "The minister");
  assert.equal(after[0]?.content.text, "that the plan was dead");
});

test("a record cited after the saying is whom the source relies on, not a claim ('…, he said, citing the ship's manifest')", () => {
  const claims = claimsThroughPipeline("Twenty crew members remained on board, he said, citing the ship's manifest.");
  assert.deepEqual(
    claims.map((c) => c.cue.text),
    ["said"],
  );
  assert.deepEqual(
    claims[0]?.via.map((v) => v.text),
    ["the ship's manifest"],
  );
});

test("'P, X, a journalist who …, was quoted as saying by Y': X with the description speaks through Y; the clause before is P", () => {
  const claims = claimsThroughPipeline(
    "At least 40 people have died since the truce, Omar Farid, a reporter who has tracked the raids, was quoted as saying by The Guardian.",
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Omar Farid, a reporter who has tracked the raids");
  assert.equal(claims[0]?.content.text, "At least 40 people have died since the truce");
  assert.deepEqual(
    claims[0]?.via?.map((v) => v.text),
    ["The Guardian"],
  );
});

test("'X invited Y to invest, according to a court filing': a cue of no speech stays, and the filing reports it all", () => {
  const claims = claimsThroughPipeline(
    "In 2007, Manafort set up a company and invited the oligarch Oleg Deripaska to invest, according to a court filing.",
  );
  const according = byCue(claims, "according to");
  assert.equal(according.source?.text, "a court filing");
  assert.match(according.content.text, /^In 2007, Manafort set up a company and invited/);
  assert.equal(byCue(claims, "invited").source?.text, "Manafort");
});

test("'X said P, according to Y' still passes X's words on through Y, with no claim of Y's own", () => {
  const claims = claimsThroughPipeline("The president told her that it was not that simple, according to an aide.");
  assert.equal(
    claims.some((c) => c.cue.text === "according to"),
    false,
  );
  assert.deepEqual(
    byCue(claims, "told").via.map((v) => v.text),
    ["an aide"],
  );
});

test("'P, according to X, an anti-coup fighter from the village.': the description is the source's, P alone the content", () => {
  const claims = claimsThroughPipeline(
    "A jet dropped three bombs on the village, according to Ko Zaw Tun, an anti-coup fighter from the village. The firm earned $600 million, according to public filings, a huge sum for a firm that small.",
  );
  const [first, second] = claims.filter((c) => c.cue.text === "according to");
  assert.equal(first?.source?.text, "Ko Zaw Tun, an anti-coup fighter from the village");
  assert.equal(first?.content.text, "A jet dropped three bombs on the village");
  assert.equal(second?.source?.text, "public filings");
});

test("'X quoted Y as saying': Y speaks, through X, whether the words come after or before", () => {
  const text =
    '"No deal has been signed," the agency Tasnim quoted Reza Amiri as saying. Kyodo quoted a coast guard officer as saying two boats sank.';
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.via.map((v) => v.text), c.content.text]),
    [
      ["Reza Amiri", ["the agency Tasnim"], '"No deal has been signed,"'],
      ["a coast guard officer", ["Kyodo"], "two boats sank"],
    ],
  );
});

test("'cited X as Y' calls X something; X is no source cited", () => {
  const claims = claimsThroughPipeline("Mr. Hale cited Nordbank as the most likely buyer.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "Nordbank as the most likely buyer");
  assert.deepEqual(claims[0]?.via, []);
});

test("'X said P, news agencies reported': the agencies pass X's words on (via), with no claim of their own", () => {
  const claims = claimsThroughPipeline(
    "The border guards said on Monday that five intruders had been killed, Russian news agencies reported.",
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "The border guards");
  assert.deepEqual(
    claims[0]?.via.map((v) => v.text),
    ["Russian news agencies"],
  );
  // A report of the words alone stays the agencies' own claim.
  const own = claimsThroughPipeline("Five intruders were killed, Russian news agencies reported.");
  assert.equal(own[0]?.source?.text, "Russian news agencies");
});

test("'reported, citing an official, that P' and 'said, quoting witnesses, that P': the aside after the cue is the via, P the content", () => {
  const claims = claimsThroughPipeline(
    "Yonhap reported, citing an unnamed official, that the North had fired two missiles. The agency said, quoting witnesses, that the market was hit twice.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.via.map((v) => v.text), c.content.text]),
    [
      ["Yonhap", ["an unnamed official"], "that the North had fired two missiles"],
      ["The agency", ["witnesses"], "that the market was hit twice"],
    ],
  );
});

test("'According to X, which cited Y, P' and 'Citing Y, X reported P': Y is the via; 'Citing weak demand' names no source and no claim", () => {
  const according = claimsThroughPipeline(
    "According to Interfax, which cited a source in the ministry, the plant was hit.",
  );
  assert.equal(according[0]?.content.text, "the plant was hit");
  assert.deepEqual(
    according[0]?.via.map((v) => v.text),
    ["a source in the ministry"],
  );
  const fronted = claimsThroughPipeline(
    "Citing intelligence sources, the BBC reported that the commander had been killed.",
  );
  assert.deepEqual(
    fronted[0]?.via.map((v) => v.text),
    ["intelligence sources"],
  );
  const reason = claimsThroughPipeline("Citing weak demand, the company said it would cut jobs.");
  assert.deepEqual(
    reason.map((c) => [c.cue.text, c.via.length]),
    [["said", 0]],
  );
});

test("'According to X, Y said P' is Y's claim passed on through X; a relative clause on X may run long", () => {
  const claims = claimsThroughPipeline(
    "According to the newspaper's story, which was later confirmed by two other papers, current and former officials said that the president shared secrets.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "current and former officials");
  assert.deepEqual(
    said.via.map((v) => v.text),
    ["the newspaper's story"],
  );
  assert.equal(
    claims.some((c) => c.cue.text === "According to"),
    false,
  );
});

test("'X said P, the BBC says' passes X's words on through the BBC; a dateline's colon is no speaker relayed", () => {
  const said = byCue(
    claimsThroughPipeline("The defence ministry said the figure included many fighters, the BBC says."),
    "said",
  );
  assert.deepEqual(
    said.via.map((v) => v.text),
    ["the BBC"],
  );
});

test("a speech cue after the clause relays the statement that opens it, not a cue deep inside ('on the suspicion he would announce …, police said')", () => {
  const held = claimsThroughPipeline(
    "The candidate was confined to his home on Saturday on the suspicion he would declare the tally himself, police said.",
  );
  assert.equal(byCue(held, "said").source?.text, "police");
  const relayed = byCue(
    claimsThroughPipeline(
      "A militia official said the claims hid a bombing of a market that officials said killed at least 60 people, the rebel radio reported.",
    ),
    "said",
  );
  assert.deepEqual(
    relayed.via.map((v) => v.text),
    ["the rebel radio"],
  );
});

test("a noun claim opening what a later cue says is what the report is about, not passed on: 'X's claim that P had hurt Y, Z said'", () => {
  const claims = claimsThroughPipeline(
    "The coach's claim that the referee had been bribed had hurt the league, Ms. Aho said.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Ms. Aho");
  assert.equal(said.content.text, "The coach's claim that the referee had been bribed had hurt the league");
  const claim = byCue(claims, "claim");
  assert.deepEqual(claim.via ?? [], []);
});

test("'citing' a reason ending in -ment is no source cited: '…, she said, citing slow growth and unemployment' is her reason", () => {
  const claims = claimsThroughPipeline('"People are angry," the senator said, citing slow growth and unemployment.');
  const said = byCue(claims, "said");
  assert.deepEqual(said.via, []);
  const citing = byCue(claims, "citing");
  assert.equal(citing.source?.text, "the senator");
  assert.equal(citing.content.text, "slow growth and unemployment");
});
