import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { pipeline } from "../../src/pipeline/stages.js";
import { claimsThroughPipeline, claimsWith, entity, sourcesOf, speakerNamed, speakerOf } from "./claims-of.js";

test("the head decides the entity: the person in 'Dutch MP Jan de Vries', the ministry in 'Oslo's foreign ministry'", () => {
  const text = "Dutch MP Jan de Vries said the deal was dead. Oslo's foreign ministry said talks would go on.";
  const entities = [
    entity(text, "e1", "NORP", "Dutch"),
    entity(text, "e2", "PERSON", "Jan de Vries"),
    entity(text, "e3", "GPE", "Oslo"),
    entity(text, "e4", "ORG", "Oslo's foreign ministry"),
  ];
  const claims = claimsWith(text, { entities });
  assert.equal(claims[0]?.source?.entity, "e2");
  assert.equal(claims[1]?.source?.entity, "e4");
  assert.equal(claims[1]?.source?.text, "Oslo's foreign ministry");
});

test("pronouns take the nearest compatible entity before them", () => {
  const text =
    "Anna Berg met the board of Nordbank on Monday. She said the bank was sound. It said profits had doubled. He said nothing new.";
  const entities = [entity(text, "p1", "PERSON", "Anna Berg"), entity(text, "o1", "ORG", "Nordbank")];
  const claims = claimsWith(text, { entities });
  assert.equal(claims.length, 2);
  const she = claims.find((c) => c.source?.text === "She");
  const it = claims.find((c) => c.source?.text === "It");
  assert.equal(she?.source?.entity, "p1");
  assert.equal(it?.source?.entity, "o1");
});

test("unnamed sources keep their text with a null entity", () => {
  const text = "Officials said the border was calm. A source familiar with the matter said the talks had stalled.";
  const entities = [entity(text, "e1", "ORG", "Nordbank")];
  const claims = claimsWith(text, { entities });
  assert.equal(claims.length, 2);
  assert.equal(claims[0]?.source?.text, "Officials");
  assert.equal(claims[0]?.source?.entity, null);
  assert.equal(claims[1]?.source?.text, "A source familiar with the matter");
  assert.equal(claims[1]?.source?.entity, null);
});

test("a spokesman or a statement speaks for the organization named beside it", () => {
  const text = "A spokesman for Nordbank said the loan was repaid. A Nordbank statement said no jobs would go.";
  const claims = claimsWith(text, { entities: [entity(text, "o1", "ORG", "Nordbank")] });
  assert.equal(claims[0]?.source?.entity, "o1");
  assert.equal(claims[1]?.source?.entity, "o1");
});

