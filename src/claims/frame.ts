import type { Certainty } from "../article/analysis.js";
import type { Cue } from "./cues.js";
import type { Phrase } from "./phrases.js";

/**
 * How a cue's parts are laid out in its sentence:
 * - forward: source, cue, then content ("X said (that) …", "according to X, …", "captions that said: …")
 * - postposed: content, then source and cue ("…, X said")
 * - inverted: content, then cue and source ("…, said X")
 * - parenthetical: the cue clause interrupts its content ("The plan, she said, is dead"): the content is the sentence
 * - participle / coordinated: a second cue of the same source ("…, noting that …", "…, and admitted that …")
 * - seen-as: a view held by someone ("widely seen by many analysts as …")
 * - passive: "it was reported that …", "he is said to have …", "the move was first reported by MSNBC"
 */
export type Shape =
  | "forward"
  | "postposed"
  | "inverted"
  | "parenthetical"
  | "participle"
  | "coordinated"
  | "seen-as"
  | "passive";

/**
 * Whom a source is cited by, as a word range; `cue` is the words by which it passes the claim on when the text has
 * them ("according to Y, X said …", "X said …, Y reported"), none for a plain "citing Y" chain.
 */
export interface ViaPhrase extends Phrase {
  cue?: { from: number; to: number };
}

/** One cue read in its sentence: where its source, via and content are, as word ranges. */
export interface Frame {
  cue: Cue;
  shape: Shape;
  /** The source phrase; null when unnamed or, for participles and coordinated cues, taken from the cue before. */
  source: Phrase | null;
  /** Whom the source cites, nearest first. */
  via: ViaPhrase[];
  /** Words of time expressions attached to the cue ("said Tuesday"). */
  times: number[];
  /** Content words, end exclusive; for forward shapes `to` is the sentence end until cut. */
  from: number;
  to: number;
  /** Where this cue's clause begins when a comma, conjunction or semicolon opens it: earlier contents end there. */
  clauseStart: number | null;
  /** Words between the source and the cue (where "reportedly" or "may have" sit). */
  scope: { from: number; to: number } | null;
  /** A doubt the layout itself carries: "it is said that …" has nobody vouching for it. */
  hedge?: Certainty;
  /**
   * The content is an infinitive or an object ("sought to calm them", "backed Cruz"), which ends where the
   * subject goes on with a verb of its own ("…, and took a heckler in stride").
   */
  tight?: boolean;
}
