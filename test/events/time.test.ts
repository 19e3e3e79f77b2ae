import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

test("an event takes the nearest date of its own clause", () => {
  const text = "Rebels attacked Goma on Friday, and the army retook the airport on Sunday.";
  const events = eventsOf(text, {
    times: [
      { at: "on Friday", value: "2025-06-27" },
      { at: "on Sunday", value: "2025-06-29" },
    ],
  });
  assert.deepEqual(eventAt(events, "attacked")?.time, { value: "2025-06-27" });
});

test("the time a statement was made is not the time of the event it reports", () => {
  const text =
    "The ministry said Tuesday that troops were deployed to the border. Officials said last week that the army will withdraw its forces this month.";
  const events = eventsOf(text, {
    times: [
      { at: "Tuesday", value: "2025-07-01" },
      { at: "last week", value: "2025-W26" },
      { at: "this month", value: "2025-07" },
    ],
  });
  assert.equal(eventAt(events, "deployed")?.time, null);
  assert.deepEqual(eventAt(events, "withdraw")?.time, { value: "2025-07" });
});

test("a claim's reportedAt time is never taken as the event's time", () => {
  const text = "Oslo confirmed it had deployed marines to the island in April.";
  const events = eventsOf(text, {
    entities: [{ id: "no", type: "GPE", mentions: ["Oslo"] }],
    times: [{ at: "in April", value: "2025-04" }],
    claims: [
      {
        id: "c1",
        content: "it had deployed marines to the island",
        cue: "confirmed",
        source: "no",
        reportedAt: "in April",
      },
    ],
  });
  assert.equal(eventAt(events, "deployed")?.time, null);
});

test("durations are not event times", () => {
  const text = "Workers began a three-day strike action.";
  const events = eventsOf(text, { times: [{ at: "three-day", value: "P3D", type: "DURATION" }] });
  assert.equal(eventAt(events, "strike action")?.time, null);
});

test("the N-year anniversary of an event puts it N years before the anniversary", () => {
  const text =
    "The ceremony in Hanoi on Saturday marked the 10th anniversary of a trade pact signed by the two countries.";
  const events = eventsOf(text, {
    entities: [{ id: "hanoi", type: "GPE", mentions: ["Hanoi"] }],
    times: [{ at: "on Saturday", value: "2025-06-28" }],
  });
  assert.deepEqual(eventAt(events, "ceremony")?.time, { value: "2025-06-28" });
  assert.deepEqual(eventAt(events, "pact")?.time, { value: "2015-06-28" });
});

test("an anniversary without a date of its own takes the date of the event just reported", () => {
  const text =
    "A parade was held in Minsk on Thursday. The parade celebrated the second anniversary of an agreement signed by Belarus and Russia.";
  const events = eventsOf(text, {
    entities: [
      { id: "minsk", type: "GPE", mentions: ["Minsk"] },
      { id: "by", type: "GPE", mentions: ["Belarus"] },
      { id: "ru", type: "GPE", mentions: ["Russia"] },
    ],
    times: [
      { at: "on Thursday", value: "2025-06-26" },
      { at: "second", value: "P2Y", type: "DURATION" },
    ],
  });
  assert.deepEqual(eventAt(events, "parade")?.time, { value: "2025-06-26" });
  const agreement = eventAt(events, "agreement");
  assert.deepEqual(agreement?.time, { value: "2023-06-26" });
  assert.deepEqual(agreement?.participants.map((p) => p.entity).sort(), ["by", "ru"]);
});

test("an anniversary's own date is never given to the event it commemorates", () => {
  const text = "Crowds gathered on Monday for the anniversary of the invasion.";
  const events = eventsOf(text, { times: [{ at: "on Monday", value: "2025-06-30" }] });
  assert.equal(eventAt(events, "invasion")?.time, null);
});

test("a participle after a comma happens when its main clause does", () => {
  const text = "A car bomb exploded in Goma on Friday, killing dozens of people.";
  const events = eventsOf(text, { times: [{ at: "on Friday", value: "2025-06-27" }] });
  assert.deepEqual(eventAt(events, "killing")?.time, { value: "2025-06-27" });
});

test("must not fire: a clause of its own after a comma keeps its own time, or none", () => {
  const text = "A car bomb exploded in Goma on Friday, while rebels were killing dozens of people elsewhere.";
  const events = eventsOf(text, { times: [{ at: "on Friday", value: "2025-06-27" }] });
  assert.equal(eventAt(events, "killed")?.time ?? null, null);
});
