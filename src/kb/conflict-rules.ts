import type { Factuality, Polarity } from "../article/analysis.js";
import { type CountRange, countsConflict } from "./count-range.js";
import { containment, type Terms } from "./terms.js";
import { gapDays, overlaps, type TimeRange } from "./time-range.js";

/** What conflict rules need to know of a claim: who says it, which way, and its signature. */
export interface ClaimFacts {
  sourceKey: string;
  polarity: Polarity;
  terms: Terms;
}

export type ConflictKind = "polarity" | "quantity" | "time" | "other";

// A fuzzy match needs most of the shorter proposition's words in the longer one, and more than one word.
const MIN_SHARED = 2;
const MIN_RATIO = 0.75;
// Disjoint dates further apart than this are more likely two happenings than one dated two ways.
const MAX_TIME_GAP_DAYS = 31;

/** The same proposition, in any inflection and word order: equal words, or nearly all of the shorter one's. */
export function sameProposition(a: Terms, b: Terms): boolean {
  if (a.words.length === 0 || b.words.length === 0) return false;
  if (a.words.join(" ") === b.words.join(" ")) return true;
  const { shared, ratio } = containment(a.words, b.words);
  return shared >= MIN_SHARED && ratio >= MIN_RATIO;
}

/** One source asserts what another denies. Claims by one source never conflict with each other here. */
export function polarityConflict(a: ClaimFacts, b: ClaimFacts): boolean {
  return a.sourceKey !== b.sourceKey && a.polarity !== b.polarity && sameProposition(a.terms, b.terms);
}

/**
 * Two sources give different figures for the same thing: the same words apart from the numbers (at least two
 * words, so "600" alone against "1,000" alone never fires), both positive, and no figure of one within reach
 * of a figure of the other.
 */
export function claimQuantityConflict(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.sourceKey === b.sourceKey || a.polarity !== "positive" || b.polarity !== "positive") return false;
  if (a.terms.words.length < MIN_SHARED || a.terms.words.join(" ") !== b.terms.words.join(" ")) return false;
  if (a.terms.numbers.length === 0 || b.terms.numbers.length === 0) return false;
  for (const x of a.terms.numbers) for (const y of b.terms.numbers) if (x === y) return false;
  return true;
}

/** Two reports of one event: one says it happened, the other that it did not. */
export function factualityConflict(a: Factuality, b: Factuality): boolean {
  return (a === "asserted" && b === "negated") || (a === "negated" && b === "asserted");
}

/** Two tallies for one event that cannot both hold. */
export function countConflict(a: CountRange | null, b: CountRange | null): boolean {
  return countsConflict(a, b);
}

/** Two stated times for one event that cannot both hold, yet close enough to be one event dated two ways. */
export function timeConflict(a: TimeRange | null, b: TimeRange | null): boolean {
  if (!a || !b || overlaps(a, b)) return false;
  return gapDays(a, b) <= MAX_TIME_GAP_DAYS;
}
