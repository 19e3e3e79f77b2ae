import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a place with a comma inside it before 'that' is skipped ('says at a stop in Dayton, Ohio, that …')", () => {
  const claims = claimsThroughPipeline(
    "The governor says at a campaign stop in Dayton, Ohio, that the new tax means higher rents.",
  );
  const says = byCue(claims, "says");
  assert.equal(says.source?.text, "The governor");
  assert.equal(says.content.text, "that the new tax means higher rents");
});

test("a relative 'that' after a place with no comma before it opens no content of the cue's", () => {
  const claims = claimsThroughPipeline("The governor spoke at a rally in Dayton, Ohio that drew thousands of people.");
  assert.deepEqual(claims, []);
});

test("an infinitive after a phrase about when it was decided is the content ('decided after a review not to …')", () => {
  const claims = claimsThroughPipeline("The prosecutors decided after a lengthy review not to bring charges.");
  const decided = byCue(claims, "decided");
  assert.equal(decided.content.text, "not to bring charges");
  assert.equal(decided.polarity, "negative");
});

test("'to' after the phrase with no verb after it is no infinitive content ('decided after a debate to the surprise of …')", () => {
  const claims = claimsThroughPipeline("The council decided after a long debate to the surprise of many.");
  assert.deepEqual(claims, []);
});

test("an infinitive whose verb opens a quotation is the content ('told supporters at a rally to “go and vote”')", () => {
  const claims = claimsThroughPipeline("The mayor told her supporters at a Denver rally to “go out and vote”.");
  const told = byCue(claims, "told");
  assert.equal(told.source?.text, "The mayor");
  assert.equal(told.content.text, "to “go out and vote”");
});

test("a quotation after 'to' that opens no verb is no infinitive content", () => {
  const claims = claimsThroughPipeline("The mayor told her supporters at a Denver rally to “Main Street” first.");
  assert.equal(
    claims.some((c) => c.cue.text === "told"),
    false,
  );
});

test("a phrase with a year after its owner is skipped before 'that' ('wrote in his 2012 memoir that …')", () => {
  const claims = claimsThroughPipeline("The senator wrote in his 2012 memoir that he had nearly quit politics.");
  assert.equal(byCue(claims, "wrote").content.text, "that he had nearly quit politics");
});

test("a phrase opened by a demonstrative is skipped before 'that' ('concluded in that case that …')", () => {
  const claims = claimsThroughPipeline("The panel concluded in that case that no rule had been broken.");
  assert.equal(byCue(claims, "concluded").content.text, "that no rule had been broken");
});

test("a demonstrative phrase with no 'that' after it opens no content ('wrote in this book about her father')", () => {
  const claims = claimsThroughPipeline("The senator wrote in this book about her father.");
  assert.equal(
    claims.some((c) => c.cue.text === "wrote"),
    false,
  );
});

test("an adverbial put before the reported clause stays in the content ('says despite the storm, the parade …')", () => {
  const claims = claimsThroughPipeline("The mayor says despite the storm, the parade will go ahead as planned.");
  const says = byCue(claims, "says");
  assert.equal(says.content.text, "despite the storm, the parade will go ahead as planned");
});

test("a fronted adverbial needs a clause after its comma ('said after the meeting, which ran late')", () => {
  const claims = claimsThroughPipeline("The mayor said after the meeting, which ran late.");
  assert.deepEqual(claims, []);
});

test("an aside between commas before 'that' read as a determiner is skipped ('believes, for example, that …')", () => {
  const claims = claimsThroughPipeline("The governor believes, for example, that women should have a say.");
  assert.equal(byCue(claims, "believes").content.text, "that women should have a say");
});

test("two phrases joined by 'and' before 'that' are both skipped ('said on the stump and inside the Capitol that …')", () => {
  const claims = claimsThroughPipeline(
    "The senator has said on the stump and inside the Capitol that the tax code favors the rich.",
  );
  assert.equal(byCue(claims, "has said").content.text, "that the tax code favors the rich");
});

test("joined phrases with no 'that' after them open no content ('said at the rally and in the hall.')", () => {
  const claims = claimsThroughPipeline("The senator said at the rally and in the hall.");
  assert.deepEqual(claims, []);
});

