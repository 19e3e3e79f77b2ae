import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("'X said (that) …' takes the subject as source and the clause (with its 'that') as content", () => {
  const text =
    "The harbour authority said that two tankers had collided near the port. The mayor said the bridge will reopen.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "The harbour authority");
  assert.equal(claims[0]?.content.text, "that two tankers had collided near the port");
  assert.equal(claims[0]?.cue.text, "said");
  assert.equal(claims[1]?.source?.text, "The mayor");
  assert.equal(claims[1]?.content.text, "the bridge will reopen");
});

test("'…, X said' and '…, said X' put the content before the cue", () => {
  const text =
    "Turnout fell to a record low, the electoral commission said. Prices will rise again next year, said Anna Berg.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "the electoral commission");
  assert.equal(claims[0]?.content.text, "Turnout fell to a record low");
  assert.equal(claims[1]?.source?.text, "Anna Berg");
  assert.equal(claims[1]?.content.text, "Prices will rise again next year");
});

test("'according to X' works before and after its content", () => {
  const text =
    "According to the shipping registry, the vessel sailed under a false flag. The factory closed in March, according to local officials.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "the shipping registry");
  assert.equal(claims[0]?.content.text, "the vessel sailed under a false flag");
  assert.equal(claims[1]?.source?.text, "local officials");
  assert.equal(claims[1]?.content.text, "The factory closed in March");
});

test("report verbs: told reporters, confirmed, admitted, denied, warned, announced, insisted, claimed", () => {
  const text = [
    "The minister told reporters that the budget was balanced.",
    "The company confirmed it had cut 300 jobs.",
    "The coach admitted the team had played badly.",
    "The senator denied that she had met the lobbyist.",
    "Economists warned that inflation could return.",
    "The airline announced it would cancel 40 flights.",
    "The driver insisted he had stopped at the light.",
    "The rebels claimed they had taken the airport.",
  ].join(" ");
  const claims = claimsWith(text);
  assert.equal(claims.length, 8);
  assert.equal(byCue(claims, "told").content.text, "that the budget was balanced");
  assert.equal(byCue(claims, "told").source?.text, "The minister");
  assert.equal(byCue(claims, "confirmed").content.text, "it had cut 300 jobs");
  assert.equal(byCue(claims, "admitted").source?.text, "The coach");
  assert.equal(byCue(claims, "denied").content.text, "that she had met the lobbyist");
  assert.equal(byCue(claims, "warned").content.text, "that inflation could return");
  assert.equal(byCue(claims, "announced").content.text, "it would cancel 40 flights");
  assert.equal(byCue(claims, "insisted").source?.text, "The driver");
  assert.equal(byCue(claims, "claimed").content.text, "they had taken the airport");
});

test("a description between commas rides along with the source; an inserted place does not break it", () => {
  const text =
    "Maria Lopez, a lawyer for the families, said the inquiry was flawed. The governor, in Lisbon, said talks would resume.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "Maria Lopez, a lawyer for the families");
  assert.equal(claims[0]?.content.text, "the inquiry was flawed");
  assert.equal(claims[1]?.source?.text, "The governor");
  assert.equal(claims[1]?.content.text, "talks would resume");
});

test("'noting that …' and '…, and admitted …' are further claims of the same source", () => {
  const text =
    "The central bank said rates would stay high, noting that wages were still rising. The club confirmed the sale, and admitted that the deal had taken months.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 4);
  const noting = byCue(claims, "noting");
  assert.equal(noting.source?.text, "The central bank");
  assert.equal(noting.content.text, "that wages were still rising");
  assert.equal(byCue(claims, "said").content.text, "rates would stay high");
  assert.equal(byCue(claims, "confirmed").content.text, "the sale");
  assert.equal(byCue(claims, "admitted").source?.text, "The club");
  assert.equal(byCue(claims, "admitted").content.text, "that the deal had taken months");
});

test("a participle cue with no cue before it takes the sentence subject", () => {
  const text = "Police arrested two men on Friday, saying they had planned the robbery.";
  const claim = byCue(claimsWith(text), "saying");
  assert.equal(claim.source?.text, "Police");
  assert.equal(claim.content.text, "they had planned the robbery");
});

test("'widely seen by many analysts as …': the holders are the source, the predicate the content", () => {
  const text = "The party chose Jonas Weber, widely seen by many analysts as a likely compromise candidate.";
  const claim = byCue(claimsWith(text), "widely seen");
  assert.equal(claim.source?.text, "many analysts");
  assert.equal(claim.source?.entity, null);
  assert.equal(claim.content.text, "a likely compromise candidate");
  assert.equal(claim.certainty, "probable");
});

