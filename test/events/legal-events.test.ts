import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

const fired = (events: ReturnType<typeof eventsOf>) => events.map((e) => `${e.type}:${e.trigger.text}`);

test("suing and a filed lawsuit are one lawsuit each; following suit is none", () => {
  const text =
    "Orbis sued Tellar over patents. Tellar filed a lawsuit against Orbis in Munich. Rivals quickly followed suit.";
  const events = eventsOf(text, {
    entities: [
      { id: "orbis", type: "ORG", mentions: ["Orbis", ["Orbis", 2]] },
      { id: "tellar", type: "ORG", mentions: ["Tellar", ["Tellar", 2]] },
      { id: "munich", type: "GPE", mentions: ["Munich"] },
    ],
  });
  assert.deepEqual(fired(events), ["SUE:sued", "SUE:lawsuit"]);
  assert.equal(events[0]?.cameo, "115");
  assert.deepEqual(events[1]?.participants, [
    { role: "agent", entity: "tellar" },
    { role: "patient", entity: "orbis" },
  ]);
  assert.equal(events[1]?.location, "munich");
});

test("fines: a fined company or an imposed fine; a fine day or a penalty kick is none", () => {
  const text =
    "Regulators fined Orbis €5 million. The commission imposed a fine on Tellar. " +
    "It was a fine day for a walk. He missed a penalty kick.";
  const events = eventsOf(text, {
    entities: [
      { id: "orbis", type: "ORG", mentions: ["Orbis"] },
      { id: "tellar", type: "ORG", mentions: ["Tellar"] },
    ],
    quantities: [{ at: "€5 million", value: 5e6, unit: "EUR" }],
  });
  assert.deepEqual(fired(events), ["FINE:fined", "FINE:fine"]);
  assert.ok(eventAt(events, "fine")?.participants.some((p) => p.entity === "tellar" && p.role === "patient"));
});

test("a court's ruling is one; ruling out, ruling a country and good judgment are not", () => {
  const text =
    "The court ruled that the ban was unlawful. The party ruled out a coalition. " +
    "The king ruled the country for decades. She showed good judgment. The jury acquitted Marek Dunn.";
  const events = eventsOf(text, {
    entities: [{ id: "dunn", type: "PERSON", mentions: ["Marek Dunn"] }],
  });
  assert.deepEqual(fired(events), ["RULE:ruled", "RULE:acquitted"]);
});

test("'charged' a person or a person noun is a charge; charging a phone or a fee is not", () => {
  const person = eventsOf("Prosecutors charged Graham Spanier with perjury.", {
    entities: [{ id: "spanier", type: "PERSON", mentions: ["Graham Spanier"] }],
  });
  assert.equal(eventAt(person, "charged")?.type, "CHARGE");
  assert.equal(
    eventAt(eventsOf("Prosecutors have charged a son of the president with fraud."), "charged")?.type,
    "CHARGE",
  );
  assert.equal(eventsOf("He charged his phone. The company charged a fee.").length, 0);
});

test("must not fire: being charged with a task or a duty is no criminal charge", () => {
  assert.equal(
    eventsOf("The central bank is charged with the task of keeping inflation near 2%.").some(
      (e) => e.type === "CHARGE",
    ),
    false,
  );
  assert.equal(eventAt(eventsOf("The man was charged with fraud."), "charged with")?.type, "CHARGE");
});
