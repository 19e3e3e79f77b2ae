import type { TimexMod, TimexType } from "../article/analysis.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Word } from "./words.js";

/** What a candidate names, so modifiers know what they may attach to ("around" before a year, not a weekday). */
export type TimeKind =
  | "day"
  | "weekday"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "half"
  | "season"
  | "year"
  | "decade"
  | "century"
  | "time"
  | "ref"
  | "duration"
  | "set";

/** A value with the parts of it the text states (as opposed to those taken from the reference). */
export interface Resolved {
  value: string;
  stated: string[];
  mod?: TimexMod | null;
}

/** What resolving a relative candidate can ask about. */
export interface ResolveContext {
  /** The publication date, UTC midnight. */
  ref: Date;
  /**
   * The tense of the clause around the expression, when a cue shows it ("will", "said"); "nearest" when the
   * clause allows either side of the reference ("would", "agreed to", "until"); null when nothing shows.
   */
  tense(): "past" | "future" | "nearest" | null;
  /**
   * The value of the nearest earlier expression of this granularity, for "a year earlier" and "the quarter":
   * within the last two sentences, or `sentences` back when the phrase itself asks for an antecedent.
   */
  previous(kind: TimeKind, sentences?: number): string | null;
}

/** A proposed time expression over words first…last, before overlaps are settled. */
export interface Candidate {
  first: number;
  last: number;
  type: TimexType;
  kind: TimeKind;
  mod: TimexMod | null;
  rule: string;
  /** A weak candidate survives only if a modifier takes it ("the year" in "the end of the year"). */
  weak?: boolean;
  /** False for a time counted back or forth from another one ("a year earlier"): later phrases like "the
   * quarter" should not point at it but at what it was counted from. */
  antecedent?: false;
  /** A clock time with no day of its own ("10 p.m.", "noon"): a day next to it gives it one. */
  clockOnly?: boolean;
  /** Breaks ties between overlapping candidates of the same length; chrono's explicit dates rank high. */
  priority?: number;
  /** The value when it needs no reference (absolute dates, durations, PRESENT_REF). */
  fixed?: Resolved;
  /** The value computed from the reference; null when it cannot be. */
  resolve?: (ctx: ResolveContext) => Resolved | null;
  /** False when `resolve` reads only the clause's tense ("soon", FUTURE_REF), so it needs no publication date. */
  needsReference?: false;
}

/** What every parser reads: the words, the lexicon, and a safe accessor for lower-cased words. */
export interface ScanContext {
  text: string;
  words: readonly Word[];
  lex: TimeLexicon;
  /** The lower-cased word at i, or undefined past either end. */
  w(i: number): string | undefined;
}

/** A family of rules, run at words whose lower case form is one of its triggers. */
export interface Parser {
  name: string;
  /** Lower-cased words that anchor a match; "#digits" stands for any number word. */
  triggers(lex: TimeLexicon): Iterable<string>;
  match(ctx: ScanContext, i: number): Candidate[] | Candidate | null;
}

export const DIGITS = "#digits";
