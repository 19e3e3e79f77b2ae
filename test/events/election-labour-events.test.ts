import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const fired = (events: ReturnType<typeof eventsOf>) => events.map((e) => `${e.type}:${e.trigger.text}`);

test("winning and losing an election are results beside the election itself; winning support is none", () => {
  const text =
    "Mara Ilves won the election. Ilves defeated Jaan Tamm in the runoff. Tamm lost the race. " +
    "The plan won support from farmers. He lost his keys.";
  const events = eventsOf(text, {
    entities: [
      { id: "ilves", type: "PERSON", mentions: ["Mara Ilves", ["Ilves", 2]] },
      { id: "tamm", type: "PERSON", mentions: ["Jaan Tamm", ["Tamm", 2]] },
    ],
  });
  assert.deepEqual(fired(events), ["WIN:won", "ELECT:election", "WIN:defeated", "ELECT:runoff", "LOSE:lost"]);
  assert.deepEqual(eventAt(events, "won")?.participants, [{ role: "agent", entity: "ilves" }]);
  assert.deepEqual(eventAt(events, "defeated")?.participants, [
    { role: "agent", entity: "ilves" },
    { role: "patient", entity: "tamm" },
  ]);
});

test("a headline verb read as a noun is no event noun: 'Ilves blasts Tamm'", () => {
  const events = eventsOf("Ilves blasts Tamm over pensions.", {
    entities: [
      { id: "ilves", type: "PERSON", mentions: ["Ilves"] },
      { id: "tamm", type: "PERSON", mentions: ["Tamm"] },
    ],
  });
  assert.deepEqual(fired(events), []);
});

test("workers striking and a strike by pilots are strikes; air strikes are attacks", () => {
  const text =
    "Dockers will strike on Monday. A 24-hour strike by pilots grounded flights. " +
    "An air strike hit the depot. Strikes on the port killed two people.";
  const events = eventsOf(text, { times: [{ at: "on Monday", value: "2025-07-07" }] });
  const kinds = fired(events);
  assert.ok(kinds.includes("STRIKE:strike"), kinds.join(", "));
  assert.equal(events.filter((e) => e.type === "STRIKE").length, 2, kinds.join(", "));
  assert.ok(kinds.includes("ATTACK:air strike"), kinds.join(", "));
  assert.ok(!kinds.includes("STRIKE:Strikes"), kinds.join(", "));
  assert.equal(events.find((e) => e.type === "STRIKE")?.factuality, "future");
});

test("firing an executive is a dismissal; firing shots is an attack; dismissing claims is neither", () => {
  const text =
    "The board fired its chief executive on Tuesday. Soldiers fired shots at the crowd. " +
    "The minister dismissed the claims.";
  const events = eventsOf(text, { times: [{ at: "on Tuesday", value: "2025-07-01" }] });
  assert.deepEqual(fired(events), ["DISMISS:fired", "ATTACK:fired"]);
});

test("strikes a state, an army, a weapon or an attacker carries out, or that kill or hit, are attacks; workers' strikes stay labour strikes", () => {
  const text =
    "Dalmian strikes killed 14 people in Orsk on Sunday. Kestria's strikes over the past week hit power plants. " +
    "Army strikes destroyed two bridges. The insurgent strikes of the last 20 days alarmed Orsk. " +
    "Strikes on the depot wounded three guards. " +
    "Strikes by miners shut the pits. Transport strikes continued. Dalmian rail strikes disrupted travel.";
  const events = eventsOf(text, {
    entities: [
      { id: "dalmia", type: "GPE", mentions: ["Dalmian", ["Dalmian", 2]], kinds: { Dalmian: "demonym" } },
      { id: "kestria", type: "GPE", mentions: ["Kestria"] },
      { id: "orsk", type: "GPE", mentions: ["Orsk", ["Orsk", 2]] },
    ],
    times: [
      { at: "on Sunday", value: "2025-06-29" },
      { at: "the past week", value: "2025-W26" },
      { at: "the last 20 days", value: "P20D", type: "DURATION" },
    ],
  });
  const strikes = events.filter((e) => /^strikes$/i.test(e.trigger.text)).map((e) => e.type);
  assert.deepEqual(strikes, ["ATTACK", "ATTACK", "ATTACK", "ATTACK", "ATTACK", "STRIKE", "STRIKE", "STRIKE"]);
  assert.deepEqual(eventAt(events, "strikes")?.participants, [{ role: "agent", entity: "dalmia" }]);
});

test("workers' verb 'strike' with a time after it and no object is a labour strike to come ('teachers will strike next week')", () => {
  const text = "Teachers will strike next week. Pilots plan to strike on Monday.";
  const events = eventsOf(text, {
    times: [
      { at: "next week", value: "2025-W28" },
      { at: "on Monday", value: "2025-07-07" },
    ],
  });
  assert.deepEqual(fired(events), ["STRIKE:strike", "STRIKE:strike"]);
  assert.deepEqual(
    events.map((e) => e.factuality),
    ["future", "future"],
  );
});
