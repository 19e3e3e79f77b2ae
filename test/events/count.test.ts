import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";
import { eventAt, eventsOf } from "./fixture.js";

/** The events of a text through the whole pipeline. */
function eventsThrough(text: string, published = "2024-06-20") {
  return analyse({ text, published, title: null, url: null, source: null }).events;
}

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

test("a count word after a participle counts the subject: '19 people had been confirmed dead'", () => {
  const text = "At least 19 people had been confirmed dead.";
  const events = eventsOf(text, { quantities: [{ at: "At least 19", value: 19, min: 19, unit: "people" }] });
  assert.equal(eventAt(events, "dead")?.type, "DIE");
  assert.deepEqual(eventAt(events, "dead")?.count, { value: 19, approximate: false, min: 19 });
  // "confirmed" with a state after it confirms nothing of its own.
  assert.equal(eventAt(events, "confirmed"), undefined);
});

test("a toll counts the level it is said to be at: 'the death toll rose to 45', 'a toll of 12'", () => {
  const rose = "The death toll rose to 45.";
  const up = eventsOf(rose, { quantities: [{ at: "45", value: 45 }] });
  assert.deepEqual(eventAt(up, "death toll")?.count, { value: 45, approximate: false });
  const of = "A death toll of 12 was reported.";
  assert.deepEqual(eventAt(eventsOf(of, { quantities: [{ at: "12", value: 12 }] }), "death toll")?.count, {
    value: 12,
    approximate: false,
  });
  // A number later in the sentence, past other words, is no level of the toll.
  const far = "The death toll appeared likely to rise after a strike on 3 houses.";
  assert.equal(
    eventAt(eventsOf(far, { quantities: [{ at: "3", value: 3, unit: "houses" }] }), "death toll")?.count,
    null,
  );
});

test("a bound before the count still leaves the count in the object ('killed at least 16 people', 'arrested up to 40 protesters')", () => {
  const killed = eventAt(
    eventsOf("The strikes killed at least 16 people.", {
      quantities: [{ at: "at least 16", value: 16, min: 16, unit: "people" }],
    }),
    "killed",
  );
  assert.equal(killed?.count?.value, 16);
  const arrested = eventAt(
    eventsOf("Police arrested up to 40 protesters.", {
      quantities: [{ at: "up to 40", value: 40, unit: "protesters" }],
    }),
    "arrested",
  );
  assert.equal(arrested?.count?.value, 40);
});

test("a participle between the number and the noun keeps the passive subject's count: 'At least 35 suspected rebel fighters were killed'", () => {
  const text = "At least 35 suspected rebel fighters were killed and dozens of rifles captured, the army said.";
  const events = eventsOf(text, {
    quantities: [
      { at: "At least 35", value: 35, min: 35, unit: "fighters" },
      { at: "dozens", value: null, min: 24, approximate: true, unit: "rifles" },
    ],
  });
  assert.deepEqual(eventAt(events, "killed")?.count, { value: 35, approximate: false, min: 35 });
});

test("a counted crowd that gathers or takes part is a protest of that size ('30,000 demonstrators took part'); arrested protesters are not", () => {
  const events = (text: string) =>
    analyse({ text, published: "2024-06-20", title: null, url: null, source: null }).events;
  const took = events("Police said about 30,000 demonstrators took part.").find((e) => e.type === "PROTEST");
  assert.equal(took?.count?.value, 30000);
  assert.equal(
    events("Police said 300 protesters were arrested.").some((e) => e.type === "PROTEST"),
    false,
  );
});

test("a figure put on the crowd is a protest of that size ('police put the number of demonstrators at 30,000'); a place after 'at' is none", () => {
  const events = (text: string) =>
    analyse({ text, published: "2024-06-20", title: null, url: null, source: null }).events;
  const put = events("Police put the number of demonstrators at 30,000.").find((e) => e.type === "PROTEST");
  assert.equal(put?.count?.value, 30000);
  const estimated = events("Officials estimated the protesters at about 5,000.").find((e) => e.type === "PROTEST");
  assert.deepEqual(estimated?.count, { value: 5000, approximate: true });
  assert.equal(
    events("Police estimated the protesters at the square were calm.").some((e) => e.type === "PROTEST"),
    false,
  );
});

test("a weak protest verb whose subject is the type's own count word is a protest ('more than 50,000 protesters marched'); troops marching are not", () => {
  const events = (text: string) =>
    analyse({ text, published: "2024-06-20", title: null, url: null, source: null }).events;
  const marched = events("Organisers said more than 50,000 protesters marched.").find((e) => e.type === "PROTEST");
  assert.deepEqual(marched?.count, { value: 50000, approximate: false, min: 50000 });
  assert.equal(
    events("About 2,000 troops marched into the town.").some((e) => e.type === "PROTEST"),
    false,
  );
});

test("a bound before the count in an event noun's 'of' phrase keeps the count ('the deaths of at least 24 soldiers')", () => {
  const events = eventsThrough("Authorities have announced the deaths of at least 24 soldiers.", "2024-06-20");
  assert.deepEqual(events.find((e) => e.type === "DIE")?.count, { value: 24, approximate: false, min: 24 });
});

test("a count before a comma belongs to the clause before, not to a participle after it ('struck two houses, killing …')", () => {
  const events = eventsThrough("Israeli planes struck two houses, killing and wounding several people.", "2024-04-29");
  assert.equal(events.find((e) => e.type === "ATTACK")?.trigger.text, "struck");
  assert.equal(events.find((e) => e.type === "KILL")?.count?.value, undefined);
});

test("each noun an estimating verb puts a figure on gets its own figure ('put the death toll at more than 40 and the injuries at some 120')", () => {
  const events = eventsThrough(
    "The health office put the death toll at more than 40 and the injuries at some 120.",
    "2025-07-14",
  );
  assert.equal(events.find((e) => e.type === "DIE")?.count?.value, 40);
  assert.deepEqual(events.find((e) => e.type === "WOUND")?.count, { value: 120, approximate: true });
});

test("a gerund read as a noun takes the bare number right after it ('killing at least 9 people and wounding 62')", () => {
  const events = eventsThrough(
    "Guards fired on marchers, killing at least 9 people and wounding 62, officials said.",
    "2025-09-08",
  );
  assert.equal(events.find((e) => e.type === "KILL")?.count?.value, 9);
  assert.deepEqual(events.find((e) => e.type === "WOUND")?.count, { value: 62, approximate: false });
});

test("a count after a gerund the tagger reads as a noun is a headcount ('opened fire, wounding two soldiers')", () => {
  const events = eventsThrough("Troops opened fire, wounding two soldiers.", "2025-07-24");
  assert.deepEqual(events.find((e) => e.type === "WOUND")?.count, { value: 2, approximate: false });
});

test("a phrase on where or when may stand between the counted noun and its estimate ('pegged the deaths in the March 3 raids at around 15')", () => {
  const events = eventsThrough("The ministry had pegged the deaths in the March 3 raids at around 15.", "2015-06-13");
  assert.deepEqual(events.find((e) => e.type === "DIE")?.count, { value: 15, approximate: true });
});

test("a place after 'at' inside the counted phrase is no figure ('put the death toll from the raid at Dorvan at 90')", () => {
  const events = eventsThrough(
    "The government put the death toll from last week's raid at Dorvan by the gunmen at 90.",
    "2015-01-12",
  );
  assert.equal(events.find((e) => e.type === "DIE")?.count?.value, 90);
});