test("'seen as' without holders has no source; an active 'see X as Y' is the holders' view, 'see X' none", () => {
  const claims = claimsWith(
    "The treaty is seen as a turning point. Analysts see the plan as risky. Analysts see the plan.",
  );
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source, null);
  assert.equal(claims[0]?.content.text, "a turning point");
  assert.equal(claims[1]?.source?.text, "Analysts");
  assert.equal(claims[1]?.content.text, "the plan as risky");
});

test("texts speak too: 'captions that said: …' and 'a banner saying …'", () => {
  const text =
    'The broadcast ended with captions that said: "Glory to the workers of the dam." Protesters carried a banner saying the mine had poisoned the river.';
  const claims = claimsWith(text);
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "captions");
  assert.equal(claims[0]?.content.text, '"Glory to the workers of the dam."');
  assert.equal(claims[0]?.quote, true);
  assert.equal(claims[1]?.source?.text, "a banner");
  assert.equal(claims[1]?.content.text, "the mine had poisoned the river");
});

test("a name before a colon at the start of a headline line is its speaker; labels are not", () => {
  const text = "Merkel: Europe must stand together\n\nUpdate: The vote was moved to Friday.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Merkel");
  assert.equal(claims[0]?.content.text, "Europe must stand together");
});

test("a cue nested in another claim's content is not a claim of its own", () => {
  const claims = claimsWith("The prosecutor said the witness told police that he saw the car.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.content.text, "the witness told police that he saw the car");
});

test("'called X Y' and 'described X as Y' attribute a characterisation; 'called for' is a request, not one", () => {
  const text =
    "The opposition called the budget reckless. The minister described the deal as a historic step. The union called for a strike.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 3);
  assert.equal(byCue(claims, "called").content.text, "the budget reckless");
  assert.equal(byCue(claims, "described").content.text, "the deal as a historic step");
  const request = byCue(claims, "called for");
  assert.equal(request.content.text, "a strike");
  assert.equal(request.certainty, "possible");
});

test("a participle used as an adjective is no cue ('500 pledged delegates')", () => {
  assert.deepEqual(claimsWith("The senator has won 500 pledged delegates so far."), []);
});

test("a sentence the tokenizer cut after an abbreviation keeps its source ('Sen. Ann Lee (D-Ore.) said …')", () => {
  const claims = claimsWith("Sen. Ann Lee (D-Ore.), chair of the panel, said the hearing would be public.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Sen. Ann Lee (D-Ore.), chair of the panel");
  assert.equal(claims[0]?.content.text, "the hearing would be public");
});

test("passive cues: nobody vouches for 'it was reported that …'; 'by X' names the source", () => {
  const text =
    "It was reported that the plant had closed. The minister is said to have resigned. The merger was first reported by a trade journal. The attack was reported on Monday.";
  const claims = claimsWith(text);
  assert.equal(claims.length, 3);
  assert.equal(claims[0]?.source, null);
  assert.equal(claims[0]?.content.text, "that the plant had closed");
  assert.equal(claims[0]?.certainty, "unverified");
  assert.equal(claims[1]?.source, null);
  assert.equal(claims[1]?.certainty, "unverified");
  assert.equal(claims[2]?.source?.text, "a trade journal");
  assert.equal(claims[2]?.content.text, "The merger");
  assert.equal(claims[2]?.certainty, "certain");
});

test("'…, who said' takes the person the relative clause is about", () => {
  const text = "The plan drew a sharp reply from Mayor Ana Ruiz, who said the city could not pay.";
  const claim = byCue(claimsWith(text), "said");
  assert.equal(claim.source?.text, "Mayor Ana Ruiz");
  assert.equal(claim.content.text, "the city could not pay");
});

test("'X asked for a photo and Y said …': the object's partner after 'and' is the new speaker", () => {
  const claims = claimsThroughPipeline(
    "A voter asked for a photo and Ms. Reyes said, \u201cOnly if it is quick.\u201d",
  );
  assert.equal(byCue(claims, "asked for").content.text, "a photo");
  assert.equal(byCue(claims, "said").source?.text, "Ms. Reyes");
});

test("two names joined by 'and' still speak together", () => {
  const claims = claimsThroughPipeline("Ms. Reyes and Mr. Hale said the vote would be close.");
  assert.equal(byCue(claims, "said").source?.text, "Ms. Reyes and Mr. Hale");
});

test("an -ing cue after an auxiliary is the sentence's own verb, across an insertion", () => {
  const claims = claimsThroughPipeline(
    "Ms. Reyes, speaking at a rally in her hometown, is criticizing the council's new budget.",
  );
  assert.equal(byCue(claims, "is criticizing").source?.text, "Ms. Reyes");
});

test("a leading time is no subject for a coordinated cue", () => {
  const claims = claimsThroughPipeline(
    "A few minutes later the officials reversed course, opened the doors and said they would count every ballot.",
  );
  assert.equal(byCue(claims, "said").source?.text, "the officials");
});

test("'…, as X noted.' closing a sentence attributes what comes before the comma to X", () => {
  const claims = claimsThroughPipeline(
    "Rate cuts rarely help in a downturn, as several economists noted in a recent report.",
  );
  const noted = byCue(claims, "noted");
  assert.equal(noted.source?.text, "several economists");
  assert.equal(noted.content.text, "Rate cuts rarely help in a downturn");
});

test("'…, as X said that …' keeps the content after the cue", () => {
  const claims = claimsThroughPipeline("The mayor resigned, as the council said that he would.");
  assert.equal(byCue(claims, "said").content.text, "that he would");
});

test("'…, as the crowd applauded.' is no report of the words before: a stance after 'as' happens meanwhile", () => {
  const claims = claimsThroughPipeline("“Everybody should be heard,” she said, as the crowd applauded.");
  assert.equal(
    claims.some((c) => c.cue.text === "applauded"),
    false,
  );
});

test("a cue verb after a comma in a list of the subject's predicates takes the subject ('urged X, proposed that …')", () => {
  const claims = claimsThroughPipeline(
    "The governor praised the workers, called the strike “a turning point” and left for the capital.",
  );
  const called = byCue(claims, "called");
  assert.equal(called.source?.text, "The governor");
  assert.match(called.content.text, /^the strike “a turning point/);
  assert.equal(byCue(claims, "praised").content.text, "the workers");
});

test("a cue after a comma that follows a phrase with no verb is no listed predicate ('The mayor, a Democrat, said …')", () => {
  const claims = claimsThroughPipeline("The mayor, a Democrat, said the plan failed.");
  assert.equal(byCue(claims, "said").source?.text, "The mayor, a Democrat");
});

test("'…, said X' after a clause ending in commas: the speaker follows the cue, not the place before the comma", () => {
  const text =
    "Six farmers were hurt when soldiers fired on the market in Lomara, in the north, near the river, said council spokesman Tomas Arno Sunday. The army shelled the hills, ending a week-long truce, charged the council spokesman.";
  const claims = claimsThroughPipeline(text, "2025-03-10");
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "council spokesman Tomas Arno");
  assert.ok(said.content.text.startsWith("Six farmers were hurt when soldiers fired"));
  const charged = byCue(claims, "charged");
  assert.equal(charged.source?.text, "the council spokesman");
  assert.equal(charged.content.text, "The army shelled the hills, ending a week-long truce");
});

