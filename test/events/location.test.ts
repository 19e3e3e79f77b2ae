import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const places = [
  { id: "lagos", type: "GPE" as const, mentions: ["Lagos"] },
  { id: "moscow", type: "GPE" as const, mentions: ["Moscow"] },
  { id: "kyiv", type: "GPE" as const, mentions: ["Kyiv"] },
  { id: "beijing", type: "GPE" as const, mentions: ["Beijing"] },
  { id: "macron", type: "PERSON" as const, mentions: ["Emmanuel Macron"] },
];
/** Events of a text whose entities are those of `places` it names. */
const eventsIn = (text: string) =>
  eventsOf(text, { entities: places.filter((p) => p.mentions.every((m) => text.includes(m))) });

test("'in PLACE' after the trigger is where the event happened", () => {
  const events = eventsIn("Police arrested 30 people in Lagos.");
  assert.equal(eventAt(events, "arrested")?.location, "lagos");
});

test("a possessor inside a phrase is no place: 'died in Ankara's campaign against Kyiv'", () => {
  const events = eventsIn("Soldiers died in Moscow's campaign against Kyiv.");
  const killed = eventAt(events, "died");
  assert.equal(killed?.location, null);
  assert.ok(!killed?.participants.some((p) => p.entity === "kyiv"), "Kyiv belongs to the campaign, not to the deaths");
});

test("a visited place is the location of a visit, not its patient", () => {
  const events = eventsIn("Emmanuel Macron visited Beijing.");
  const visit = eventAt(events, "visited");
  assert.equal(visit?.location, "beijing");
  assert.deepEqual(visit?.participants, [{ role: "agent", entity: "macron" }]);
});

test("a sentence-initial 'In PLACE,' locates the clause's event", () => {
  const events = eventsIn("In Lagos, thousands protested.");
  assert.equal(eventAt(events, "protested")?.location, "lagos");
});

test("a place after the event's object is where it happened: 'the bombing of embassies in Lagos'", () => {
  const events = eventsIn(
    "The bombing of two embassies in Lagos shocked the region. Police arrested a man at his home in Moscow.",
  );
  assert.equal(eventAt(events, "bombing")?.location, "lagos");
  assert.equal(eventAt(events, "arrested")?.location, "moscow");
});

test("must not fire: an event noun keeps its place, so 'condemned the bombing of embassies in Lagos' was not in Lagos", () => {
  const events = eventsIn("Emmanuel Macron condemned the bombing of two embassies in Lagos.");
  assert.equal(eventAt(events, "condemned")?.location ?? null, null);
  assert.equal(eventAt(events, "bombing")?.location, "lagos");
});

test("a strike on a place is where what it did happened ('A strike on Lagos killed two'); 'the city of X' is X", () => {
  assert.equal(eventAt(eventsIn("A strike on Lagos killed two people."), "killed")?.location, "lagos");
  assert.equal(eventAt(eventsIn("Gunmen attacked a bus in the city of Lagos."), "attacked")?.location, "lagos");
  // A strike that is a walkout has no "on" place: "went on strike on Monday" names a day.
  assert.equal(eventAt(eventsIn("Dockers went on strike on Monday."), "on strike")?.location ?? null, null);
});

test("the owner of an event noun is its agent, not where it happened ('killed in Israel's attack on the hospital')", () => {
  const events = eventsOf("Five people were killed in Israel's attack on the hospital on Monday.", {
    entities: [{ id: "il", type: "GPE", mentions: ["Israel"] }],
  });
  assert.equal(eventAt(events, "attack")?.location, null);
});
