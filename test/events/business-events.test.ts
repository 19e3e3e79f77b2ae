import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const fired = (events: ReturnType<typeof eventsOf>) => events.map((e) => `${e.type}:${e.trigger.text}`);

test("orders of goods are purchases; commands, court orders and 'in order to' are not", () => {
  const text =
    "Aerolinea ordered 12 jets from Skyframe on Monday. The judge ordered the company to pay. " +
    "They left early in order to vote. She obtained a court order. The general ordered an inquiry.";
  const events = eventsOf(text, {
    entities: [
      { id: "aero", type: "ORG", mentions: ["Aerolinea"] },
      { id: "sky", type: "ORG", mentions: ["Skyframe"] },
    ],
    quantities: [{ at: "12 jets", value: 12, unit: "jets" }],
    times: [{ at: "on Monday", value: "2025-06-30" }],
  });
  assert.deepEqual(fired(events), ["PURCHASE:ordered"]);
  const order = eventAt(events, "ordered");
  assert.deepEqual(order?.participants, [
    { role: "agent", entity: "aero" },
    { role: "other", entity: "sky" },
  ]);
  assert.equal(order?.count?.value, 12);
});

test("an order of money or a placed order is a purchase without naming the goods", () => {
  const text = "Norland Air placed an order with Skyframe. Skyframe won a $4 billion order from Bervik.";
  const events = eventsOf(text, {
    quantities: [{ at: "$4 billion", value: 4e9, unit: "USD" }],
  });
  assert.deepEqual(fired(events), ["PURCHASE:order", "PURCHASE:order"]);
});

test("buying a company is a takeover, buying goods a purchase, buying a story nothing", () => {
  const text =
    "Norsk Foods bought Baltic Brands last year. Norsk Foods bought two cargo ships. " +
    "Voters did not buy the story. Norsk Foods sold its food unit to Baltic Brands.";
  const events = eventsOf(text, {
    entities: [
      { id: "norsk", type: "ORG", mentions: ["Norsk Foods", ["Norsk Foods", 2], ["Norsk Foods", 3]] },
      { id: "baltic", type: "ORG", mentions: ["Baltic Brands", ["Baltic Brands", 2]] },
    ],
    times: [{ at: "last year", value: "2024" }],
  });
  assert.deepEqual(fired(events), ["MERGE:bought", "PURCHASE:bought", "SELL:sold"]);
  const sale = events[2];
  assert.deepEqual(sale?.participants, [
    { role: "agent", entity: "norsk" },
    { role: "other", entity: "baltic" },
  ]);
});

test("a sale is an event; sales figures and sold-out shows are not", () => {
  const text = "The sale of the refinery was completed in May. Sales rose in the quarter. The concert sold out.";
  const events = eventsOf(text, { times: [{ at: "in May", value: "2025-05" }] });
  assert.deepEqual(fired(events), ["SELL:sale", "REPORT_RESULTS:rose"]);
});

test("results: a loss of money or a posted profit; not the loss of life, nor a person's defeat", () => {
  const text =
    "Kestrel Bank lost $2 billion in the quarter. Harbor Steel posted a net loss. " +
    "The loss of life was terrible. Senator Vale lost the vote. Profits fell 5% in May.";
  const events = eventsOf(text, {
    entities: [
      { id: "kestrel", type: "ORG", mentions: ["Kestrel Bank"] },
      { id: "harbor", type: "ORG", mentions: ["Harbor Steel"] },
      { id: "vale", type: "PERSON", mentions: ["Senator Vale"] },
    ],
    quantities: [
      { at: "$2 billion", value: 2e9, unit: "USD" },
      { at: "5%", value: 5, unit: "percent" },
    ],
  });
  assert.deepEqual(fired(events), [
    "REPORT_RESULTS:lost",
    "REPORT_RESULTS:net loss",
    "LOSE:lost",
    "REPORT_RESULTS:fell",
  ]);
  assert.deepEqual(eventAt(events, "net loss")?.participants, [{ role: "agent", entity: "harbor" }]);
});

