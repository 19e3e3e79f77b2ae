import type { Claim, Event, Factuality } from "../article/analysis.js";

/**
 * Event certainty and polarity against MEANTIME's event mentions.
 *
 * Matching (per document, one to one): a gold event mention is matched to the dossier event whose trigger span
 * overlaps it, preferring the same span, then the longer overlap, then text order. A gold speech or cognition
 * event (class SPEECH_COGNITIVE: "said", "believes") left unmatched is then matched the same way to a claim's cue;
 * claims sharing one cue are one cue.
 *
 * How dossier's values are read as MEANTIME's (MEANTIME keeps certainty, polarity and time apart; dossier folds
 * them into one factuality, the strongest cue winning):
 *   factuality   certainty   polarity   time
 *   asserted     CERTAIN     POS        NON_FUTURE
 *   negated      CERTAIN     NEG        NON_FUTURE  (a denial is a certain statement that it did not happen)
 *   probable     PROBABLE    POS        NON_FUTURE
 *   possible     POSSIBLE    POS        NON_FUTURE
 *   unverified   PROBABLE    POS        NON_FUTURE  ("reportedly", "allegedly": MEANTIME has no such value; the
 *                                                    event is presented as likely, not confirmed)
 *   future       CERTAIN     POS        FUTURE      (MEANTIME marks "will buy" CERTAIN with time FUTURE)
 * dossier never says UNDERSPECIFIED (questions, conditionals, generic statements), so those gold values always
 * count as wrong. A claim's cue stands for the act of saying, which the article asserts: CERTAIN, POS (the
 * claim's own polarity and certainty are about what was said, and show on the events inside its content).
 */

export type MeantimeCertainty = "CERTAIN" | "PROBABLE" | "POSSIBLE" | "UNDERSPECIFIED";
export type MeantimePolarity = "POS" | "NEG" | "UNDERSPECIFIED";

export interface MeantimeReading {
  certainty: MeantimeCertainty;
  polarity: MeantimePolarity;
  /** FUTURE or NON_FUTURE (MEANTIME's `time` attribute). */
  time: "FUTURE" | "NON_FUTURE";
}

const READING: Record<Factuality, MeantimeReading> = {
  asserted: { certainty: "CERTAIN", polarity: "POS", time: "NON_FUTURE" },
  negated: { certainty: "CERTAIN", polarity: "NEG", time: "NON_FUTURE" },
  probable: { certainty: "PROBABLE", polarity: "POS", time: "NON_FUTURE" },
  possible: { certainty: "POSSIBLE", polarity: "POS", time: "NON_FUTURE" },
  unverified: { certainty: "PROBABLE", polarity: "POS", time: "NON_FUTURE" },
  future: { certainty: "CERTAIN", polarity: "POS", time: "FUTURE" },
};

/** dossier's factuality as MEANTIME's certainty, polarity and time (see the table above). */
export function meantimeReading(factuality: Factuality): MeantimeReading {
  return READING[factuality];
}

/** A claim's cue as an event of saying: asserted to have happened. */
export const CUE_READING: MeantimeReading = { certainty: "CERTAIN", polarity: "POS", time: "NON_FUTURE" };

/** What scoring needs of a gold event mention (UTF-16 offsets into the analysed text). */
export interface GoldEvent {
  start: number;
  end: number;
  text: string;
  certainty: string | null;
  polarity: string | null;
  time: string | null;
  /** OTHER, SPEECH_COGNITIVE, GRAMMATICAL, MIX, or null. */
  eventClass: string | null;
  /** The annotators' lemma. */
  pred: string | null;
}

export interface EventPairing {
  gold: GoldEvent;
  /** How it was matched: to an event's trigger, to a claim's cue, or not at all. */
  via: "event" | "cue" | null;
  /** The matched trigger or cue text, and dossier's value read as MEANTIME's. */
  predicted: (MeantimeReading & { text: string; factuality: Factuality | null }) | null;
}

interface Range {
  start: number;
  end: number;
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one pairs of gold and predicted ranges that overlap: same span first, then longer overlap, then order. */
function pairUp(gold: readonly Range[], predicted: readonly Range[]): Map<number, number> {
  const pairs: { g: number; p: number; exact: boolean; shared: number }[] = [];
  for (const [g, x] of gold.entries())
    for (const [p, y] of predicted.entries()) {
      const shared = overlap(x, y);
      if (shared > 0) pairs.push({ g, p, exact: x.start === y.start && x.end === y.end, shared });
    }
  pairs.sort((a, b) => Number(b.exact) - Number(a.exact) || b.shared - a.shared || a.g - b.g || a.p - b.p);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const { g, p } of pairs) {
    if (out.has(g) || used.has(p)) continue;
    out.set(g, p);
    used.add(p);
  }
  return out;
}

