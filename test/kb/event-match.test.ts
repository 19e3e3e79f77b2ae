import assert from "node:assert/strict";
import { test } from "node:test";
import { type EventFacts, matchEvent, preciser } from "../../src/kb/event-match.js";
import { timexRange, windowBefore } from "../../src/kb/time-range.js";

function facts(f: Partial<EventFacts> & { at?: string; published?: string }): EventFacts {
  return {
    type: f.type ?? "KILL",
    agents: f.agents ?? [],
    patients: f.patients ?? [],
    others: f.others ?? [],
    location: f.location ?? null,
    time: f.time ?? timexRange(f.at),
    window: f.window ?? (f.published ? windowBefore(f.published, 14) : null),
  };
}

test("same type, a shared participant and the same day: one event", () => {
  const m = matchEvent(
    facts({ patients: [1], location: 7, at: "2025-03-09" }),
    facts({ patients: [1], location: 7, at: "2025-03-09" }),
  );
  assert.deepEqual(m, { verdict: "same", evidence: 2 });
});

test("an undated report matches a dated event that falls in the days before its publication", () => {
  const report = facts({ patients: [1], published: "2025-03-13" });
  assert.equal(matchEvent(report, facts({ patients: [1], at: "2025-03-09" })).verdict, "same");
  assert.equal(matchEvent(report, facts({ patients: [1], at: "2025-01-05" })).verdict, "different");
});

test("different types, disjoint agents or patients, or different places are different events", () => {
  const base = facts({ agents: [1], patients: [2], location: 7, at: "2025-03-09" });
  assert.equal(
    matchEvent(facts({ type: "ARREST", agents: [1], patients: [2], location: 7, at: "2025-03-09" }), base).verdict,
    "different",
  );
  assert.equal(
    matchEvent(facts({ agents: [3], patients: [2], location: 7, at: "2025-03-09" }), base).verdict,
    "different",
  );
  assert.equal(
    matchEvent(facts({ agents: [1], patients: [4], location: 7, at: "2025-03-09" }), base).verdict,
    "different",
  );
  assert.equal(
    matchEvent(facts({ agents: [1], patients: [2], location: 8, at: "2025-03-09" }), base).verdict,
    "different",
  );
});

test("nothing shared is no evidence, even on the same day", () => {
  assert.equal(
    matchEvent(facts({ patients: [1], at: "2025-03-09" }), facts({ agents: [2], at: "2025-03-09" })).verdict,
    "different",
  );
});

test("everything shared but a stated date that does not overlap: the times differ", () => {
  const m = matchEvent(
    facts({ patients: [1], location: 7, at: "2025-03-08" }),
    facts({ patients: [1], location: 7, at: "2025-03-09" }),
  );
  assert.deepEqual(m, { verdict: "time-differs", evidence: 2 });
  assert.equal(
    matchEvent(facts({ patients: [1], at: "2025-03" }), facts({ patients: [1], at: "2025-03-09" })).verdict,
    "same",
    "a month contains the day",
  );
});

test("without any time, two shared participants are needed", () => {
  assert.equal(matchEvent(facts({ patients: [1] }), facts({ patients: [1] })).verdict, "different");
  assert.equal(
    matchEvent(facts({ agents: [3], patients: [1] }), facts({ agents: [3], patients: [1] })).verdict,
    "same",
  );
});

test("undated reports do not chain into one event beyond a month", () => {
  const event = facts({ agents: [1], window: { start: "2025-01-01", end: "2025-01-30", days: 30 } });
  assert.equal(matchEvent(facts({ agents: [1], published: "2025-02-10" }), event).verdict, "different");
  assert.equal(matchEvent(facts({ agents: [1], published: "2025-01-20" }), event).verdict, "same");
});

test("the more precise of two times is kept", () => {
  const day = timexRange("2025-03-09");
  const month = timexRange("2025-03");
  assert.equal(preciser(month, day), day);
  assert.equal(preciser(day, month), day);
  assert.equal(preciser(null, month), month);
});
