import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, speakerOf } from "./claims-of.js";

test("a hedged count keeps its hedge in the source ('about half', 'at least 6 in 10')", () => {
  const text =
    "About half of the farmers said the subsidy was too small. At least 6 in 10 drivers say fuel costs too much.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "said").source?.text, "About half of the farmers");
  assert.equal(byCue(claims, "say").source?.text, "At least 6 in 10 drivers");
});

test("a hedge word before a non-count is not pulled into the source", () => {
  const claims = claimsThroughPipeline("The dispute is about the union, which said the deal was unfair.");
  assert.equal(byCue(claims, "said").source?.text.startsWith("about"), false);
});

test("a source does not run back across a line break (a numbered headline)", () => {
  const claims = claimsThroughPipeline("Ten things voters want\n3\nMaria Lopez said the port will reopen in May.");
  assert.equal(byCue(claims, "said").source?.text, "Maria Lopez");
});

test("'according to X' keeps a participle phrase describing X, up to the comma", () => {
  const text =
    "According to a survey conducted by the chamber of commerce, exports fell. The port was closed, according to data published by the customs office.";
  const claims = claimsThroughPipeline(text);
  const sources = claims.filter((c) => c.cue.text.toLowerCase() === "according to").map((c) => c.source?.text);
  assert.deepEqual(sources, ["a survey conducted by the chamber of commerce", "data published by the customs office"]);
});

test("'according to X' is not stretched over a following verb clause", () => {
  const claims = claimsThroughPipeline("According to the report released Monday the economy grew.");
  const according = claims.find((c) => c.cue.text === "According to");
  assert.notEqual(according?.source?.text, "the report released Monday the economy grew");
});

test("'aides to X' is one source; a relative clause after 'a letter to X' hangs on X", () => {
  const claims = claimsThroughPipeline("Aides to the governor said the budget would pass.");
  assert.equal(byCue(claims, "said").source?.text, "Aides to the governor");
  const relative = claimsThroughPipeline("The minister sent a letter to the union, which said the offer was too low.");
  assert.equal(byCue(relative, "said").source?.text, "the union");
});

test("a description between the source and its cue belongs to the source (relative clause, apposition, '-ed' participle)", () => {
  const text =
    "Tomas Berg, who sells boats in Oslo, said prices would fall. Anna Weiss, a nurse who works nights, said shifts were too long. The driver, dressed in a red cap, said the road was closed.";
  const claims = claimsThroughPipeline(text);
  const sources = claims.filter((c) => c.cue.text === "said").map((c) => c.source?.text);
  assert.deepEqual(sources, [
    "Tomas Berg, who sells boats in Oslo",
    "Anna Weiss, a nurse who works nights",
    "The driver, dressed in a red cap",
  ]);
});

test("a time, a place, an adverb or how it was said between the source and its cue stays out of the source", () => {
  const text =
    "The mayor, on Tuesday, said the bridge would reopen. The coach, in Madrid, said the team was ready. The bank, however, said rates would rise. The minister, speaking to reporters in Rome, said taxes would fall.";
  const claims = claimsThroughPipeline(text);
  const sources = claims.filter((c) => c.cue.text === "said").map((c) => c.source?.text);
  assert.deepEqual(sources, ["The mayor", "The coach", "The bank", "The minister"]);
});

test("after '…, said X' an apposition with a relative clause runs to the sentence end as the source", () => {
  const claims = claimsThroughPipeline(
    '"The rules are too loose," said Ravi Shah, an economist at the bank who studies housing.',
  );
  assert.equal(byCue(claims, "said").source?.text, "Ravi Shah, an economist at the bank who studies housing");
});

test("a subject carried by prepositions and a relative clause is whole ('A study that appeared in the journal found')", () => {
  const text =
    "A study that appeared in the medical journal found that most trials were small. Farmers in Brittany and across the west say prices are too low.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "found").source?.text, "A study that appeared in the medical journal");
  assert.equal(byCue(claims, "say").source?.text, "Farmers in Brittany and across the west");
});