test("end to end, the source text comes from the article", () => {
  const claims = claimsThroughPipeline("The European Commission said on Monday that the tariffs were illegal.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source?.text, "The European Commission");
  assert.ok(claims[0]?.source?.span);
  assert.equal(claims[0]?.content.text, "that the tariffs were illegal");
});

test("a pronoun passes over a possessor just before it for the one who acts ('after examining Berg's leg, she')", () => {
  const text = "Dr. Lena Holm treated the patient. After examining Anna Berg's leg, she said a clot was likely.";
  const entities = [entity(text, "d1", "PERSON", "Lena Holm"), entity(text, "p1", "PERSON", "Anna Berg")];
  const claims = claimsWith(text, { entities });
  assert.equal(claims.find((c) => c.source?.text === "she")?.source?.entity, "d1");
});

test("must not fire: a possessor is the pronoun's when no one else stands near before it", () => {
  const text = "Anna Berg's campaign began on Monday. She said the race was close.";
  const entities = [entity(text, "p1", "PERSON", "Anna Berg")];
  const claims = claimsWith(text, { entities });
  assert.equal(claims.find((c) => c.source?.text === "She")?.source?.entity, "p1");
});

test("a mouthpiece for an organization the text does not name is unnamed, not the place it sits in", () => {
  const text =
    "A spokesman for the ministry in Oslo said the talks had failed. A spokesman for Acme in Oslo said prices fell.";
  const entities = [entity(text, "oslo", "GPE", "Oslo"), entity(text, "acme", "ORG", "Acme")];
  const claims = claimsWith(text, { entities });
  assert.equal(claims[0]?.source?.entity, null);
  assert.equal(claims[1]?.source?.entity, "acme");
});

test("a statement speaks for whoever issued it ('Hamas issued a statement saying …')", () => {
  const text = "Hamas issued a statement saying the talks had failed.";
  const doc = pipeline.run({
    text,
    published: "2025-07-01",
    title: null,
    url: null,
    source: null,
    origin: null,
  } as never);
  const hamas = doc.entities?.find((e) => e.name === "Hamas");
  const claim = doc.claims?.[0];
  assert.equal(claim?.source?.text, "Hamas");
  assert.ok(hamas);
  assert.equal(claim?.source?.entity, hamas.id);
});

test("a name the names stage found speaks though the tagger took its word for another part of speech ('Jolly said')", () => {
  assert.equal(speakerOf("Rep. David Jolly spoke on Monday. Jolly said he was cautious.", "said"), "David Jolly");
});

test("a title's holder named at the end of the source speaks, not the state before the title ('US Secretary of State Antony Blinken')", () => {
  assert.equal(
    speakerOf("US Secretary of State Antony Blinken said the reports were false.", "said"),
    "Antony Blinken",
  );
});

test("an organ of a state the article names no entity for speaks for the state ('The Israeli military said', 'Ukraine's air force said')", () => {
  const { claims, entities } = analyse({
    text: "The Israeli military said on Tuesday that it struck senior Hamas commanders. Ukraine's air force said it shot down 20 drones.",
    published: "2024-09-10",
    title: null,
    url: null,
    source: null,
  });
  const name = (c: (typeof claims)[number]) => entities.find((e) => e.id === c.source?.entity)?.name;
  assert.deepEqual(claims.map(name), ["Israel", "Ukraine"]);
});

test("a body named in a person's title is no antecedent of 'it' ('US House Speaker Kevin McCarthy … an encounter it had warned …')", () => {
  const text =
    "The show of force from Beijing was a response to Tsai's meeting with US House Speaker Kevin McCarthy, an encounter it had warned would provoke retaliation.";
  assert.notEqual(speakerOf(text, "had warned"), "US House");
});

test("'they' after people named by a plural noun stands for them, not for the organization beside them; a place where something happened ('met in Oslo') is passed over for the body that met", () => {
  const text =
    "Mara Diaz was among three survivors and two nurses questioned by Aljazeera. They said the clinic had been shelled. The Nordic Council met in Oslo on Monday. They said the treaty would hold.";
  assert.deepEqual(sourcesOf(text), [
    ["They", null],
    ["They", "Nordic Council"],
  ]);
});

test("'the army' after 'The Chilean military said' speaks for the same state; with no organ named before it stays unnamed", () => {
  const text =
    'The Chilean military said two flares were seen over the bay. "Both fell into the sea," the army said. In Lima, the police said roads were closed.';
  assert.equal(speakerOf(text, "said"), "Chile");
  assert.equal(speakerNamed(text, "the army"), "Chile");
  assert.equal(speakerNamed(text, "the police"), null);
});

test("a person described by age ('the 58-year-old') is the person who spoke last before", () => {
  const text =
    'Kwame Osei rejected the count. "The tallies were changed overnight in three regions," the 58-year-old alleged.';
  assert.equal(speakerNamed(text, "the 58-year-old"), "Kwame Osei");
});

test("'the Moldovan air force said … the air force said … it added': the state's organ, then the same organ, then the speaker going on", () => {
  const text =
    'Drones crossed into the north overnight, the Moldovan air force said Saturday. "Six were tracked," the air force said. Ukraine\'s air force said Russia attacked with drones. "Two fell in fields," it added.';
  assert.deepEqual(sourcesOf(text), [
    ["the Moldovan air force", "Moldova"],
    ["the air force", "Moldova"],
    ["Ukraine's air force", "Ukraine"],
    ["it", "Ukraine"],
  ]);
});

test("'the spokesman' after 'A Peruvian government spokesman said' speaks for the same one", () => {
  const text =
    "A Peruvian government spokesman on Monday denied reports of a curfew. However, the spokesman said that roads to the mine stayed shut.";
  assert.equal(speakerNamed(text, "the spokesman"), "Peru");
});

test("an organization's name before words that say what it is speaks ('the Hamas militant group', 'the official Xinhua news agency'); an organ it owns is its own", () => {
  const text =
    "The shelling stopped, the Hamas militant group said. The strike hit, the official Xinhua news agency reported. The toll rose, the Hamas health ministry said.";
  assert.equal(speakerOf(text, "reported"), "Xinhua");
  assert.deepEqual(
    sourcesOf(text).map(([, name]) => name),
    ["Hamas", "Xinhua", "Hamas health ministry"],
  );
});

test("a person named in apposition at the end of the source speaks, not the unit before ('2nd Brigade …, Captain Eli Lazarus')", () => {
  const text =
    "Spokesman, 2nd Brigade of the Nigerian Army in Port Harcourt, Captain Eli Lazarus, explained that no soldier died.";
  assert.equal(speakerOf(text, "explained"), "Eli Lazarus");
});

test("a capitalised first word is no title: 'Organisers of the protest against President Ann Berg' are not Ann Berg", () => {
  const text = "Organisers of the protest against the visit of President Ann Berg claimed that 200,000 people joined.";
  assert.equal(speakerOf(text, "claimed"), undefined);
});

test("a person in apposition before a relative clause that closes the source speaks ('A spokesperson for the army, Col. Ann Berg, who …, said')", () => {
  const text =
    "A spokesperson for the Nigeria Army, Col. Ann Berg, who confirmed the incident, however said it was exaggerated.";
  assert.equal(speakerOf(text, "however said"), "Ann Berg");
});

test("must not fire: a description after the comma that ends on someone else's name is not that person ('X, spokesman for Secretary-General Y')", () => {
  const text = '"Ten thousand people returned," said Anna Berg, spokesman for UN Secretary-General Tom Vale.';
  assert.equal(speakerOf(text, "said"), "Anna Berg");
});

test("a place before '-based' is where the source sits, not whose organ it is ('The Britain-based monitor')", () => {
  assert.notEqual(
    speakerOf(
      "The Britain-based monitor, which relies on sources inside the country, said 165 soldiers were killed.",
      "said",
    ),
    "United Kingdom",
  );
  assert.equal(speakerOf("The Israeli military said it struck targets.", "said"), "Israel");
});
