import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const fired = (events: ReturnType<typeof eventsOf>) => events.map((e) => `${e.type}:${e.trigger.text}`);

test("delays, cancellations and groundings of flights and fleets", () => {
  const text =
    "The airline delayed 40 flights on Monday. Nordair cancelled 300 flights. " +
    "Regulators grounded the entire fleet. She grounded her argument in facts.";
  const events = eventsOf(text, {
    entities: [{ id: "nordair", type: "ORG", mentions: ["Nordair"] }],
    quantities: [
      { at: "40 flights", value: 40, unit: "flights" },
      { at: "300 flights", value: 300, unit: "flights" },
    ],
    times: [{ at: "on Monday", value: "2025-06-30" }],
  });
  assert.deepEqual(fired(events), ["DELAY:delayed", "CANCEL:cancelled", "GROUND:grounded"]);
  assert.equal(eventAt(events, "cancelled")?.count?.value, 300);
  assert.equal(eventAt(events, "cancelled")?.factuality, "asserted", "a cancellation itself happened");
});

test("ships and flights diverted are diversions; attention diverted is none", () => {
  const text = "Carriers diverted their ships around the Cape. The scandal diverted attention from the budget.";
  const events = eventsOf(text);
  assert.deepEqual(fired(events), ["DIVERT:diverted"]);
});

test("closing plants and borders; closing shares and closing a meeting are no closure", () => {
  const text =
    "Voltline will close two plants in Ohio. Hungary closed the border on Friday. " +
    "Shares closed higher in Tokyo. The chair closed the meeting.";
  const events = eventsOf(text, {
    entities: [
      { id: "volt", type: "ORG", mentions: ["Voltline"] },
      { id: "ohio", type: "GPE", mentions: ["Ohio"] },
      { id: "hu", type: "GPE", mentions: ["Hungary"] },
      { id: "tokyo", type: "GPE", mentions: ["Tokyo"] },
    ],
    times: [{ at: "on Friday", value: "2025-06-27" }],
  });
  assert.deepEqual(fired(events), ["CLOSE:close", "CLOSE:closed", "PRICE_CHANGE:closed"]);
  assert.equal(eventAt(events, "close")?.factuality, "future");
});