test("a phrase ending on a noun read as an adjective is skipped before 'that' ('after the Nevada primary that …')", () => {
  const claims = claimsThroughPipeline(
    "The senator is telling supporters after his victory in the Nevada primary that the race is over.",
  );
  assert.equal(byCue(claims, "is telling").content.text, "that the race is over");
});

test("a show's title in quotation marks after the outlet is part of the occasion, not the content", () => {
  const claims = claimsThroughPipeline(
    "The senator said Sunday on Channel 5’s “Morning Report,” the governor’s budget would fail.",
  );
  assert.equal(byCue(claims, "said").content.text, "the governor’s budget would fail");
  const that = claimsThroughPipeline("He said in an interview with “The Evening Show,” that the plan was dead.");
  assert.equal(byCue(that, "said").content.text, "that the plan was dead");
});

test("a quotation in lower case after the occasion is the content itself ('said on the radio “we will win”')", () => {
  const claims = claimsThroughPipeline("The mayor said on the radio, “we will win this race, whatever it takes.”");
  assert.match(byCue(claims, "said").content.text, /^“we will win this race/);
});

test("a show's title before the source is no quotation of the source's ('On Channel 5’s “Morning Report,” X said P')", () => {
  const claims = claimsThroughPipeline(
    "Sunday on Channel 5’s “Morning Report,” Senator Ana Ruiz said the governor’s budget would fail.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Senator Ana Ruiz");
  assert.equal(said.content.text, "the governor’s budget would fail");
});

test("a quotation in title case before a cue with nothing after it is still the content ('“We Will Win,” she said')", () => {
  const claims = claimsThroughPipeline("“We Will Win,” the mayor said.");
  assert.equal(byCue(claims, "said").content.text, "“We Will Win,”");
});

test("a gerund clause after the source closes the sentence ('…, the ministry said, while providing no details')", () => {
  const claim = byCue(
    claimsThroughPipeline("The army downed a drone, the ministry said, while providing no details."),
    "said",
  );
  assert.equal(claim.source?.text, "the ministry");
  assert.equal(claim.content.text, "The army downed a drone");
});

test("a second source and cue after the first ('…, the ministry added in a statement, the agency reported')", () => {
  const claims = claimsThroughPipeline(
    "Air defences shot down dozens of drones, the ministry added in a statement, the agency reported.",
  );
  assert.equal(byCue(claims, "added").content.text, "Air defences shot down dozens of drones");
  assert.equal(byCue(claims, "reported").source?.text, "the agency");
});

test("a credit line after the last sentence is no speaker ('…, Mr Lee said. – Reuters')", () => {
  const claims = claimsThroughPipeline("The drone was aimed at an airfield, Mr Lee said. – Reuters");
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [["said", "Mr Lee", "The drone was aimed at an airfield"]],
  );
});

test("the writer's comment after a via phrase ends the tail ('…, TV Asahi reported, citing an official, in what would be …')", () => {
  const text =
    "The missile flew for 74 minutes, TV Asahi reported, citing a defence official, in what would be the longest flight.";
  const claim = byCue(claimsThroughPipeline(text), "reported");
  assert.equal(claim.content.text, "The missile flew for 74 minutes");
  assert.deepEqual(
    claim.via.map((v) => v.text),
    ["a defence official"],
  );
});

test("a dateline with a colon is no part of the content ('TOKYO: North Korea has …, Japan said')", () => {
  const claim = byCue(
    claimsThroughPipeline("TOKYO: North Korea has fired a missile, Japan said on Wednesday."),
    "said",
  );
  assert.equal(claim.content.text, "North Korea has fired a missile");
});

test("a time between the source and the verb is no part of the cue ('X, on Tuesday accused Y')", () => {
  const text = "Kim Yo Jong, the sister of the leader, on Tuesday accused a US spy plane of entering the zone.";
  const claim = byCue(claimsThroughPipeline(text), "accused");
  assert.equal(claim.reportedAt?.value, "2025-07-01");
});

test("the writer's clause after a closing cue is no part of it ('…, two medical sources said, although the army denied …')", () => {
  const text =
    "Two men died in Cairo, two medical sources said on Saturday, although the army denied firing live rounds.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "said").content.text, "Two men died in Cairo");
  assert.equal(byCue(claims, "denied").source?.text, "the army");
});