test("a subject with an insertion still speaks forward; an object after the cue is no speaker", () => {
  const claims = claimsThroughPipeline(
    "After the storm ended, the mayor, in a statement, said the roads were open. The club, under its old rules, charged a large fee.",
  );
  assert.equal(byCue(claims, "said").source?.text, "the mayor");
  assert.equal(byCue(claims, "said").content.text, "the roads were open");
  assert.equal(
    claims.some((c) => c.source?.text === "a large fee"),
    false,
  );
});

test("after a cue between commas, the writer's context is no part of the content ('…, the ministry said, in the latest violation of …')", () => {
  const claims = claimsThroughPipeline(
    "A drone strike killed two farmers on Sunday, the health ministry said, in the latest violation of the truce. The plant closed, the firm said, nearly two years after it opened. Lenox was thriving, Mr. Clark said, until it went bankrupt.",
  );
  assert.equal(claims[0]?.content.text, "A drone strike killed two farmers on Sunday");
  assert.equal(claims[1]?.content.text, "The plant closed");
  // A continuation of the words stays with them.
  assert.equal(claims[2]?.content.text, "Lenox was thriving, Mr. Clark said, until it went bankrupt");
});

test("a bare verb after 'and' that pairs with a verb after a modal inside the content is part of it ('will contest … and denounce …')", () => {
  const claims = claimsThroughPipeline(
    "He told the radio that leaders will contest the results and denounce the fraud. She said the party would win and warned that rivals had cheated.",
  );
  assert.equal(byCue(claims, "told").content.text, "that leaders will contest the results and denounce the fraud");
  assert.equal(
    claims.some((c) => c.cue.text === "denounce"),
    false,
  );
  // A past tense after "and" goes on from the cue.
  assert.equal(byCue(claims, "warned").content.text, "that rivals had cheated");
});

test("a verbless fragment before ', he said.' is what he said", () => {
  const claims = claimsThroughPipeline("We need people of substance. People like Ms. Dorn, he said.");
  assert.equal(byCue(claims, "said").content.text, "People like Ms. Dorn");
});

test("'P, claims X, Y refutes': Y refutes what X claims, the words before X's cue", () => {
  const claims = claimsThroughPipeline("Two drones shot down, claims Moldova, Romania refutes");
  assert.equal(byCue(claims, "claims").content.text, "Two drones shot down");
  assert.equal(byCue(claims, "refutes").content.text, "Two drones shot down");
  assert.equal(byCue(claims, "refutes").polarity, "negative");
});

