import type { Factuality, Polarity } from "../article/analysis.js";
import type { ClaimFigure } from "./claim-figures.js";
import { type CountRange, countsConflict } from "./count-range.js";
import { AGENCY_WORDS } from "./term-words.js";
import { containment, nameStems, stem, type Terms } from "./terms.js";
import { gapDays, overlaps, type TimeRange, timexRange } from "./time-range.js";

/** What conflict rules need to know of a claim: who says it, which way, and its signature. */
export interface ClaimFacts {
  sourceKey: string;
  polarity: Polarity;
  terms: Terms;
  /** The claim's content as written, when at hand: its capitals tell names from what is claimed. */
  content?: string;
}

export type ConflictKind = "polarity" | "quantity" | "time" | "other";

// A fuzzy match needs most of the shorter proposition's words in the longer one, and more than one word.
const MIN_SHARED = 2;
const MIN_RATIO = 0.75;
// Approximate figures ("about 100", "roughly 90") agree when they differ by at most this share of the smaller:
// "about 100" and "about 98" (2%) or "about 400" and 430 (7.5%) agree; "about 100" and "roughly 90" (11%) do not,
// since a source rounding to tens that means 95 or 105 does not write 90. Exact figures agree only when equal.
export const FIGURE_TOLERANCE = 0.1;
// Disjoint dates further apart than this are more likely two happenings than one dated two ways.
const MAX_TIME_GAP_DAYS = 31;

/**
 * The same proposition, in any inflection and word order: equal words, or nearly all of the shorter one's, with at
 * least `minShared` words in common either way.
 */
export function sameProposition(a: Terms, b: Terms, minShared = MIN_SHARED): boolean {
  if (a.words.length === 0 || b.words.length === 0) return false;
  if (a.words.join(" ") === b.words.join(" ")) return minShared <= MIN_SHARED || a.words.length >= minShared;
  const { shared, ratio } = containment(a.words, b.words);
  return shared >= minShared && ratio >= MIN_RATIO;
}

// One source denies another's proposition only when they share this many content words: "the idea" against "that
// idea", or "Republican nominee Donald Trump" against "Trump during the Republican primaries", say too little to
// disagree about; "forces shelled the village" against "denied its forces shelled the village" does not.
const MIN_SHARED_DENIED = 3;
// Of the shared words, this many must be other than names: "Barack Obama over Clinton" shares only names with any
// claim about them.
const MIN_SHARED_NOT_NAMES = 2;

/** Whether two claims share enough words beyond the names they mention (true when their texts are not at hand). */
function shareSubstance(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.content === undefined || b.content === undefined) return true;
  const namesA = mineNames.of(a.content);
  const namesB = theirNames.of(b.content);
  const other = new Set(b.terms.words);
  let shared = 0;
  for (const w of a.terms.words) if (other.has(w) && !namesA.has(w) && !namesB.has(w)) shared++;
  return shared >= MIN_SHARED_NOT_NAMES;
}

/** The names of the text asked last: the new claim is compared with many candidates in a row, its names read once. */
class LastNames {
  private text = "";
  private names: ReadonlySet<string> = new Set();
  of(text: string): ReadonlySet<string> {
    if (text !== this.text) {
      this.text = text;
      this.names = nameStems(text);
    }
    return this.names;
  }
}
const mineNames = new LastNames();
const theirNames = new LastNames();

/**
 * One source asserts what another denies. Claims by one source never conflict with each other here. A denial of
 * involvement ("denied any role in the attack") is judged by denialConflict: the assertion must say who did it,
 * or name the denier (`namesDenier`), since "the attack left ten dead" does not contradict it.
 */
