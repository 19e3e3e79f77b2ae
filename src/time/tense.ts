import type { Token } from "../pipeline/layers.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Word } from "./words.js";

/** Punctuation and words that end a clause for the purpose of finding the verb that governs a time. */
const BOUNDARY_PUNCT = new Set([".", ";", ":", "!", "?", "(", ")", '"', "\u201c", "\u201d", "\u2014", "\u2013"]);
const BOUNDARY_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "when",
  "while",
  "because",
  "but",
  "although",
  "though",
  "since",
  "if",
  "unless",
  "whereas",
]);
const BE = new Set([
  "be",
  "been",
  "being",
  "is",
  "are",
  "am",
  "'s",
  "'re",
  "'m",
  "will",
  "would",
  "to",
  "'ll",
  "shall",
]);
const PAST_AUX = new Set(["was", "were", "had"]);
const PERFECT = new Set(["has", "have", "'ve"]);
/** Scan at most this many words each way: clauses are short, and this keeps the cost per time bounded. */
const REACH = 14;

type Reading = "past" | "future";

/**
 * The tense of the clause around words first…last: a future cue ("will", "is due to", "next") or a past verb,
 * whichever is nearer, looking left first and then right; null when neither shows. Callers read null as
 * past for a bare weekday or month, as news does ("Sunday" in a Tuesday story is two days earlier).
 */
export function clauseReading(
  words: readonly Word[],
  tokens: readonly Token[],
  lex: TimeLexicon,
  first: number,
  last: number,
): Reading | null {
  const w = (i: number) => words[i]?.lower;
  const left = scan(words, tokens, lex, w, first - 1, -1, words[first]?.sentence ?? 0);
  if (left) return left;
  return scan(words, tokens, lex, w, last + 1, 1, words[last]?.sentence ?? 0);
}

function scan(
  words: readonly Word[],
  tokens: readonly Token[],
  lex: TimeLexicon,
  w: (i: number) => string | undefined,
  from: number,
  step: 1 | -1,
  sentence: number,
): Reading | null {
  for (let i = from, n = 0; i >= 0 && i < words.length && n < REACH; i += step, n++) {
    const word = words[i] as Word;
    if (word.sentence !== sentence) return null;
    if (word.kind === "punct" && BOUNDARY_PUNCT.has(word.lower)) return null;
    if (BOUNDARY_WORDS.has(word.lower)) return null;
    // "was due to", "had been expected to": a future seen from the past, which news reads as past.
    if (lex.futureCues.startingAt(w, i))
      return PAST_AUX.has(w(i - 1) ?? "") || PAST_AUX.has(w(i - 2) ?? "") ? "past" : "future";
    if (lex.pastCues.has(word.lower)) return "past";
    if (isPastVerb(word, tokens) && !BE.has(w(i - 1) ?? "")) return "past";
    if (PERFECT.has(word.lower) && isPastVerb(words[i + 1], tokens)) return "past";
  }
  return null;
}

/** A verb in a past form (said, killed, went): its lemma differs and it is neither an -ing nor an -s form. */
function isPastVerb(word: Word | undefined, tokens: readonly Token[]): boolean {
  if (!word || word.token < 0 || (word.pos !== "VERB" && word.pos !== "AUX")) return false;
  const token = tokens[word.token] as Token;
  if (token.lemma === token.normal) return false;
  const form = token.normal;
  if (form.endsWith("ing")) return false;
  // Past forms do not end in -s (was and were are past cues of their own); says, goes, tries are present.
  if (form.endsWith("s") && !form.endsWith("ss")) return false;
  return form !== "are" && form !== "am" && form !== "'re" && form !== "'m";
}
