import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim, Event, Factuality } from "../../src/article/analysis.js";
import { span } from "../../src/article/span.js";
import { type GoldEvent, matchEvents, meantimeReading, tallyEvents } from "../../src/eval/event-score.js";

const TEXT = "The mayor said the council may not approve the bridge. Talks collapsed, and the ferry will sail.";

function at(word: string): { start: number; end: number } {
  const start = TEXT.indexOf(word);
  assert.ok(start >= 0, `fixture lacks ${word}`);
  return { start, end: start + word.length };
}

function gold(word: string, certainty: string, polarity: string, eventClass = "OTHER", time = "NON_FUTURE"): GoldEvent {
  return { ...at(word), text: word, certainty, polarity, time, eventClass, pred: word };
}

function event(id: string, word: string, factuality: Factuality): Event {
  const { start, end } = at(word);
  return {
    id,
    type: "TEST",
    trigger: span(TEXT, start, end),
    participants: [],
    time: null,
    location: null,
    count: null,
    factuality,
    claim: null,
  };
}

function claim(id: string, cue: string, content: string): Claim {
  const c = at(cue);
  const x = at(content);
  return {
    id,
    content: span(TEXT, x.start, x.end),
    cue: span(TEXT, c.start, c.end),
    source: null,
    via: [],
    reportedAt: null,
    polarity: "negative",
    certainty: "possible",
    quote: false,
  };
}

test("factuality reads as MEANTIME's certainty, polarity and time", () => {
  assert.deepEqual(meantimeReading("asserted"), { certainty: "CERTAIN", polarity: "POS", time: "NON_FUTURE" });
  assert.deepEqual(meantimeReading("negated"), { certainty: "CERTAIN", polarity: "NEG", time: "NON_FUTURE" });
  assert.equal(meantimeReading("possible").certainty, "POSSIBLE");
  assert.equal(meantimeReading("probable").certainty, "PROBABLE");
  assert.equal(meantimeReading("unverified").certainty, "PROBABLE");
  assert.deepEqual(meantimeReading("future"), { certainty: "CERTAIN", polarity: "POS", time: "FUTURE" });
});

test("gold events match event triggers that overlap them, the same span first, one to one", () => {
  const golds = [gold("approve", "POSSIBLE", "NEG"), gold("collapsed", "CERTAIN", "POS")];
  const events = [
    event("v1", "not approve", "negated"),
    event("v2", "approve", "possible"),
    event("v3", "collapsed", "asserted"),
  ];
  const pairs = matchEvents(golds, events, []);
  assert.equal(pairs[0]?.via, "event");
  assert.equal(pairs[0]?.predicted?.text, "approve", "the exact span wins over the longer one");
  assert.equal(pairs[0]?.predicted?.certainty, "POSSIBLE");
  assert.equal(pairs[1]?.predicted?.text, "collapsed");
});

test("an event trigger overlapping nothing leaves the gold event unmatched", () => {
  const pairs = matchEvents([gold("sail", "CERTAIN", "POS")], [event("v1", "ferry", "asserted")], []);
  assert.equal(pairs[0]?.via, null);
  assert.equal(pairs[0]?.predicted, null);
});

test("an unmatched speech event matches a claim's cue, read as a certain, positive act of saying", () => {
  const claims = [claim("c1", "said", "the council may not approve the bridge")];
  const pairs = matchEvents([gold("said", "CERTAIN", "POS", "SPEECH_COGNITIVE")], [], claims);
  assert.equal(pairs[0]?.via, "cue");
  assert.equal(pairs[0]?.predicted?.certainty, "CERTAIN");
  assert.equal(pairs[0]?.predicted?.polarity, "POS", "the claim's negative polarity is about what was said");
});

test("a gold event that is no speech event never matches a cue", () => {
  const claims = [claim("c1", "said", "the council may not approve the bridge")];
  const pairs = matchEvents([gold("said", "CERTAIN", "POS", "OTHER")], [], claims);
  assert.equal(pairs[0]?.via, null);
});

test("the tally counts coverage, accuracy, confusions, wrong readings and uncovered lemmas", () => {
  const golds = [
    gold("approve", "POSSIBLE", "NEG"),
    gold("collapsed", "CERTAIN", "POS"),
    gold("sail", "CERTAIN", "POS", "OTHER", "FUTURE"),
    gold("said", "CERTAIN", "POS", "SPEECH_COGNITIVE"),
    gold("bridge", "CERTAIN", "POS"),
  ];
  const events = [
    event("v1", "approve", "negated"),
    event("v2", "collapsed", "asserted"),
    event("v3", "sail", "future"),
  ];
  const t = tallyEvents(matchEvents(golds, events, [claim("c1", "said", "the bridge")]));
  assert.equal(t.gold, 5);
  assert.equal(t.matchedByEvent, 3);
  assert.equal(t.matchedByCue, 1);
  assert.equal(t.certaintyRight.event, 2, "negated reads CERTAIN where the gold says POSSIBLE");
  assert.equal(t.polarityRight.event, 3);
  assert.equal(t.certaintyRight.cue, 1);
  assert.equal(t.certainty.POSSIBLE?.CERTAIN, 1);
  assert.equal(t.polarity.NEG?.NEG, 1);
  assert.equal(t.time.FUTURE?.FUTURE, 1);
  assert.equal(t.time.NON_FUTURE?.NON_FUTURE, 2);
  assert.equal(t.wrong.get("POSSIBLE/NEG → CERTAIN/NEG (negated) approve"), 1);
  assert.equal(t.uncovered.get("OTHER bridge"), 1);
  assert.deepEqual(t.byClass.SPEECH_COGNITIVE, { gold: 1, matched: 1 });
  assert.equal(t.defaultRight.certainty, 3);
});
