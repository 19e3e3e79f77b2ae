import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { conflictsOf } from "./fixture.js";

const run = (text: string) => analyse({ text, published: "2021-06-01", title: null, url: null, source: null });

test("'The army dismissed media reports that six soldiers were killed': the media's report is a claim, and the two sides conflict", () => {
  const analysis = run(
    "The army has dismissed as blatant lie, media reports that six soldiers were killed at the base on Friday night.",
  );
  const army = analysis.claims.find((c) => c.polarity === "negative");
  const media = analysis.claims.find((c) => c.source?.text === "media");
  assert.ok(army && media, JSON.stringify(analysis.claims.map((c) => [c.source?.text, c.cue.text, c.polarity])));
  assert.equal(media.polarity, "positive");
  assert.equal(media.content.text, army.content.text);
  const conflict = analysis.conflicts.find((k) => k.claims.includes(army.id) && k.claims.includes(media.id));
  assert.equal(conflict?.kind, "polarity");
});

test("'X said P, a claim Y denied' and 'X said P, an allegation denied by Y': X and Y are two sides of P", () => {
  for (const text of [
    "Moscow said it had shot down 30 drones over the region, a claim Kyiv denied.",
    "Kyiv said Russian troops shelled the hospital in Kherson, an allegation denied by Moscow.",
  ]) {
    const analysis = run(text);
    assert.deepEqual(
      analysis.conflicts.map((k) => k.kind),
      ["polarity"],
      text,
    );
  }
});

test("must not fire: 'X said Y claimed P' is a report of a report, not two sides", () => {
  const analysis = run("The minister said the union claimed that six workers were fired on Friday.");
  assert.deepEqual(analysis.conflicts, []);
});

test("two claims of the same words conflict whichever of them the events layer linked the event to", () => {
  const text = "The army dismissed media reports that six soldiers were killed at the base.";
  const content = "that six soldiers were killed at the base";
  const army = { content, cue: "dismissed", source: null, sourceText: "The army", polarity: "negative" as const };
  const media = { content, cue: "reports", source: null, sourceText: "media", polarity: "positive" as const };
  for (const claims of [
    [
      { id: "c1", ...media },
      { id: "c2", ...army },
    ],
    [
      { id: "c1", ...army },
      { id: "c2", ...media },
    ],
  ]) {
    const { conflicts } = conflictsOf(text, { claims });
    assert.equal(conflicts[0]?.kind, "polarity", JSON.stringify(claims.map((c) => c.id + c.polarity)));
  }
});

test("a denial of a definite noun answers the claim before it: 'denied the attack', 'rejected the accusation'", () => {
  const conflicts = (text: string) => run(text).conflicts;
  const attack = conflicts("The rebels charged that the army had attacked their base. The army denied the attack.");
  assert.equal(attack.length, 1);
  assert.match(attack[0]?.note ?? "", /^The army denied “the attack”, while the rebels charged/);
  const accusation = conflicts(
    "The coast guard accused a fishing boat of ramming one of its ships. The fishermen's union rejected the accusation.",
  );
  assert.equal(accusation.length, 1);
  // Must not fire: the same source, or a rejection of something nobody claimed.
  assert.equal(conflicts("The army said it had attacked the base. The army later denied the attack.").length, 0);
  assert.equal(conflicts("The mayor said the budget was final. The council rejected the proposal.").length, 0);
});

test("a headline's speaker after a colon meets the claim it denies; the note says 'said' for the colon", () => {
  const conflicts = run(
    "Mosul did not fall to the rebels: Iraq\n\nThe rebels claimed they took over Mosul on Monday.",
  ).conflicts;
  assert.equal(conflicts.length, 1);
  assert.match(conflicts[0]?.note ?? "", /^Iraq said “Mosul did not fall to the rebels”/);
});

test("'disputed that toll' answers the figure another source gave just before it", () => {
  const doc = analyse({
    text:
      "The Civil Defence had earlier said that 40 people were killed in the strike on Tuesday. " +
      "The Israeli military disputed that toll, saying it had used precise munitions.",
    published: "2024-09-10",
    title: null,
    url: null,
    source: null,
  });
  const disputed = doc.claims.find((c) => c.cue.text === "disputed");
  const said = doc.claims.find((c) => c.cue.text === "had earlier said");
  assert.equal(disputed?.polarity, "negative");
  assert.ok(
    disputed && said && doc.conflicts.some((c) => c.claims.includes(disputed.id) && c.claims.includes(said.id)),
    JSON.stringify(doc.conflicts),
  );
});