test("a via phrase with a participle ('citing documents seen by reporters') and a subject after 'while' end the tail", () => {
  const cited = claimsThroughPipeline(
    "The tanker lost its insurance, two sources said on Thursday, citing documents seen by reporters.",
  );
  const said = byCue(cited, "said");
  assert.equal(said.content.text, "The tanker lost its insurance");
  assert.deepEqual(
    said.via.map((v) => v.text),
    ["documents"],
  );
  const text =
    "Finland let 15 crew members leave, police said, while eight others, including the captain, remain barred.";
  assert.equal(byCue(claimsThroughPipeline(text), "said").content.text, "Finland let 15 crew members leave");
});

test("an event's quoted name after a preposition and its article is the occasion, not what the source said ('At the main “Women's March”, organizers told …')", () => {
  const claims = claimsThroughPipeline(
    'At the main "Women\'s March on Oslo" organizers told reporters they expected half a million people.',
  );
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "they expected half a million people");
});

test("a long description between dashes after the hearer is skipped to the 'that' clause", () => {
  const claims = claimsThroughPipeline(
    "The envoy told an emergency meeting of the council – called by the neighbours and held behind closed doors late on Friday in Geneva – that soldiers had been hurt by landmines.",
  );
  assert.equal(byCue(claims, "told").content.text, "that soldiers had been hurt by landmines");
});

test("a participle's phrase between commas after the hearer is skipped to the 'that' clause", () => {
  const claims = claimsThroughPipeline(
    "The envoy told the council, called by the neighbours and held behind closed doors, that soldiers had been hurt.",
  );
  assert.equal(byCue(claims, "told").content.text, "that soldiers had been hurt");
});

test("must not fire: after a verb's own 'to' and a cue noun, the 'that' clause is the noun's ('responded to accusations that …')", () => {
  const claims = claimsThroughPipeline("He responded to accusations that his country attacked first.");
  assert.equal(
    claims.some((c) => c.source?.text === "He" && c.content.text.includes("attacked first")),
    false,
  );
  const said = claimsThroughPipeline("She said in response to the report that she was innocent.");
  assert.equal(byCue(said, "said").content.text, "that she was innocent");
});

test("after 'according to X,' a phrase of the writer's or a clause about X leaves the words before as the content", () => {
  const content = (text: string) => byCue(claimsThroughPipeline(text), "according to").content.text;
  assert.equal(
    content(
      "Police shot 17 people in the capital, according to a spokesman, with two more deaths reported in the east.",
    ),
    "Police shot 17 people in the capital",
  );
  assert.equal(
    content("Police shot 17 people, according to the spokesman, who said more had died."),
    "Police shot 17 people",
  );
  assert.equal(content("The plan, according to officials, is dead."), "The plan, according to officials, is dead");
});

test("must not fire: 'as X continued' with no quotation before it reports nothing ('as smaller protests continued')", () => {
  const claims = claimsThroughPipeline(
    "He said that 28 officers were among the wounded, as smaller protests continued into the evening.",
  );
  assert.deepEqual(
    claims.map((c) => c.cue.text),
    ["said"],
  );
});

test("a relative clause on the place's noun is skipped on the way to the 'that' clause ('in Dayton, a town that lost jobs, that …')", () => {
  const claims = claimsThroughPipeline(
    "The senator said at a rally in Dayton, a town that lost jobs, that taxes would fall.",
  );
  assert.equal(byCue(claims, "said").content.text, "that taxes would fall");
});

test("'P, X told his aides as he worked on the speech': a clause after 'as' with a subject pronoun ends the tail, whatever the verb's tag", () => {
  const claims = claimsThroughPipeline(
    "This is not about me, the mayor told her closest aides as she labored over the budget.",
  );
  const told = byCue(claims, "told");
  assert.equal(told.source?.text, "the mayor");
  assert.equal(told.content.text, "This is not about me");
});

test("a postposed cue's tail crosses a dated channel and its hearers: '“…” X wrote in a March 3, 2019 email to top aides.'", () => {
  const claims = claimsThroughPipeline('"The audit is done." Ms. Okafor wrote in a March 3, 2019 email to top aides.');
  const wrote = byCue(claims, "wrote");
  assert.equal(wrote.source?.text, "Ms. Okafor");
  assert.equal(wrote.content.text, '"The audit is done."');
});