test("a subject is not stretched back over an opening phrase, a comma or a finite verb", () => {
  const text =
    "In Ohio the governor said taxes would rise. Turnout in the city was low, officials said. The port closed in May and the minister of transport said it would reopen.";
  const claims = claimsThroughPipeline(text);
  const sources = claims.map((c) => c.source?.text);
  assert.equal(sources.includes("the governor"), true);
  assert.equal(sources.includes("officials"), true);
  assert.equal(
    sources.some((t) => t?.startsWith("The port")),
    false,
  );
});

test("after '…, said X,' a description to the sentence end is the source's; a phrase about the saying is not", () => {
  const claims = claimsThroughPipeline(
    '"Rents will rise," said Ravi Shah, an economist on housing at the central bank. "Rents will fall," said Ana Ruiz, in a statement on Monday. "Fares will rise," said Piet Berg, the head of the union on the island, in an interview.',
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    [
      "Ravi Shah, an economist on housing at the central bank",
      "Ana Ruiz",
      "Piet Berg, the head of the union on the island",
    ],
  );
});

test("a year after a determiner is part of the source ('A 2019 survey found')", () => {
  const claims = claimsThroughPipeline(
    "A 2019 survey found that most ferries were late. The 2021 report showed that fares rose.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["A 2019 survey", "The 2021 report"],
  );
});

test("a participle cue takes a long sentence subject with links and nouns ('X and their allies in Y speak …, arguing')", () => {
  const claims = claimsThroughPipeline(
    "Farm groups and their allies in the state legislature spoke with one voice, arguing that the tariff hurt growers.",
  );
  const arguing = byCue(claims, "arguing");
  assert.equal(arguing.source?.text, "Farm groups and their allies in the state legislature");
  assert.equal(arguing.content.text, "that the tariff hurt growers");
});

test("a subject that runs into a clause of its own is not stretched to the verb ('the town he loved resigned')", () => {
  const claims = claimsThroughPipeline("The mayor of the town he loved resigned, saying he was tired.");
  assert.equal(
    claims.some((c) => c.source?.text.startsWith("The mayor of the town he")),
    false,
  );
});

test("an age and a description between commas ride with the name before them ('X, 67, a retired …, said')", () => {
  const text =
    "''It is not true,'' Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said in an interview.";
  const claim = byCue(claimsThroughPipeline(text), "said");
  assert.equal(claim.source?.text, "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.");
  assert.equal(claim.content.text, "''It is not true,''");
});

test("a state after a town is part of the insertion, not the speaker ('Bob Lee, of Dayton, Ohio, said')", () => {
  const claim = byCue(claimsThroughPipeline("Bob Lee, of Dayton, Ohio, said the plan was dead."), "said");
  assert.equal(claim.source?.text, "Bob Lee");
  assert.equal(claim.content.text, "the plan was dead");
});

test("a relative clause on the organization of an inverted source's title belongs to the source", () => {
  const text =
    "The group reuses the same photo, said Rita Katz, the director of SITE Intelligence Group, which tracks militant accounts.";
  const claim = byCue(claimsThroughPipeline(text), "said");
  assert.equal(
    claim.source?.text,
    "Rita Katz, the director of SITE Intelligence Group, which tracks militant accounts",
  );
  assert.equal(claim.content.text, "The group reuses the same photo");
});

test("a quotation ending in nested quotation marks is the content of the speaker after it", () => {
  const claim = byCue(claimsThroughPipeline("“We talk about, ‘What can I do?’” Weaver said."), "said");
  assert.equal(claim.source?.text, "Weaver");
  assert.equal(claim.content.text, "“We talk about, ‘What can I do?’”");
});

test("a fronted time does not stop the source at a participle's object ('Earlier Wednesday, a source briefed on the talks said')", () => {
  const text = "Earlier Wednesday, a separate source briefed on the talks said Qatar was mediating.";
  assert.equal(byCue(claimsThroughPipeline(text), "said").source?.text, "a separate source briefed on the talks");
});

test("'with X saying': X speaks, also when the tagger reads its last word as an adjective ('the Israeli military')", () => {
  const text = "Violence continued this evening with the Israeli military saying that it hit 30 targets.";
  const claim = byCue(claimsThroughPipeline(text), "saying");
  assert.equal(claim.source?.text, "the Israeli military");
  assert.equal(claim.content.text, "that it hit 30 targets");
});

