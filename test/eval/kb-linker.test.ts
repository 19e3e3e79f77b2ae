import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ANALYSIS_SCHEMA,
  type Analysis,
  type Entity,
  type EntityType,
  type Event,
  type EventParticipant,
} from "../../src/article/analysis.js";
import { span } from "../../src/article/span.js";
import { MemoryLinker } from "../../src/eval/kb-linker.js";
import { prepareAnalysis } from "../../src/kb/prepare.js";

/** A hand-made analysis: entities named by a word of the text, events by their trigger word. */
function analysis(
  id: string,
  published: string,
  text: string,
  entities: [string, EntityType, string][],
  events: [string, string, string, EventParticipant[], string | null][] = [],
): Analysis {
  const at = (word: string) => {
    const start = text.indexOf(word);
    assert.ok(start >= 0, `fixture lacks ${word}`);
    return span(text, start, start + word.length);
  };
  return {
    schema: ANALYSIS_SCHEMA,
    document: { id, published, title: null, source: null, url: null, text },
    entities: entities.map(([eid, type, name]): Entity => ({ id: eid, type, name, mentions: [at(name)] })),
    times: [],
    quantities: [],
    claims: [],
    events: events.map(
      ([vid, type, trigger, participants, location]): Event => ({
        id: vid,
        type,
        trigger: at(trigger),
        participants,
        time: null,
        location,
        count: null,
        factuality: "asserted",
        claim: null,
      }),
    ),
    conflicts: [],
    messages: [],
  };
}

const FIRST = analysis(
  "a",
  "2020-03-02",
  "Marta Lindqvist met Oskar Brandt in Tromsø.",
  [
    ["e1", "PERSON", "Marta Lindqvist"],
    ["e2", "PERSON", "Oskar Brandt"],
    ["e3", "GPE", "Tromsø"],
  ],
  [
    [
      "v1",
      "MEET",
      "met",
      [
        { role: "agent", entity: "e1" },
        { role: "patient", entity: "e2" },
      ],
      "e3",
    ],
  ],
);

const SECOND = analysis(
  "b",
  "2020-03-03",
  "In Tromsø, Oskar Brandt and Marta Lindqvist met again; Brandt left.",
  [
    ["e1", "GPE", "Tromsø"],
    ["e2", "PERSON", "Oskar Brandt"],
    ["e3", "PERSON", "Marta Lindqvist"],
  ],
  [
    [
      "v1",
      "MEET",
      "met",
      [
        { role: "agent", entity: "e3" },
        { role: "patient", entity: "e2" },
      ],
      "e1",
    ],
    ["v2", "DEPART", "left", [{ role: "agent", entity: "e2" }], null],
  ],
);

const THIRD = analysis("c", "2020-03-04", "Lindqvist spoke.", [["e1", "PERSON", "Lindqvist"]]);

test("entities with the same cross-article key become one, whatever their local ids", () => {
  const linker = new MemoryLinker();
  const a = linker.link(prepareAnalysis(FIRST));
  const b = linker.link(prepareAnalysis(SECOND));
  assert.equal(a.entities.get("e1"), b.entities.get("e3"));
  assert.equal(a.entities.get("e2"), b.entities.get("e2"));
  assert.equal(a.entities.get("e3"), b.entities.get("e1"));
  assert.notEqual(a.entities.get("e1"), a.entities.get("e2"));
});

test("a lone surname with no shared role stays apart from the full name", () => {
  const linker = new MemoryLinker();
  const a = linker.link(prepareAnalysis(FIRST));
  const c = linker.link(prepareAnalysis(THIRD));
  assert.notEqual(c.entities.get("e1"), a.entities.get("e1"));
});

test("reports of one event by the same participants and place days apart are one event; other types are not", () => {
  const linker = new MemoryLinker();
  const a = linker.link(prepareAnalysis(FIRST));
  const b = linker.link(prepareAnalysis(SECOND));
  assert.equal(a.events.get("v1"), b.events.get("v1"));
  assert.notEqual(b.events.get("v2"), a.events.get("v1"));
});

test("an event whose agents contradict the known event's is a different event", () => {
  const linker = new MemoryLinker();
  const a = linker.link(prepareAnalysis(FIRST));
  const swapped = analysis(
    "d",
    "2020-03-03",
    "Oskar Brandt met Marta Lindqvist in Tromsø.",
    [
      ["e1", "PERSON", "Oskar Brandt"],
      ["e2", "PERSON", "Marta Lindqvist"],
      ["e3", "GPE", "Tromsø"],
    ],
    [
      [
        "v1",
        "MEET",
        "met",
        [
          { role: "agent", entity: "e1" },
          { role: "patient", entity: "e2" },
        ],
        "e3",
      ],
    ],
  );
  const d = linker.link(prepareAnalysis(swapped));
  assert.notEqual(d.events.get("v1"), a.events.get("v1"));
});

test("the same document linked twice adds nothing", () => {
  const linker = new MemoryLinker();
  linker.link(prepareAnalysis(FIRST));
  const again = linker.link(prepareAnalysis(FIRST));
  assert.equal(again.entities.size, 0);
});