export function polarityConflict(a: ClaimFacts, b: ClaimFacts, namesDenier = false): boolean {
  if (a.sourceKey === b.sourceKey || a.polarity === b.polarity) return false;
  const [denial, assertion] = a.polarity === "negative" ? [a, b] : [b, a];
  const opposed = withoutAgency(denial.terms).agency
    ? denialConflict(denial, assertion, namesDenier)
    : sameProposition(a.terms, b.terms, MIN_SHARED_DENIED);
  // The names check last: it reads both texts, the word checks above are set look-ups.
  return opposed && shareSubstance(a, b);
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

const AGENCY_STEMS: ReadonlySet<string> = new Set([...AGENCY_WORDS].map(stem));

/** A proposition's words with the who-did-it words set apart, and whether it had any. */
export function withoutAgency(terms: Terms): { terms: Terms; agency: boolean } {
  const words = terms.words.filter((w) => !AGENCY_STEMS.has(w));
  return { terms: { words, numbers: terms.numbers }, agency: words.length < terms.words.length };
}

/**
 * A denial of involvement against a claim of what the denier did: "X denied any involvement in the damage to the
 * cable" against "X's agents were behind the damage to the cable". The who-did-it words are set apart on both
 * sides and the rest must be the same proposition; the assertion must itself say who did it (a who-did-it word)
 * or name the denier (`namesDenier`), so "the damage to the cable will take weeks to repair" does not qualify.
 */
export function denialConflict(denial: ClaimFacts, assertion: ClaimFacts, namesDenier: boolean): boolean {
  if (denial.sourceKey === assertion.sourceKey) return false;
  if (denial.polarity !== "negative" || assertion.polarity !== "positive") return false;
  const d = withoutAgency(denial.terms);
  if (!d.agency) return false;
  const a = withoutAgency(assertion.terms);
  if (!a.agency && !namesDenier) return false;
  return sameProposition(d.terms, a.terms);
}

/** Two reports of one event: one says it happened, the other that it did not. */
export function factualityConflict(a: Factuality, b: Factuality): boolean {
  return (a === "asserted" && b === "negated") || (a === "negated" && b === "asserted");
}

/** What the happened-or-not rule reads of an event report. */
export interface HappenedFacts {
  factuality: Factuality;
  /** The time the report states, if any. */
  time: TimeRange | null;
  /** The proposition of the claim that reports it, if any. */
  terms: Terms | null;
}

/**
 * Two reports of one event, one saying it happened and the other that it did not, that are surely about the same
 * happening: both state when, or both claims word the same proposition. A "vote" or an "attack" matched on a shared
 * participant alone is too loosely one event ("will not vote for X" against "voters chose X in the primaries").
 */
export function happenedConflict(a: HappenedFacts, b: HappenedFacts): boolean {
  if (!factualityConflict(a.factuality, b.factuality)) return false;
  if (a.time && b.time) return true;
  return a.terms !== null && b.terms !== null && sameProposition(a.terms, b.terms, MIN_SHARED_DENIED);
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

/** What the figure rules read of a figure (see ClaimFigure). */
export type FigureFacts = Pick<
  ClaimFigure,
  "counted" | "value" | "lo" | "hi" | "loOpen" | "hiOpen" | "approximate" | "context" | "types" | "times"
>;

/** One counts what the other counts: the stems of one counted phrase all in the other's ("crew" ~ "crew members"). */
export function sameCounted(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => large.includes(w));
}

function shareOne(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

function timesMeet(a: readonly string[], b: readonly string[]): boolean {
  const ra = a.map((v) => timexRange(v)).filter((r): r is TimeRange => r !== null);
  const rb = b.map((v) => timexRange(v)).filter((r): r is TimeRange => r !== null);
  if (ra.length === 0 || rb.length === 0) return true;
  return ra.some((x) => rb.some((y) => overlaps(x, y)));
}

/**
 * Two figures of the same thing: the same counted noun, a word of their clauses in common ("had … on board",
 * "dragged"), no two different events counted ("killed" against "injured"), and no two different stated dates.
 * The clause word keeps "cut 5,000 jobs" apart from "employs 90,000 jobs"; a clause of function words alone
 * ("are 213 delegates") says too little to be compared.
 */
export function comparableFigures(a: FigureFacts, b: FigureFacts): boolean {
  if (!sameCounted(a.counted, b.counted)) return false;
  if (!shareOne(a.context, b.context)) return false;
  if (a.types.length > 0 && b.types.length > 0 && !shareOne(a.types, b.types)) return false;
  return timesMeet(a.times, b.times);
}

/** A stated figure, widened by the tolerance when approximate, falls outside a bound ("at least 20" against 19). */
function pointOutside(p: FigureFacts, bound: FigureFacts): boolean {
  const v = p.value as number;
  const slack = p.approximate ? Math.abs(v) * FIGURE_TOLERANCE : 0;
  if (bound.lo !== null && (v + slack < bound.lo || (bound.loOpen && v + slack <= bound.lo))) return true;
  return bound.hi !== null && (v - slack > bound.hi || (bound.hiOpen && v - slack >= bound.hi));
}

function boundsApart(a: FigureFacts, b: FigureFacts): boolean {
  const below = (x: FigureFacts, y: FigureFacts) =>
    x.hi !== null && y.lo !== null && (x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen)));
  return below(a, b) || below(b, a);
}

/**
 * Two figures of one thing that cannot both hold. Exact counts differ: 23 against 19. Approximate figures differ
 * by more than FIGURE_TOLERANCE of the smaller. A figure outside the other's bounds: 19 against "at least 20",
 * 3,000 against "more than 3,000". Two bounds that cannot meet: "up to 10" against "at least 20".
 */
export function figuresDisagree(a: FigureFacts, b: FigureFacts): boolean {
  if (a.value !== null && b.value !== null) {
    const diff = Math.abs(a.value - b.value);
    if (!a.approximate && !b.approximate) return diff > 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1);
    return diff > FIGURE_TOLERANCE * Math.min(Math.abs(a.value), Math.abs(b.value));
  }
  if (a.value !== null) return pointOutside(a, b);
  if (b.value !== null) return pointOutside(b, a);
  return boundsApart(a, b);
}

/** A claim's figure as the cross-source rule sees it. */
export interface FigureClaim {
  sourceKey: string;
  polarity: Polarity;
  figure: FigureFacts;
}

/** Two sources give figures of the same thing that cannot both hold. A source never conflicts with itself. */
export function figureConflict(a: FigureClaim, b: FigureClaim): boolean {
  if (a.sourceKey === b.sourceKey || a.polarity !== "positive" || b.polarity !== "positive") return false;
  return comparableFigures(a.figure, b.figure) && figuresDisagree(a.figure, b.figure);
}