test("a conjunction read as a preposition opens the cue's own clause ('… hours after Ukraine claimed that …')", () => {
  const text = "The ministry issued the statement hours after Ukraine claimed that its forces had crossed the river.";
  assert.equal(byCue(claimsThroughPipeline(text), "claimed").source?.text, "Ukraine");
});

test("how the source spoke is no part of it ('X and its allied groups in a statement denied …'); 'the man in the video' is", () => {
  const claims = claimsThroughPipeline(
    "The Joint Command and its allied armed groups in a statement denied any gains by the militia. The man in the video said he was a soldier.",
  );
  assert.equal(byCue(claims, "denied").source?.text, "The Joint Command and its allied armed groups");
  assert.equal(byCue(claims, "said").source?.text, "The man in the video");
});

test("a set adverbial between the source and its cue is skipped ('X in turn accused …', 'Russia for its part said …')", () => {
  const claims = claimsThroughPipeline(
    "The fishermen's union in turn accused the coast guard of harassing its boats. Norway for its part said the talks would go on.",
  );
  assert.equal(byCue(claims, "accused").source?.text, "The fishermen's union");
  assert.equal(byCue(claims, "said").source?.text, "Norway");
});

test("appositions after a content go back to the name ('“…,” Ann Lee, the mayor of Vale, one of the towns suing the state, said'); a dash insertion too", () => {
  const claims = claimsThroughPipeline(
    "“It is an overreach,” Ann Lee, the mayor of Vale, one of the towns suing the state, said. Berg -- co-author of a book tracking the debates -- said the senator tended to improvise.",
  );
  assert.equal(claims[0]?.source?.text, "Ann Lee, the mayor of Vale, one of the towns suing the state");
  assert.equal(claims[1]?.source?.text, "Berg -- co-author of a book tracking the debates");
  assert.equal(claims[1]?.content.text, "the senator tended to improvise");
});

test("'…, said X, a member of the board that oversees them': the relative clause describes the apposition", () => {
  const claims = claimsThroughPipeline(
    "Funding fell for the third year, said Jo Park, a senior official with the board that oversees the stations.",
  );
  assert.equal(claims[0]?.source?.text, "Jo Park, a senior official with the board that oversees the stations");
  assert.equal(claims[0]?.content.text, "Funding fell for the third year");
});

test("an -ing participle after the subject's noun keeps the phrase after it in the source ('Rebels fighting government forces claim …')", () => {
  const claims = claimsThroughPipeline("Rebels fighting government forces claim taking over the port city.");
  assert.equal(byCue(claims, "claim").source?.text, "Rebels fighting government forces");
});

test("a subject pronoun joined by 'and' before the speaker is part of the source ('he and Mr. Allen said')", () => {
  const claims = claimsThroughPipeline(
    "It is not only about the harbour, he and Mr. Brun said. She and another pilot said the gate was closed.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["he and Mr. Brun", "She and another pilot"],
  );
});

test("an object pronoun after an adjective's preposition ends a longer source ('a source close to him said')", () => {
  const claims = claimsThroughPipeline(
    "Lind will rethink how he approaches his rivals, a source close to him said. People familiar with them said the talks stalled.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["a source close to him", "People familiar with them"],
  );
});

test("a quantifier floating after the speakers ('Ukraine and Russia each reported', 'The two sides both said') leaves them the source", () => {
  const claims = claimsThroughPipeline(
    "Ukraine and Russia each reported thwarting drone attacks overnight. The two sides both said the talks had failed.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["Ukraine and Russia", "thwarting drone attacks overnight"],
      ["The two sides", "the talks had failed"],
    ],
  );
});

test("a compass word the tagger reads as an adverb ends the subject, no part of the cue ('in Mali's predominantly Tuareg north claims')", () => {
  const claims = claimsThroughPipeline(
    "A coalition of armed groups in Mali's predominantly Tuareg north claims that it killed dozens of government soldiers.",
  );
  assert.equal(claims[0]?.cue.text, "claims");
  assert.equal(claims[0]?.source?.text, "A coalition of armed groups in Mali's predominantly Tuareg north");
});

test("a verb's object joined by 'and' to a new subject leaves that subject alone as the next speaker", () => {
  const claims = claimsThroughPipeline(
    "Lisbon flatly denied funding the militia and the militia insists it pays its own way. The council denied the leak and its chairman said the figures were wrong.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [
      ["flatly denied", "Lisbon", "funding the militia"],
      ["insists", "the militia", "it pays its own way"],
      ["denied", "The council", "the leak"],
      ["said", "its chairman", "the figures were wrong"],
    ],
  );
});

