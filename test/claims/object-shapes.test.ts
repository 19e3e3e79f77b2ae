import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a gerund is an object ('called for closing the port')", () => {
  const claims = claimsThroughPipeline("The mayor called for closing the port to cruise ships.");
  assert.equal(byCue(claims, "called for").content.text, "closing the port to cruise ships");
});

test("an object phrase may hold a quotation of several words", () => {
  const claims = claimsThroughPipeline("She backs a \u201cfree transit for all\u201d plan for the city.");
  assert.equal(byCue(claims, "backs").content.text, "a \u201cfree transit for all\u201d plan for the city");
});

test("a quoted single word inside an object phrase is a scare quote: no claim", () => {
  const claims = claimsThroughPipeline("Critics loved the \u201cbold\u201d staging.");
  assert.equal(
    claims.some((c) => c.cue.text === "loved"),
    false,
  );
});

test("'called X, an apposition, Y' and 'which X called Y' name what the source calls it", () => {
  const claims = claimsThroughPipeline(
    "The senator called Ms. Reyes, her rival in the race, a \u201creckless spender.\u201d The council passed a budget, which the mayor called \u201ca disgrace.\u201d",
  );
  const called = claims.filter((c) => c.cue.text === "called");
  assert.equal(called.length, 2);
  assert.equal(called[0]?.source?.text, "The senator");
  assert.match(called[0]?.content.text ?? "", /reckless spender/);
  assert.equal(called[1]?.source?.text, "the mayor");
  assert.match(called[1]?.content.text ?? "", /a disgrace/);
});

test("'called him on Friday' and 'called the office' name nothing", () => {
  const claims = claimsThroughPipeline("The minister called him on Friday. She called the office, then left.");
  assert.equal(
    claims.some((c) => c.cue.text === "called"),
    false,
  );
});

test("'sees X as' takes a participle after 'as'", () => {
  const claims = claimsThroughPipeline("The governor sees the new tax as hurting small farms.");
  assert.equal(byCue(claims, "sees").content.text, "the new tax as hurting small farms");
});

test("after a plural, a verb the tagger may call a noun takes a bare object ('Republicans support deportation')", () => {
  const claims = claimsThroughPipeline("Most farmers oppose the plan, but many Republicans support deportation.");
  assert.equal(byCue(claims, "support").content.text, "deportation");
});

test("an -ing noun after a determiner and before 'of' heads an object ('called for a redoubling of efforts')", () => {
  const claims = claimsThroughPipeline("The mayor called for a redoubling of efforts to clean the river.");
  assert.equal(byCue(claims, "called for").content.text, "a redoubling of efforts to clean the river");
});

test("an -ing verb with its own object is no noun ('called for cutting taxes' stays a gerund object)", () => {
  const claims = claimsThroughPipeline("The mayor called for cutting taxes on small shops.");
  assert.equal(byCue(claims, "called for").content.text, "cutting taxes on small shops");
});

test("the hearer of 'told' ends where the clause told begins, without 'that' ('told CNN the location had been shared')", () => {
  const cases: [string, string][] = [
    [
      "The chief executive told CNN the location of the clinic had been shared with the army.",
      "the location of the clinic had been shared with the army",
    ],
    ["Torbay told reporters his team had won.", "his team had won"],
    ["Torbay told the crowd the plan was dead.", "the plan was dead"],
  ];
  for (const [text, content] of cases) assert.equal(byCue(claimsThroughPipeline(text), "told").content.text, content);
});

test("'claimed' takes a plain object as what is claimed, across a time ('claimed on Monday control of the port')", () => {
  const claims = claimsThroughPipeline(
    "The militia claimed on Monday control of the port. The group claimed responsibility for the blast.",
  );
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.content.text, "control of the port");
  assert.equal(claims[0]?.certainty, "unverified");
  assert.equal(claims[1]?.content.text, "responsibility for the blast");
});

test("'noted' and 'recalled' take a plain object as what is noted ('the senator recalled her years as a judge')", () => {
  const claims = claimsThroughPipeline(
    "In her memoir, the senator noted the clot's existence. She recalled her years as a judge.",
  );
  assert.equal(byCue(claims, "noted").content.text, "the clot's existence");
  assert.equal(byCue(claims, "recalled").content.text, "her years as a judge");
});

test("'stressed', 'explained', 'stated' and 'insisted' take a plain object too ('stressed the importance of the talks')", () => {
  const claims = claimsThroughPipeline(
    "The envoy stressed the importance of the talks. The minister explained the decision to halt exports.",
  );
  assert.equal(byCue(claims, "stressed").content.text, "the importance of the talks");
  assert.equal(byCue(claims, "explained").content.text, "the decision to halt exports");
});

test("'Police reported no arrests': an absence reported is a denied claim; 'showed no sign of backing down' reports nothing", () => {
  const claims = claimsThroughPipeline(
    "Police reported no arrests late Monday. The senator showed no sign of backing down.",
  );
  assert.equal(byCue(claims, "reported").content.text, "no arrests late Monday");
  assert.equal(byCue(claims, "reported").polarity, "negative");
  assert.equal(
    claims.some((c) => c.cue.text === "showed"),
    false,
  );
});

test("a subject carrying two times one after another still makes a clause ('his speech on Monday last week amounted to …')", () => {
  const claims = claimsThroughPipeline(
    "China said Lai's inaugural speech on Monday last week amounted to calls for independence.",
    "2024-05-27",
  );
  assert.equal(
    byCue(claims, "said").content.text,
    "Lai's inaugural speech on Monday last week amounted to calls for independence",
  );
});

test("'put X at N' gives an estimate: 'police put the crowd at 30,000'; 'put the book on the table' is none", () => {
  const claims = claimsThroughPipeline(
    "Police estimates put the demonstrators' numbers at just 30,000. The ministry put the number of dead at more than 40. He put the book on the table.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text, c.certainty]),
    [
      ["Police estimates", "the demonstrators' numbers at just 30,000", "probable"],
      ["The ministry", "the number of dead at more than 40", "probable"],
    ],
  );
});

test("an object pronoun and what it is seen doing is an object content ('a video shows her clutching her phone')", () => {
  const claims = claimsThroughPipeline(
    "A video of the arrest shows her clutching her phone. New polls show him leading the race.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["her clutching her phone", "him leading the race"],
  );
});

test("a poll or an audit that finds may find an object ('a survey found 90 percent support'); people who find a body report nothing", () => {
  const claims = claimsThroughPipeline(
    "A recent city survey found 90 percent support for the levy. A poll released Friday found the mayor leading by 15 points. Divers found the wreck of a barge near the pier. The study found its way into the local paper.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["A recent city survey", "90 percent support for the levy"],
      ["A poll released Friday", "the mayor leading by 15 points"],
    ],
  );
});

test("a participle's phrase between commas inside the reported clause's subject keeps the clause ('a delegation, led by X, the deputy chief, would …')", () => {
  const claims = claimsThroughPipeline(
    "Officials said a delegation, led by Khalil Hayya, the group's deputy chief, would attend the talks.",
  );
  assert.equal(
    byCue(claims, "said").content.text,
    "a delegation, led by Khalil Hayya, the group's deputy chief, would attend the talks",
  );
});

test("a long object with a place after 'at' still takes its figure ('put the death toll from the raid at Dorvan by the gunmen at 90')", () => {
  const claims = claimsThroughPipeline(
    "The council on Monday put the death toll from last week's raid at Dorvan by the gunmen at 90.",
  );
  assert.equal(byCue(claims, "put").content.text, "the death toll from last week's raid at Dorvan by the gunmen at 90");
});
