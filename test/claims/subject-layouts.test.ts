import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a bare verb the tagger reads as a noun reports when the subject's plural head stands before its phrases", () => {
  const records = claimsThroughPipeline("Tax records from the 2019 election cycle show he paid nothing.");
  assert.equal(byCue(records, "show").source?.text, "Tax records from the 2019 election cycle");
  assert.equal(byCue(records, "show").content.text, "he paid nothing");
  const polls = claimsThroughPipeline(
    "Early results of exit polls conducted by a research firm for The Associated Press show two-thirds of voters back the plan.",
  );
  assert.equal(
    byCue(polls, "show").source?.text,
    "Early results of exit polls conducted by a research firm for The Associated Press",
  );
  assert.equal(byCue(polls, "show").content.text, "two-thirds of voters back the plan");
});

test("a count after a plural's bare verb opens the clause it reports ('figures show 300 people died')", () => {
  const claims = claimsThroughPipeline("Official figures show 300 people died in the floods.");
  assert.equal(byCue(claims, "show").content.text, "300 people died in the floods");
});

test("a base form in a phrase that 'a' opens is a noun, not a cue ('A TV show he hosted')", () => {
  const claims = claimsThroughPipeline("A TV show he hosted was cancelled last year.");
  assert.equal(
    claims.some((c) => c.cue.text === "show"),
    false,
  );
});

test("a relative clause after a time adjunct hangs on the phrase before the time ('records in July, which showed')", () => {
  const claims = claimsThroughPipeline(
    "The clinic published the test results in July, which showed the water was safe.",
  );
  assert.equal(byCue(claims, "showed").content.text, "the water was safe");
});

test("whoever issued a statement speaks in the relative clause on it, as with the participle", () => {
  const relative = claimsThroughPipeline("The ministry issued a statement on Monday, which said 12 soldiers died.");
  assert.equal(byCue(relative, "said").source?.text, "The ministry");
  const participle = claimsThroughPipeline("The ministry issued a statement on Monday saying 12 soldiers died.");
  assert.equal(byCue(participle, "saying").source?.text, "The ministry");
});

test("a relative clause without 'whom' between speakers and cue leaves the speakers the source ('Witnesses Reuters spoke to said')", () => {
  const text =
    "Witnesses Reuters spoke to said the convoy had left. People I spoke with said the bridge was closed. Doctors we interviewed said the clinic had no fuel.";
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["Witnesses", "the convoy had left"],
      ["People", "the bridge was closed"],
      ["Doctors", "the clinic had no fuel"],
    ],
  );
});

test("a gerund phrase set off by commas after the subject is the subject's, up to the comma ('X, after saying P, did Y')", () => {
  const claims = claimsThroughPipeline(
    "The governor, after initially saying he would not run, entered the race in May.",
  );
  const saying = byCue(claims, "initially saying");
  assert.equal(saying.source?.text, "The governor");
  assert.equal(saying.content.text, "he would not run");
});

test("'that many economists say is the future': the cue the tagger reads as a noun reports the relative clause's predicate", () => {
  const claims = claimsThroughPipeline("It is the kind of job that many economists say is the future.");
  assert.equal(byCue(claims, "say").source?.text, "many economists");
  assert.equal(byCue(claims, "say").content.text, "is the future");
});

test("an emphatic reflexive after the subject keeps it the source of a cue coordinated with a plain verb", () => {
  const claims = claimsThroughPipeline(
    "The senator himself has been making this argument and claiming that the nomination is his to lose.",
  );
  assert.equal(byCue(claims, "claiming").source?.text, "The senator");
});

test("a subordinate clause's subject keeps the state after its town ('after a woman in Worcester, Massachusetts, told him')", () => {
  const claims = claimsThroughPipeline(
    "The candidate spoke after a woman in Worcester, Massachusetts, told him she worries about the war.",
  );
  assert.equal(byCue(claims, "told").source?.text, "a woman in Worcester, Massachusetts");
  assert.equal(byCue(claims, "told").content.text, "she worries about the war");
});

test("an adverbial insertion between commas inside a reported clause's subject keeps the clause ('the benefit, especially in May, would')", () => {
  const claims = claimsThroughPipeline(
    "Her aides said the benefit of sending the senator, especially in rural counties, would outweigh the costs.",
  );
  assert.equal(
    byCue(claims, "said").content.text,
    "the benefit of sending the senator, especially in rural counties, would outweigh the costs",
  );
});

test("a noun the tagger reads as a verb between a determiner's phrase and 'said' stays in the source ('a conflict monitor said')", () => {
  const claims = claimsThroughPipeline(
    "More than 200 people have been killed in a week of fighting, a conflict monitor said Friday, raising an earlier toll of 150. The London-based monitor, which relies on contacts in the province, said 95 guards were also killed.",
  );
  const said = claims.filter((c) => c.cue.text === "said");
  assert.deepEqual(
    said.map((c) => [c.source?.text, c.content.text]),
    [
      ["a conflict monitor", "More than 200 people have been killed in a week of fighting"],
      ["The London-based monitor, which relies on contacts in the province", "95 guards were also killed"],
    ],
  );
});

test("whoever issued statements speaks in the participle after them, past a floating 'all' ('have all issued statements saying')", () => {
  const claims = claimsThroughPipeline("The two ministers have all issued statements saying the report is wrong.");
  assert.equal(byCue(claims, "saying").source?.text, "The two ministers");
});

test("an absolute 'with' phrase may name a second speaker between commas ('with Human Rights Watch, and two local radios, reporting')", () => {
  const claims = claimsThroughPipeline(
    "The official count clashes with early accounts, with Human Rights Watch, and two local radios, reporting that about 800 people were killed.",
  );
  assert.equal(byCue(claims, "reporting").source?.text, "Human Rights Watch, and two local radios");
});

test("must not fire: a count before a participle is described by it, no speaker ('a fraction of the number of deaths first reported')", () => {
  const claims = claimsThroughPipeline(
    "The council put the toll at 90, a fraction of the number of deaths first reported in the raid.",
  );
  assert.equal(
    claims.some((c) => c.cue.text === "first reported"),
    false,
  );
});