test("'But X rejected the numbers' answers the figures another source gave just before", () => {
  const doc = run(
    "The election board said that Mensah had won 52.3 percent of the vote. But Owusu rejected the numbers.",
  );
  const rejected = doc.claims.find((c) => c.cue.text === "rejected");
  const said = doc.claims.find((c) => c.cue.text === "said");
  assert.equal(rejected?.polarity, "negative");
  assert.ok(
    rejected && said && doc.conflicts.some((c) => c.claims.includes(rejected.id) && c.claims.includes(said.id)),
    JSON.stringify(doc.conflicts),
  );
});

test("a denial of deaths meets a report of killings: 'denied the deaths of its soldiers' against 'soldiers were killed'", () => {
  const analysis = run(
    "Moscow denied reports in the media about the deaths of Russian soldiers in Syria. Media reports say 35 Russian soldiers were killed in a suicide bombing in southern Syria.",
  );
  const denial = analysis.claims.find((c) => c.polarity === "negative");
  const media = analysis.claims.find((c) => c.source?.text === "Media reports");
  assert.equal(denial?.content.text, "the deaths of Russian soldiers in Syria");
  assert.ok(denial && media);
  assert.ok(analysis.conflicts.some((k) => k.claims.includes(denial.id) && k.claims.includes(media.id)));
});

test("must not fire: a denied killing with a named killer says nothing of deaths another source reports", () => {
  const analysis = run(
    "The army denied that its troops killed the villagers near Goma. Residents said 12 villagers died near Goma in floods.",
  );
  assert.deepEqual(analysis.conflicts, []);
});

test("a denied killing and deaths another source reports meet through the same count of the same people", () => {
  const analysis = run(
    "The army has denied reports that two soldiers were killed during the operation. But a source in the community said that two soldiers lost their lives during an exchange of fire.",
  );
  assert.equal(analysis.conflicts.length, 1);
  assert.equal(analysis.conflicts[0]?.kind, "polarity");
});

test("a denial that names with 'the' what another source's report names answers that report ('denied that its forces had targeted the warship')", () => {
  const analysis = run(
    "Two missiles targeted a US warship off the coast of Yemen on Sunday, a Pentagon spokesman said. But the Houthis denied on Monday that their forces had targeted the warship.",
  );
  assert.deepEqual(
    analysis.conflicts.map((k) => k.kind),
    ["polarity"],
  );
});

test("must not fire: a denial about another thing of the same kind ('denied that they had targeted the hospital')", () => {
  const analysis = run(
    "Two missiles targeted a US warship off the coast of Yemen on Sunday, a Pentagon spokesman said. But the Houthis denied on Monday that their forces had targeted the hospital.",
  );
  assert.deepEqual(analysis.conflicts, []);
});

test("a quotation mark inside an event's phrase leaves the phrase ('did not completely \"fall\" to M23'), so the denial meets the rebels' claim", () => {
  const analysis = run(
    'The city of Goma "did not completely fall" to M23 rebels, the government said on Monday. Early Monday, M23 rebels claimed they took over Goma.',
  );
  assert.deepEqual(
    analysis.conflicts.map((k) => k.kind),
    ["polarity"],
  );
});

test("a denial of 'the accusation' answers the blame laid just before it, not an earlier statement", () => {
  const conflicts = run(
    "The government said it struck camps used by militants. Tensions soared after the attack, which the government has blamed its neighbour for backing. The neighbour has denied the accusation.",
  ).conflicts;
  assert.equal(conflicts.length, 1);
  assert.match(conflicts[0]?.note ?? "", /^The neighbour has denied “the accusation”, while the government has blamed/);
});

test("must not fire: a denial of what happened to one target in an attack does not deny the attack ('targeted in the enemy attack')", () => {
  const conflicts = run(
    "The state agency said the country was ready to answer the enemy attack. A spokesman for the refinery, Reza Tavan, rejected rumors that the plant had been targeted in the enemy attack.",
  ).conflicts;
  assert.equal(conflicts.length, 0);
});

test("a denial of a named report meets the claim that came through that report ('the Post report that P is false')", () => {
  const conflicts = run(
    "Officials say the Daily Ledger report that the president revealed secret plans to foreign envoys is false. According to the Daily Ledger story, former aides said that the president talked about secret plans at a dinner.",
  ).conflicts;
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
});

test("'…, a claim that Y reject' after a fronted phrase answers the accusation itself ('Besides …, X accuses Y of P, a claim that Y reject')", () => {
  const conflicts = run(
    "Besides failing to return the hostages, the army accuses the militia of targeting its troops in the north, a claim that the militia's fighters reject.",
  ).conflicts;
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
});

test("must not fire: a denial after the clause passes no words on ('Kyiv said P, an allegation Moscow denied')", () => {
  const claims = run("Kyiv said Russian troops shelled the hospital, an allegation Moscow denied.").claims;
  assert.deepEqual(claims.find((c) => c.cue.text === "said")?.via, []);
});
