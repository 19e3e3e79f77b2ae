import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

test("drones and missiles shot down, downed, intercepted or destroyed are interceptions, counted", () => {
  const text =
    "The army shot down nine drones. Twenty drones were shot down over the region. " +
    "Air defences downed a drone. Israel intercepted two missiles. Air defence systems destroyed 41 drones.";
  const events = eventsOf(text, {
    quantities: [
      { at: "nine", value: 9, unit: "drones" },
      { at: "Twenty", value: 20, unit: "drones" },
      { at: "two", value: 2, unit: "missiles" },
      { at: "41", value: 41, unit: "drones" },
    ],
  });
  for (const trigger of ["shot down", "downed", "intercepted", "destroyed"])
    assert.equal(eventAt(events, trigger)?.type, "INTERCEPT", trigger);
  assert.deepEqual(eventAt(events, "shot down")?.count, { value: 9, approximate: false });
  assert.deepEqual(events.filter((e) => e.trigger.text === "shot down")[1]?.count, { value: 20, approximate: false });
  assert.deepEqual(eventAt(events, "destroyed")?.count, { value: 41, approximate: false });
});

test("shooting down a proposal or destroying a record intercepts nothing", () => {
  const events = eventsOf("The Senate shot down the proposal. The storm destroyed the records.");
  assert.equal(
    events.some((e) => e.type === "INTERCEPT"),
    false,
  );
});

test("'shot dead' kills, and a count in words of people is a headcount ('two men')", () => {
  const events = eventsOf("Police shot dead two men.", { quantities: [{ at: "two", value: 2, unit: "men" }] });
  assert.equal(eventAt(events, "shot dead")?.type, "KILL");
  assert.deepEqual(eventAt(events, "shot dead")?.count, { value: 2, approximate: false });
});

test("helicopters destroyed with tanks are no interception; a helicopter shot down is", () => {
  const ground = eventsOf("The ministry said up to 80 tanks and seven helicopters had been destroyed.");
  assert.equal(
    ground.some((e) => e.type === "INTERCEPT"),
    false,
  );
  assert.equal(eventAt(eventsOf("Air defences shot down a Russian helicopter."), "shot down")?.type, "INTERCEPT");
});

test("drones launched at a country are launches, counted, like missiles fired", () => {
  const text = "Russia launched 28 attack drones at Ukraine overnight.";
  const events = eventsOf(text, { quantities: [{ at: "28", value: 28, unit: "drones" }] });
  const launch = eventAt(events, "launched");
  assert.equal(launch?.type, "LAUNCH_MISSILE");
  assert.equal(launch?.count?.value, 28);
});

test("a headline's present-tense verb after a name launches like the body's past tense ('Norland fires cruise missile')", () => {
  const text =
    "Norland fires cruise missile\n\nNorland fired at least two cruise missiles early Tuesday, Velsian Defence Minister Aro Kemp said.";
  const events = eventsOf(text, {
    entities: [
      { id: "norland", type: "GPE", mentions: ["Norland", ["Norland", 2]] },
      { id: "velsia", type: "GPE", mentions: ["Velsian"], kinds: { Velsian: "demonym" } },
      { id: "kemp", type: "PERSON", mentions: ["Aro Kemp"] },
    ],
  });
  for (const trigger of ["fires", "fired"]) {
    const launch = eventAt(events, trigger);
    assert.equal(launch?.type, "LAUNCH_MISSILE", trigger);
    assert.deepEqual(launch?.participants, [{ role: "agent", entity: "norland" }], trigger);
    assert.equal(launch?.location, null, trigger);
  }
  const sudria = { entities: [{ id: "sudria", type: "GPE" as const, mentions: ["Sudria"] }] };
  const headline = eventAt(eventsOf("Sudria fires hypersonic missile\n\nThe launch came at dawn.", sudria), "fires");
  assert.equal(headline?.type, "LAUNCH_MISSILE");
  assert.deepEqual(headline?.participants, [{ role: "agent", entity: "sudria" }]);
  // A plural noun after a place stays a noun where a verb, a preposition or a time follows.
  const fires = eventsOf("Vesta fires destroyed 300 homes.", {
    entities: [{ id: "vesta", type: "GPE", mentions: ["Vesta"] }],
  });
  assert.equal(eventAt(fires, "fires")?.type, "FIRE");
});

test("'fatally shot' and 'fatally stabbed' kill", () => {
  const events = eventsOf("Police fatally shot 17 people. A guard fatally stabbed a man.", {
    quantities: [{ at: "17", value: 17, unit: "people" }],
  });
  assert.equal(eventAt(events, "fatally shot")?.type, "KILL");
  assert.equal(eventAt(events, "fatally shot")?.count?.value, 17);
  assert.equal(eventAt(events, "fatally stabbed")?.type, "KILL");
});
