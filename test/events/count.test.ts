import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

test("a number in the passive subject counts the patients", () => {
  const text = "About 300 fighters have been killed in the fighting.";
  const events = eventsOf(text, { quantities: [{ at: "About 300", value: 300, approximate: true, unit: "fighters" }] });
  assert.deepEqual(eventAt(events, "killed")?.count, { value: 300, approximate: true });
});

test("a number in the object counts the patients", () => {
  const text = "Police detained 45 protesters.";
  const events = eventsOf(text, { quantities: [{ at: "45", value: 45, unit: "protesters" }] });
  assert.deepEqual(eventAt(events, "detained")?.count, { value: 45, approximate: false });
});

test("a bound without a value is kept as the minimum: 'sending thousands of troops'", () => {
  const text = "The government is sending thousands of troops to the region.";
  const events = eventsOf(text, { quantities: [{ at: "thousands", value: null, min: 1000, approximate: true }] });
  assert.deepEqual(eventAt(events, "sending")?.count, { value: null, approximate: true, min: 1000 });
});

test("count words after a number: '12 dead and 30 injured'", () => {
  const text = "The blast left 12 dead and 30 injured.";
  const events = eventsOf(text, {
    quantities: [
      { at: "12", value: 12 },
      { at: "30", value: 30 },
    ],
  });
  assert.deepEqual(eventAt(events, "dead")?.count, { value: 12, approximate: false });
  assert.deepEqual(eventAt(events, "injured")?.count, { value: 30, approximate: false });
});

test("money, shares and durations are no headcount", () => {
  const text = "The raid killed 20% of the herd.";
  const events = eventsOf(text, { quantities: [{ at: "20%", value: 20, unit: "percent" }] });
  assert.equal(eventAt(events, "killed")?.count, null);
});

test("events that count nothing carry no count", () => {
  const text = "The two firms signed 3 agreements.";
  const events = eventsOf(text, { quantities: [{ at: "3", value: 3 }] });
  assert.equal(eventAt(events, "agreements")?.count, null);
});