test("shares and indices rising or falling are price changes; falling silent or ill is not", () => {
  const text =
    "Shares of Kestrel fell 5% on Monday. The main index rose 120 points. Stock markets across Asia slumped. " +
    "The room fell silent. He fell ill in June. Support for the plan rose.";
  const events = eventsOf(text, {
    entities: [
      { id: "kestrel", type: "ORG", mentions: ["Kestrel"] },
      { id: "asia", type: "LOC", mentions: ["Asia"] },
    ],
    quantities: [
      { at: "5%", value: 5, unit: "percent" },
      { at: "120 points", value: 120, unit: "points" },
    ],
  });
  assert.deepEqual(fired(events), ["PRICE_CHANGE:fell", "PRICE_CHANGE:rose", "PRICE_CHANGE:slumped"]);
});

test("a rally in stocks is a price change, a rally in a city a protest", () => {
  const text = "Stocks staged a late rally on Friday. Thousands joined a rally in Lyon.";
  const events = eventsOf(text, {
    entities: [{ id: "lyon", type: "GPE", mentions: ["Lyon"] }],
    times: [{ at: "on Friday", value: "2025-06-27" }],
  });
  assert.deepEqual(fired(events), ["PRICE_CHANGE:rally", "PROTEST:rally"]);
});

test("launches, recalls, bankruptcies, investments and deliveries; plans, memories and speeches are none", () => {
  const text =
    "Voltline unveiled a new electric truck. Voltline recalled 40,000 vehicles. Voltline filed for bankruptcy. " +
    "The fund invested $300 million in the port. Skyframe delivered 30 aircraft in March. " +
    "She recalled that the meeting was short. He delivered a speech in Oslo. The minister unveiled a plan.";
  const events = eventsOf(text, {
    entities: [
      { id: "volt", type: "ORG", mentions: ["Voltline", ["Voltline", 2], ["Voltline", 3]] },
      { id: "sky", type: "ORG", mentions: ["Skyframe"] },
      { id: "oslo", type: "GPE", mentions: ["Oslo"] },
    ],
    quantities: [
      { at: "40,000 vehicles", value: 40000, unit: "vehicles" },
      { at: "$300 million", value: 3e8, unit: "USD" },
      { at: "30 aircraft", value: 30, unit: "aircraft" },
    ],
  });
  assert.deepEqual(fired(events), [
    "LAUNCH_PRODUCT:unveiled",
    "RECALL:recalled",
    "BANKRUPTCY:filed for bankruptcy",
    "INVEST:invested",
    "DELIVER:delivered",
  ]);
  assert.equal(eventAt(events, "recalled")?.count?.value, 40000);
  assert.equal(eventAt(events, "delivered")?.count?.value, 30);
});

test("an amount of money counts only within the trigger's own words, not past a comma", () => {
  const text = "Harbor Steel lost 350 jobs, and its debt reached $8 billion. Harbor Steel lost $8 billion.";
  const events = eventsOf(text, {
    entities: [{ id: "harbor", type: "ORG", mentions: ["Harbor Steel", ["Harbor Steel", 2]] }],
    quantities: [
      { at: "350 jobs", value: 350, unit: "jobs" },
      { at: "$8 billion", value: 8e9, unit: "USD" },
      { at: ["$8 billion", 2], value: 8e9, unit: "USD" },
    ],
  });
  assert.deepEqual(fired(events), ["REPORT_RESULTS:lost"]);
  assert.equal(events[0]?.trigger.start, text.lastIndexOf("lost"));
});

test("losses and results without money are no business results ('suffered heavy losses in the battle', 'rejected the election results')", () => {
  const war = eventsOf("Ukrainian forces have suffered significant losses in the battle.");
  assert.equal(eventAt(war, "losses"), undefined);
  const money = eventsOf("Acme reported losses of $2 million in the quarter.", {
    quantities: [{ at: "$2 million", value: 2_000_000, unit: "USD" }],
  });
  assert.equal(eventAt(money, "losses")?.type, "REPORT_RESULTS");
});
