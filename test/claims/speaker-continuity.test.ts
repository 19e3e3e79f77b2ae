import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsThroughPipeline, claimsWith, entity, speakerNamed } from "./claims-of.js";

const sourceOf = (claims: ReturnType<typeof claimsWith>, pronoun: string, content: string) =>
  claims.find((c) => c.source?.text === pronoun && c.content.text.includes(content))?.source?.entity;

test("a person named inside the previous claim's content gives way to whoever said it ('asked Singh to clarify. She said …')", () => {
  const text =
    "Opposition leader Mira Kest asked Prime Minister Tomas Verin to clarify. She said the ministry had misled parliament.";
  const entities = [entity(text, "k", "PERSON", "Mira Kest"), entity(text, "v", "PERSON", "Tomas Verin")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "She", "ministry had misled"), "k");
});

test("a person named inside the pronoun's own quotation is not its speaker ('“… he (Orlov) …,” he said')", () => {
  const text =
    "Party chief Ivo Marsh called the minister's statement laughable. “It seems as if he (Orlov) is on their side,” he said.";
  const entities = [entity(text, "m", "PERSON", "Ivo Marsh"), entity(text, "o", "PERSON", "Orlov")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "he", "on their side"), "m");
});

test("must not fire: someone spoken of in the claim before is still 'she' when the speaker is a man", () => {
  const text = "Mr. Dale Orcutt said Mrs. Petra Lind had misled voters. She said the charge was false.";
  const entities = [entity(text, "d", "PERSON", "Dale Orcutt"), entity(text, "p", "PERSON", "Petra Lind")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "She", "charge was false"), "p");
});

test("must not fire: 'it' and 'they' do not carry the speaker on ('The union said the firm cut jobs. It said …')", () => {
  const text = "Union leader Sam Pryor said Halvex Corp had cut 300 jobs. It said the cuts were needed.";
  const entities = [entity(text, "s", "PERSON", "Sam Pryor"), entity(text, "h", "ORG", "Halvex Corp")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "It", "cuts were needed"), "h");
});

test("through the whole pipeline, a title with its 'of' phrase before a name gives the holder as the source", () => {
  const claims = claimsThroughPipeline("Leader of the Opposition Mira Kestova said the budget was a fraud.");
  const claim = claims.find((c) => c.content.text.includes("budget was a fraud"));
  assert.ok(claim?.source?.entity, "the source resolves to the person");
});

test("must not fire: a pronoun in the same sentence as the claim before ('Orcutt said Vale was right when he said …'): in one sentence the pronoun speaks of the content", () => {
  const text = "Retired general Dale Orcutt said Tomas Vale was right when he said the army had been weakened.";
  const entities = [entity(text, "o", "PERSON", "Dale Orcutt"), entity(text, "v", "PERSON", "Tomas Vale")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "he", "army had been weakened"), "v");
});

test("'it' after a speaker named with its place stands for the speaker, not the place ('The hospital in Gaza said … It said …')", () => {
  const text =
    "The Aqsa Martyrs Hospital in Gaza said eight of those killed were children. It said three women were also killed.";
  const claims = claimsThroughPipeline(text);
  const first = claims.find((c) => c.source?.text === "The Aqsa Martyrs Hospital in Gaza");
  const second = claims.find((c) => c.source?.text === "It");
  assert.ok(first?.source?.entity);
  assert.equal(second?.source?.entity, first?.source?.entity);
});

test("'It said' right after a speaker the article does not name goes on with that speaker, not a name further back", () => {
  const text =
    "The air force shot down drones, the Tass news agency reported. “We destroyed 56 drones,” the ministry said. It said 11 drones fell over Belgorod.";
  const it = claimsThroughPipeline(text).find((c) => c.source?.text === "It");
  assert.ok(it);
  assert.equal(it.source?.entity, null);
});

test("'They said' right after unnamed people in the plural goes on with them, not the outlet they told ('Witnesses told Reuters …')", () => {
  const text = "Witnesses told Reuters that the market was hit twice. They said three traders died.";
  const entities = [entity(text, "r", "ORG", "Reuters")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "They", "three traders"), null);
});

test("'It said' after 'X released a statement saying …' goes on with the issuer, not a place named in between", () => {
  const text =
    "The Chilean foreign office released a statement saying the navy had struck boats near the coast of Peru. It said the strikes hit no civilians.";
  const it = claimsThroughPipeline(text).find((c) => c.source?.text === "It");
  const statement = claimsThroughPipeline(text).find((c) => c.content.text.startsWith("the navy"));
  assert.ok(it && statement?.source?.entity);
  assert.equal(it.source?.entity, statement.source?.entity);
});

test("'he' right after a claim by an unnamed person ('A resident of the village also said …') is that person, not a name before", () => {
  const text =
    "Ten people were killed, according to Ko Zaw Tun, a fighter. A resident of the village also said ten people had been killed. He and other locals had cremated the dead, he said.";
  const entities = [entity(text, "k", "PERSON", "Ko Zaw Tun")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "he", "cremated"), null);
});

test("'it' later in the same sentence as a claim by an unnamed body goes on with that body ('The air force said …, the missiles that it says …')", () => {
  const text =
    "Russia launched drones at Ukraine. The air force said that Russia targeted the south, but it did not say what happened to the missiles that it says Russia had launched.";
  const entities = [entity(text, "r", "GPE", "Russia"), entity(text, "u", "GPE", "Ukraine")];
  assert.equal(sourceOf(claimsWith(text, { entities }), "it", "Russia had launched"), null);
});

test("'it said' after an organization's claim goes on with that speaker, not with a state spoken of in it", () => {
  const text =
    'The Danish Foreign Ministry urged Russia to respect the treaty. "(Russia) has no claim to the strait," it said in a statement.';
  assert.equal(speakerNamed(text, "it"), "Danish Foreign Ministry");
});

test("'it said' going on from 'it said' after an unnamed body stays with that body, not a place in its words", () => {
  const text =
    'The blast destroyed a house in Ramadi, the ministry said. "The bodies of 13 soldiers were found," it said. The blast came from a tunnel west of Baghdad, it said.';
  const last = claimsThroughPipeline(text).find((c) => c.content.text.startsWith("The blast came"));
  assert.equal(last?.source?.text, "it");
  assert.equal(last?.source?.entity, null);
});