test("'P1, said X, P2': a speech cue and its speaker set inside the sentence report the whole sentence", () => {
  const claims = claimsThroughPipeline(
    "The attack, said a police spokesman, was carried out by rebels. The market has drawn a loyal crowd, said Ms. Lund, with stalls and music.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["a police spokesman", "The attack, said a police spokesman, was carried out by rebels"],
      ["Ms. Lund", "The market has drawn a loyal crowd, said Ms. Lund, with stalls and music"],
    ],
  );
});

test("'The program, called EB-5, allows …': a naming participle inside the sentence is no speaker's cue", () => {
  const claims = claimsThroughPipeline("The scheme, called Harbour-9, allows firms to gain licences.");
  assert.equal(
    claims.some((c) => c.cue.text === "called"),
    false,
  );
});

test("an opening participle's phrase is no subject: a coordinated cue takes the subject after its comma", () => {
  const claims = claimsThroughPipeline(
    "Walking to the next pier, Brun recalled his fishing days, and said their views were changed by the flood.",
  );
  assert.equal(byCue(claims, "said").source?.text, "Brun");
});

test("'P in the New York parade, CNN reported': a name after a clause's place phrase is the speaker, not a town of the place", () => {
  const claims = claimsThroughPipeline("Mayor Ann Varga marched in the Oslo parade, NRK reported.");
  assert.equal(byCue(claims, "reported").source?.text, "NRK");
  assert.equal(byCue(claims, "reported").content.text, "Mayor Ann Varga marched in the Oslo parade");
});

test("'…, the president told her.': a hearer pronoun after the closing cue", () => {
  const claims = claimsThroughPipeline("Her son would soon be released, the minister told her.");
  assert.equal(byCue(claims, "told").source?.text, "the minister");
  assert.equal(byCue(claims, "told").content.text, "Her son would soon be released");
});

test("'X did not elaborate, but in a statement said …': the channel after 'but' is no speaker; the subject speaks on", () => {
  const claims = claimsThroughPipeline(
    "Spokesman Yahya Sarea did not elaborate, but in a statement said the group had also used drones.",
  );
  assert.equal(byCue(claims, "said").source?.text, "Spokesman Yahya Sarea");
  assert.equal(byCue(claims, "said").content.text, "the group had also used drones");
});

test("a relative clause after the subject is skipped to find who a coordinated cue's speaker is ('Clinton, who was …, did not …, but told …')", () => {
  const claims = claimsThroughPipeline(
    "Holm, who was speaking to the farmers, did not mention Lind by name, but told the crowd that the port should be run well.",
  );
  assert.equal(byCue(claims, "told").source?.text, "Holm");
});

test("a cue in a relative clause set off by a comma is a claim of its own, not nested in the claim before ('endorses Lind, who says …')", () => {
  const claims = claimsThroughPipeline("Mayor Ann Varga endorses Lind, who says he is honored.");
  assert.equal(byCue(claims, "says").source?.text, "Lind");
  assert.equal(byCue(claims, "says").content.text, "he is honored");
});

test("'despite …' or 'without …' after a cue between commas is the writer's, not the rest of the words", () => {
  const claims = claimsThroughPipeline(
    "Chadian troops shelled two border villages, a panel of monitors said, despite repeated denials by N'Djamena. The militia burned the depot, farmers said, without giving a toll.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["Chadian troops shelled two border villages", "The militia burned the depot"],
  );
});

test("a cue with its own subject in a relative clause set off by a comma is a claim of its own ('…, which an inquiry said was …')", () => {
  const claims = claimsThroughPipeline(
    "The senator criticized the port's security plan, which an audit said was “badly flawed.”",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "an audit");
  assert.match(said.content.text, /was “badly flawed/);
});

test("a passive 'is expected to' names nobody, also after a long subject or in a relative clause after a comma", () => {
  const claims = claimsThroughPipeline(
    "The port authority, under growing pressure, is expected to release the records next week. The match will air on Sunday, which is expected to draw a large crowd.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text ?? null, c.content.text]),
    [
      [null, "The port authority, under growing pressure, is expected to release the records next week"],
      [null, "which is expected to draw a large crowd"],
    ],
  );
});

test("a coordinated cue finds the sentence's subject past a participle's clause between commas ('X, looking for …, seized the floor and said …')", () => {
  const claims = claimsThroughPipeline(
    "The dockworkers, hoping to shake up the talks, blocked the gates and said they would stay until dawn.",
  );
  assert.equal(byCue(claims, "said").source?.text, "The dockworkers");
  assert.equal(byCue(claims, "said").content.text, "they would stay until dawn");
});