/** Matches one document's gold event mentions to its events, then its unmatched speech events to claim cues. */
export function matchEvents(
  gold: readonly GoldEvent[],
  events: readonly Event[],
  claims: readonly Claim[],
): EventPairing[] {
  const byEvent = pairUp(
    gold,
    events.map((e) => e.trigger),
  );
  const out: EventPairing[] = gold.map((g, i) => {
    const e = events[byEvent.get(i) ?? -1];
    return e
      ? {
          gold: g,
          via: "event",
          predicted: { ...meantimeReading(e.factuality), text: e.trigger.text, factuality: e.factuality },
        }
      : { gold: g, via: null, predicted: null };
  });
  const speech = out.map((_, i) => i).filter((i) => out[i]?.via === null && gold[i]?.eventClass === "SPEECH_COGNITIVE");
  const cues = [...new Map(claims.map((c) => [`${c.cue.start}:${c.cue.end}`, c.cue])).values()];
  const byCue = pairUp(
    speech.map((i) => gold[i] as GoldEvent),
    cues,
  );
  for (const [k, c] of byCue) {
    const i = speech[k] as number;
    const cue = cues[c];
    if (cue)
      out[i] = {
        gold: gold[i] as GoldEvent,
        via: "cue",
        predicted: { ...CUE_READING, text: cue.text, factuality: null },
      };
  }
  return out;
}

/** Gold value → predicted value → count. */
export type Confusion = Record<string, Record<string, number>>;

export interface EventTally {
  gold: number;
  matchedByEvent: number;
  matchedByCue: number;
  /** Right certainty / polarity among matched mentions, by how they were matched. */
  certaintyRight: { event: number; cue: number };
  polarityRight: { event: number; cue: number };
  /** Matched mentions whose gold certainty is CERTAIN and polarity POS: what always answering so would score. */
  defaultRight: { certainty: number; polarity: number };
  /** Per gold class: gold mentions and matched ones. */
  byClass: Record<string, { gold: number; matched: number }>;
  certainty: Confusion;
  polarity: Confusion;
  /** Gold time (FUTURE, NON_FUTURE, …) against dossier's future factuality, over event matches. */
  time: Confusion;
  /** "gold certainty/polarity → predicted (trigger)" for wrong matches, with counts. */
  wrong: Map<string, number>;
  /** Lemmas of gold events nothing matched, with counts: what the event vocabulary does not cover. */
  uncovered: Map<string, number>;
}

export function emptyEventTally(): EventTally {
  return {
    gold: 0,
    matchedByEvent: 0,
    matchedByCue: 0,
    certaintyRight: { event: 0, cue: 0 },
    polarityRight: { event: 0, cue: 0 },
    defaultRight: { certainty: 0, polarity: 0 },
    byClass: {},
    certainty: {},
    polarity: {},
    time: {},
    wrong: new Map(),
    uncovered: new Map(),
  };
}

function count(table: Confusion, gold: string, predicted: string): void {
  const row = table[gold] ?? {};
  row[predicted] = (row[predicted] ?? 0) + 1;
  table[gold] = row;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Adds one document's pairings to the tally (returned for chaining). */
export function tallyEvents(pairings: readonly EventPairing[], tally: EventTally = emptyEventTally()): EventTally {
  for (const { gold, via, predicted } of pairings) {
    tally.gold++;
    const cls = gold.eventClass ?? "none";
    const row = tally.byClass[cls] ?? { gold: 0, matched: 0 };
    row.gold++;
    tally.byClass[cls] = row;
    if (!predicted || !via) {
      bump(tally.uncovered, `${cls} ${gold.pred ?? gold.text.toLowerCase()}`);
      continue;
    }
    row.matched++;
    if (via === "event") tally.matchedByEvent++;
    else tally.matchedByCue++;
    const goldCertainty = gold.certainty ?? "none";
    const goldPolarity = gold.polarity ?? "none";
    count(tally.certainty, goldCertainty, predicted.certainty);
    count(tally.polarity, goldPolarity, predicted.polarity);
    if (via === "event") count(tally.time, gold.time ?? "none", predicted.time);
    if (goldCertainty === predicted.certainty) tally.certaintyRight[via]++;
    if (goldPolarity === predicted.polarity) tally.polarityRight[via]++;
    if (goldCertainty === "CERTAIN") tally.defaultRight.certainty++;
    if (goldPolarity === "POS") tally.defaultRight.polarity++;
    if (goldCertainty !== predicted.certainty || goldPolarity !== predicted.polarity)
      bump(
        tally.wrong,
        `${goldCertainty}/${goldPolarity} → ${predicted.certainty}/${predicted.polarity} ` +
          `(${predicted.factuality ?? "cue"}) ${predicted.text.toLowerCase()}`,
      );
  }
  return tally;
}