test("a wire dateline opening the paragraph is neither subject nor content ('LIMA, Peru - …', 'GENEVA, March 3 The …')", () => {
  const claims = claimsThroughPipeline(
    "LIMA, Peru - Miners blocking the main highway say the new tax will ruin them.\n\nGENEVA, March 3 The ceasefire collapsed within hours, aid workers said.",
  );
  assert.deepEqual(
    claims.map((c) => [c.cue.text, c.source?.text, c.content.text]),
    [
      ["say", "Miners blocking the main highway", "the new tax will ruin them"],
      ["said", "aid workers", "The ceasefire collapsed within hours"],
    ],
  );
});

test("a list closing an insertion belongs to it: the name before the insertion speaks ('X, a coalition that includes A, B and C, denied …')", () => {
  const text =
    "The Delta Front, a bloc that includes the NLP, several unions and student groups, has denied the report. Ana Ruiz, an ally of Tom Bell, Jo Kim and Bo Li, said the vote was fair.";
  assert.equal(speakerOf(text, "has denied"), "Delta Front");
  assert.equal(speakerOf(text, "said"), "Ana Ruiz");
});

test("a time that owns a noun is part of the source ('Thursday's meeting', 'Last year's figures')", () => {
  const text =
    "A person familiar with the planning for Thursday’s meeting said the two leaders would discuss trade. Last year's police figures show that thefts fell.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "said").source?.text, "A person familiar with the planning for Thursday’s meeting");
  assert.equal(byCue(claims, "show").source?.text, "Last year's police figures");
});

test("a fraction after an article or a number is the head of the source ('a third', 'two thirds')", () => {
  const claims = claimsThroughPipeline(
    "Less than a third said they trusted the council. Two thirds say rents are too high.",
  );
  assert.equal(byCue(claims, "said").source?.text, "Less than a third");
  assert.equal(byCue(claims, "say").source?.text, "Two thirds");
});

test("a participle after an owner modifies the name that follows ('the party's presumed nominee')", () => {
  const claims = claimsThroughPipeline("The Green Party's presumed Senate nominee, Ana Berg, said she would win.");
  assert.equal(byCue(claims, "said").source?.text, "The Green Party's presumed Senate nominee, Ana Berg");
});

test("'for' the tagger reads as a conjunction still links the source's nouns ('advocates for stem cell research')", () => {
  const claims = claimsThroughPipeline("Some advocates for stem cell research said the rule was harmful.");
  assert.equal(byCue(claims, "said").source?.text, "Some advocates for stem cell research");
});

test("an -ing word opening the speaker's phrase before a title is part of it ('acting director X said')", () => {
  const claims = claimsThroughPipeline(
    "“The depot is full,” acting director Nora Vik said. Managing editor Sam Orr said the paper would close.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["acting director Nora Vik", "Managing editor Sam Orr"],
  );
});

test("an apposition with an adverb before its participle stays in the speaker's phrase ('a diplomat then working for …')", () => {
  const claims = claimsThroughPipeline(
    "“The talks will resume,” Mel Varga, a diplomat then working for the ministry, wrote in an email.",
  );
  assert.equal(byCue(claims, "wrote").source?.text, "Mel Varga, a diplomat then working for the ministry");
});

test("a subject described by a 'who' clause is the whole of it, not the clause's object ('Officials who visited the site said')", () => {
  const claims = claimsThroughPipeline("Officials who visited the site said the dam held.");
  assert.equal(byCue(claims, "said").source?.text, "Officials who visited the site");
});

test("a short bracket inside the source does not end it ('Chairman of the State Duma (lower house) Defense Committee X told')", () => {
  const claims = claimsThroughPipeline(
    "The reports are fake, Chairman of the Russian State Duma (lower house of parliament) Defense Committee Ivan Petrov told reporters on Wednesday.",
  );
  assert.equal(
    byCue(claims, "told").source?.text,
    "Chairman of the Russian State Duma (lower house of parliament) Defense Committee Ivan Petrov",
  );
});

