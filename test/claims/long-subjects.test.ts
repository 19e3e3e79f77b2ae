import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline, claimsWith } from "./claims-of.js";

test("a subject reaches its cue across an apposition whose tagging goes astray", () => {
  const claims = claimsThroughPipeline(
    "Lena Ortiz, a founder of the left-leaning think tank Fair Share, said the mayor had avoided raising taxes.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Lena Ortiz, a founder of the left-leaning think tank Fair Share");
  assert.equal(said.content.text, "the mayor had avoided raising taxes");
});

test("a subject reaches its cue across a place inside an insertion, and 'has since said'", () => {
  const text =
    "The transport agency, in a review of the rail network that has drawn criticism from unions, has since said it would close three depots.";
  const said = byCue(claimsThroughPipeline(text), "said");
  assert.equal(said.source?.text, "The transport agency");
  assert.equal(said.content.text, "it would close three depots");
});

test("a subject with a participle phrase reaches its cue across a clause of its own", () => {
  const text =
    "Officials familiar with the files taken from the depot in Leeds, speaking on condition of anonymity because they were not allowed to discuss the case, said that the locks had been broken.";
  const said = byCue(claimsThroughPipeline(text), "said");
  assert.equal(said.source?.text, "Officials familiar with the files taken from the depot in Leeds");
});

test("no long subject when a clause of its own stands between the opening phrase and the cue", () => {
  const claims = claimsThroughPipeline(
    "The port, by most accounts, reopened on Monday, said a report that nobody read.",
  );
  assert.equal(
    claims.some((c) => c.cue.text === "said" && c.source?.text === "The port"),
    false,
  );
});

test("a relative clause set off by commas ends where the main clause's verb comes back", () => {
  const text =
    "Mara Quist, head of the Dockworkers Union, which endorsed the mayor in May, said the strike would end soon.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "endorsed").content.text, "the mayor in May");
  assert.equal(byCue(claims, "said").content.text, "the strike would end soon");
});

test("a subject carries participle and preposition modifiers with no comma up to its cue", () => {
  const said = byCue(
    claimsThroughPipeline(
      "A survey conducted by the chamber among traders in the old port showed that most stalls were losing money.",
    ),
    "showed",
  );
  assert.equal(said.source?.text, "A survey conducted by the chamber among traders in the old port");
  assert.equal(said.content.text, "that most stalls were losing money");
});

test("no long subject over a finite verb of its own before the cue", () => {
  const claims = claimsThroughPipeline("The survey ended in May and the chamber found that most stalls lost money.");
  assert.equal(
    claims.some((c) => c.source?.text.startsWith("The survey")),
    false,
  );
});

test("'who' after a person's phrase with a place in it is that person, not the place", () => {
  const claims = claimsThroughPipeline(
    "A ferry official in Tromsø, who refused to give his name, said the port was closed. Tomas Vik spoke later.",
  );
  const refused = claims.find((c) => c.cue.text === "refused");
  assert.equal(refused?.source?.text.startsWith("A ferry official"), true);
});

test("must not fire: after 'a response from' a name, 'who' is that named person", () => {
  const claims = claimsThroughPipeline("The plan drew a harsh response from Tomas Vik, who said the port would close.");
  assert.equal(byCue(claims, "said").source?.text, "Tomas Vik");
});

test("a focus adverb before a subject with an apposition keeps the claim ('Even China, Pyongyang's only ally, said …')", () => {
  const claims = claimsThroughPipeline("Even Norway, Sweden's only ally, said it was opposed to the plan.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "Norway, Sweden's only ally");
  assert.equal(claims[0]?.content.text, "it was opposed to the plan");
});

test("a short quotation inside the insertion after the subject leaves the subject the speaker ('X, known as “…,” stated that', 'X, who called it “…,” said')", () => {
  const claims = claimsThroughPipeline(
    "Ivan Petrov, the smuggler known as “the Fox,” stated that he had paid the guards. Ana Ruiz, who called the plan “a disaster,” said the vote should be delayed.",
  );
  const stated = byCue(claims, "stated");
  assert.equal(stated.source?.text, "Ivan Petrov, the smuggler known as “the Fox,”");
  assert.equal(stated.content.text, "that he had paid the guards");
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Ana Ruiz, who called the plan “a disaster,”");
  assert.equal(said.content.text, "the vote should be delayed");
});

test("an adverbial between commas after an auxiliary stays inside the verb group ('has, however, revealed that')", () => {
  const claims = claimsThroughPipeline(
    "A new survey has, however, revealed that most farmers oppose the tariff. Officials have, for months, insisted that the dam is safe.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["A new survey", "that most farmers oppose the tariff"],
      ["Officials", "that the dam is safe"],
    ],
  );
});

test("a subject with a relative clause running to a comma, then an insertion of places, speaks: 'Fans who …, on radio or at games, said P'", () => {
  const claims = claimsWith(
    "Fans who have followed the club over the decades, on radio or at games, said the team had lost its spark.",
  );
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Fans who have followed the club over the decades");
  assert.equal(said.content.text, "the team had lost its spark");
});

test("a stray comma after a party-and-state bracket does not cut the subject off its cue: 'Rep. Ann Roe (D-Ore.), said P'", () => {
  const claims = claimsWith("Rep. Ann Roe (D-Ore.), said after the vote that the bill was weak.");
  const said = byCue(claims, "said");
  assert.equal(said.source?.text, "Rep. Ann Roe (D-Ore.)");
  assert.equal(said.content.text, "that the bill was weak");
});

test("a subject ending in an owner's gerund speaks: 'people familiar with his thinking say P'", () => {
  const claims = claimsThroughPipeline(
    "People familiar with his thinking say the envoy now doubts the truce will hold.",
  );
  const say = byCue(claims, "say");
  assert.equal(say.source?.text, "People familiar with his thinking");
  assert.equal(say.content.text, "the envoy now doubts the truce will hold");
});
