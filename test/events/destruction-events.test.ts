import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { eventAt, eventsOf } from "./fixture.js";

test("things destroyed, razed or torched are destruction, counted; drones destroyed stay interceptions", () => {
  const events = eventsOf("Gunmen destroyed 40 fuel tankers. Rebels razed the village and torched 30 homes.", {
    quantities: [
      { at: "40", value: 40, unit: "tankers" },
      { at: "30", value: 30, unit: "homes" },
    ],
  });
  assert.equal(eventAt(events, "destroyed")?.type, "DESTROY");
  assert.equal(eventAt(events, "destroyed")?.count?.value, 40);
  assert.equal(eventAt(events, "razed")?.type, "DESTROY");
  assert.equal(eventAt(events, "torched")?.count?.value, 30);
  const drones = eventsOf("Air defence systems destroyed 41 drones.", {
    quantities: [{ at: "41", value: 41, unit: "drones" }],
  });
  assert.equal(eventAt(drones, "destroyed")?.type, "INTERCEPT");
});

test("must not fire: destroying evidence or a reputation is no destruction event", () => {
  const events = eventsOf("The aide destroyed the evidence. The scandal destroyed his reputation.");
  assert.equal(
    events.some((e) => e.type === "DESTROY"),
    false,
  );
});

test("two sources' counts of the things destroyed conflict ('about 30 lorries were destroyed' against 'destroyed 70')", () => {
  const { conflicts } = analyse({
    text: "A drivers' union said about 30 lorries were destroyed on Monday, while a source close to the rebels said they had destroyed 70.",
    published: "2025-09-16",
    title: null,
    url: null,
    source: null,
  });
  assert.deepEqual(
    conflicts.map((c) => c.kind),
    ["quantity"],
  );
});

test("people slaughtered are killed, counted", () => {
  const events = eventsOf("Around 2,000 people were slaughtered by the militants.", {
    quantities: [{ at: "Around 2,000", value: 2000, unit: "people", approximate: true }],
  });
  assert.equal(eventAt(events, "slaughtered")?.type, "KILL");
});