test("a description between dashes, commas and all, belongs to the phrase before the first dash, the source", () => {
  const claims = claimsThroughPipeline(
    "But the rebels -- a minority group that has taken much of the north, including the capital -- denied Monday that their forces had fired on the convoy.",
  );
  assert.equal(
    byCue(claims, "denied").source?.text,
    "the rebels -- a minority group that has taken much of the north, including the capital",
  );
});

test("a listed insertion with a comma before 'and' still hangs on the name before it ('X, a coalition that includes A, B, and C, denied')", () => {
  const claims = claimsThroughPipeline(
    "Meanwhile, the Founding Alliance, a coalition that includes the RSF, several armed movements, and political groups, denied allegations of violence.",
  );
  assert.match(byCue(claims, "denied").source?.text ?? "", /^the Founding Alliance\b/);
});

test("a title's modifier the tagger reads as a verb stays in the source ('acting Health Minister Firas Abyad said')", () => {
  const claims = claimsThroughPipeline(
    "At least 31 people died in the strike, acting Health Minister Firas Abyad said.",
  );
  assert.equal(byCue(claims, "said").source?.text, "acting Health Minister Firas Abyad");
  assert.equal(byCue(claims, "said").content.text, "At least 31 people died in the strike");
});

test("a relative clause without commas inside the opening subject leaves that subject the source ('The leader of the front which is fighting troops in the north has accused')", () => {
  const claims = claimsThroughPipeline(
    "The leader of the rebel front which is fighting government troops in the north has accused the federal forces of bombarding the city.",
  );
  assert.equal(
    byCue(claims, "has accused").source?.text,
    "The leader of the rebel front which is fighting government troops in the north",
  );
});

test("an absolute 'with' phrase names its own speaker ('…, with Abdul Qani, a spokesman for the ministry, alleging that P')", () => {
  const claims = claimsThroughPipeline(
    "The clash sparked accusations, with Abdul Qani, a spokesman for the ministry, alleging that troops targeted civilians.",
  );
  assert.equal(byCue(claims, "alleging").source?.text, "Abdul Qani, a spokesman for the ministry");
});

test("'…, but a source briefed on the talks told Reuters Hamas is expected to …': the source knows about the talks; the hearer is one name", () => {
  const claims = claimsThroughPipeline(
    "Two officials did not disclose details, but a source briefed on the talks told Reuters Hamas is expected to respond.",
  );
  const told = byCue(claims, "told");
  assert.equal(told.source?.text, "a source briefed on the talks");
  assert.equal(told.content.text, "Hamas is expected to respond");
});

test("a list of names opening the sentence is the whole subject: 'Ann Roe, Bo Li, and other mayors want …'", () => {
  const claims = claimsThroughPipeline("Ann Roe, Bo Li, and other mayors want the state to pay for the roads.");
  assert.equal(claims[0]?.source?.text, "Ann Roe, Bo Li, and other mayors");
  const fronted = claimsThroughPipeline(
    "Early in the race, she and other rivals complained that the rules were unfair.",
  );
  assert.equal(fronted[0]?.source?.text, "she and other rivals");
});

test("a participle and its time after the source's noun are part of the source: 'A poll released Friday found …'", () => {
  const claims = claimsThroughPipeline("A county poll released Friday found that most voters back the levy.");
  assert.equal(claims[0]?.source?.text, "A county poll released Friday");
  assert.equal(claims[0]?.content.text, "that most voters back the levy");
  const own = claimsThroughPipeline("The mayor began Monday asking for calm.");
  assert.ok(own.every((c) => c.source?.text !== "The mayor began Monday"));
});

test("'X of <town>, <state> says': the town and its state belong to the speaker, who is not the state", () => {
  const claims = claimsThroughPipeline("Dana Hale of Dayton, Ohio says she will vote for the levy.");
  assert.equal(claims[0]?.source?.text, "Dana Hale of Dayton, Ohio");
});

test("names with party brackets joined by 'and' speak together: 'Ann Roe (Ky.) and Bo Li (Fla.) argued …'", () => {
  const claims = claimsThroughPipeline("Senators Ann Roe (Ky.) and Bo Li (Fla.) argued that the budget was too large.");
  assert.equal(claims[0]?.source?.text, "Senators Ann Roe (Ky.) and Bo Li (Fla.)");
});
