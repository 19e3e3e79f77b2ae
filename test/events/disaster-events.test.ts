import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const fired = (events: ReturnType<typeof eventsOf>) => events.map((e) => `${e.type}:${e.trigger.text}`);

test("crashes, capsizings and groundings of vehicles and ships; a crash course is none", () => {
  const text =
    "A bus crashed near Porto on Sunday. The ferry capsized off Lesbos. The tanker ran aground off Suez. " +
    "Two trains collided outside Lyon. Students took a crash course in Greek. Their views collided.";
  const events = eventsOf(text, {
    entities: [
      { id: "porto", type: "GPE", mentions: ["Porto"] },
      { id: "lesbos", type: "LOC", mentions: ["Lesbos"] },
      { id: "suez", type: "GPE", mentions: ["Suez"] },
      { id: "lyon", type: "GPE", mentions: ["Lyon"] },
    ],
    times: [{ at: "on Sunday", value: "2025-06-29" }],
  });
  assert.deepEqual(fired(events), ["CRASH:crashed", "CRASH:capsized", "CRASH:ran aground", "CRASH:collided"]);
  assert.equal(eventAt(events, "crashed")?.location, "porto");
  // The phrase's own last word is no particle: "off Suez" is where, not what.
  assert.equal(eventAt(events, "ran aground")?.location, "suez");
  assert.deepEqual(eventAt(events, "ran aground")?.participants, []);
});

test("earthquakes, floods and storms; a flood of complaints or a storm of criticism is none", () => {
  const text =
    "An earthquake struck the island on Tuesday. Floods closed roads in Valencia. " +
    "When Hurricane Maren hit the coast, thousands fled. A flood of complaints followed. " +
    "The remark caused a storm of criticism.";
  const events = eventsOf(text, {
    entities: [
      { id: "valencia", type: "GPE", mentions: ["Valencia"] },
      { id: "maren", type: "OTHER", mentions: ["Hurricane Maren"] },
    ],
    times: [{ at: "on Tuesday", value: "2025-07-01" }],
  });
  // "a storm of criticism" is criticism, not weather.
  // "thousands fled" is the displacement the storm caused.
  assert.deepEqual(fired(events), [
    "EARTHQUAKE:earthquake",
    "FLOOD:Floods",
    "STORM:Hurricane",
    "DISPLACE:fled",
    "CRITICIZE:criticism",
  ]);
  assert.equal(eventAt(events, "earthquake")?.time?.value, "2025-07-01");
});

test("a fire that breaks out is one; coming under fire, holding one's fire, a campaign catching fire are not", () => {
  const text =
    "A fire broke out at a chemical plant in Ghent. A warehouse caught fire in Riga. " +
    "The minister came under fire from critics. The senator held his fire. The campaign caught fire.";
  const events = eventsOf(text, {
    entities: [
      { id: "ghent", type: "GPE", mentions: ["Ghent"] },
      { id: "riga", type: "GPE", mentions: ["Riga"] },
    ],
  });
  assert.deepEqual(fired(events), ["FIRE:fire", "FIRE:caught fire"]);
  assert.equal(eventAt(events, "caught fire")?.location, "riga");
});

test("a bomb exploding is an explosion; an explosion of interest and prices exploding are not", () => {
  const text =
    "A bomb exploded in a market in Kabul. A blast hit the depot on Friday. " +
    "There was an explosion of interest in the book. Prices exploded last year.";
  const events = eventsOf(text, {
    entities: [{ id: "kabul", type: "GPE", mentions: ["Kabul"] }],
    times: [
      { at: "on Friday", value: "2025-06-27" },
      { at: "last year", value: "2024" },
    ],
  });
  assert.deepEqual(fired(events), ["EXPLOSION:exploded", "EXPLOSION:blast"]);
});

test("must not fire: a storm word inside another capitalised name is no storm ('Salt Typhoon', 'Eurofighter Typhoon')", () => {
  const text =
    "An espionage campaign known as Salt Typhoon targeted calls. The Eurofighter Typhoon landed. Typhoon Maren hit the coast.";
  const storms = eventsOf(text).filter((e) => e.type === "STORM");
  assert.deepEqual(
    storms.map((e) => e.trigger.text),
    ["Typhoon"],
  );
  assert.ok((storms[0]?.trigger.start ?? 0) > text.indexOf("Maren") - 10);
});

test("people who flee or are displaced are a displacement with its count; a suspect who fled is none", () => {
  const text =
    "Some 8,300 people fled the city in the last 72 hours. About 67,000 people are displaced in the region. The suspect fled the scene.";
  const events = eventsOf(text).filter((e) => e.type === "DISPLACE");
  assert.deepEqual(
    events.map((e) => e.trigger.text),
    ["fled", "displaced"],
  );
});
