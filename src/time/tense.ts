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
  "whether",
  "when",
  "while",
  "because",
  "but",
  "although",
  "though",
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
/**
 * Future cues that are past forms of a verb of planning: after a subject or a noun ("the team planned to leave",
 * "a service planned for Saturday") they say when the plan was made, not where the event sits; the event may be
 * on either side of the publication date.
 */
const PLAN_VERBS = new Set(["planned", "scheduled", "expected", "slated"]);
/** Words before a planning verb that make it an adjective ("the planned vote", "its scheduled meeting"): still ahead. */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);
const MODALS = new Set(["would", "should", "could", "might", "may", "can", "must"]);
/** How many words back "ahead of" may stand from the date it governs. */
const AHEAD_OF_REACH = 5;
const CONDITION = new Set(["if", "unless"]);
const DEADLINE = new Set(["until", "till", "through", "by", "effective"]);
/** Present forms of be before a participle: "is heard" is present, "was heard" past, "be heard" neither. */
const PRESENT_BE = new Set(["is", "are", "am"]);
/** Scan at most this many words each way: clauses are short, and this keeps the cost per time bounded. */
const REACH = 14;

type Reading = "past" | "future" | "nearest";
/** What the scan finds: a reading, or a verb in the present tense, which news uses for what is scheduled. */
type Found = Reading | "present";

/**
 * The tense of the clause around words first…last: a future cue ("will", "is due to", "next") or a past verb,
 * whichever is nearer, looking left first and then right; null when neither shows. Callers read null as
 * past for a bare weekday or month, as news does ("Sunday" in a Tuesday story is two days earlier).
 * "nearest" is for clauses that put the date on either side of the publication date: a modal ("would travel
 * Thursday"), an infinitive ("agreed to buy it in January"), a deadline ("until May").
 */
export function clauseReading(
  words: readonly Word[],
  tokens: readonly Token[],
  lex: TimeLexicon,
  first: number,
  last: number,
): Reading | null {
  const w = (i: number) => words[i]?.lower;
  if (aheadOf(words, first)) return "future";
  const left = scan(words, tokens, lex, w, first - 1, -1, words[first]?.sentence ?? 0);
  const found = left ?? scan(words, tokens, lex, w, last + 1, 1, words[last]?.sentence ?? 0);
  // "until Tuesday", "by February", "through January": a deadline or the end of a stretch, on either side of
  // the date whatever the verb's tense ("extended the loans through January"), unless a future cue says more.
  if (DEADLINE.has(w(first - 1) ?? "") && found !== "future")
    // "postponed the vote until Tuesday": what is put off lands after the putting off, so ahead.
    return delayedBefore(words, tokens, lex, first - 1) ? "future" : "nearest";
  // "The two leaders meet Monday", "when the case is heard in May": news puts what is scheduled in the present.
  return found === "present" ? "future" : found;
}

function scan(
  words: readonly Word[],
  tokens: readonly Token[],
  lex: TimeLexicon,
  w: (i: number) => string | undefined,
  from: number,
  step: 1 | -1,
  sentence: number,
): Found | null {
  for (let i = from, n = 0; i >= 0 && i < words.length && n < REACH; i += step, n++) {
    const word = words[i] as Word;
    if (word.sentence !== sentence) return null;
    // "will leave at 4 (4 a.m. Thursday)": a time in parentheses belongs to the clause around them, so the
    // scan leaves them outward (and only outward).
    if ((step < 0 && word.lower === "(") || (step > 0 && word.lower === ")")) continue;
    if (word.kind === "punct" && BOUNDARY_PUNCT.has(word.lower) && !(word.lower === "." && isAbbreviation(words, i)))
      return null;
    if (BOUNDARY_WORDS.has(word.lower)) return null;
    const cue = futureCueAt(lex, w, i);
    if (cue) return cue;
    // "said the father would travel Thursday", "should close in October": a modal puts the event ahead of some
    // moment, on either side of the publication date; the nearest such date is the likeliest. "Could have"
    // looks back.
    if (MODALS.has(word.lower) && (word.pos === "AUX" || word.lower !== "may"))
      return w(i + 1) === "have" ? "past" : "nearest";
    // "since" looks back, as a preposition ("since May") and as a conjunction ("since it was founded").
    if (lex.pastCues.has(word.lower) || word.lower === "since") return "past";
    // "an agreement to acquire it in January": the infinitive's event comes after the verb before it, which
    // says nothing of where it sits from the publication date; the nearest such date is the likeliest.
    // A cue just before ("is scheduled to close", "had been due to expire") still decides.
    if (step < 0 && word.lower === "to" && isBaseVerb(words[i + 1], tokens)) {
      for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
        const before = futureCueAt(lex, w, j);
        if (before) return before;
      }
      return "nearest";
    }
    if (isPastVerb(word, tokens) && !BE.has(w(i - 1) ?? ""))
      // "if he won the election on Nov. 8": a past form in a condition is no past.
      return step < 0 && (CONDITION.has(w(i - 2) ?? "") || CONDITION.has(w(i - 3) ?? "")) ? "nearest" : "past";
    if (PERFECT.has(word.lower) && isPastVerb(words[i + 1], tokens)) return "past";
    // Only before the date: after it, a present verb is as often another clause's ("Before his Sunday night
    // address, Castro played").
    if (step < 0 && isPresentVerb(words, tokens, lex, i)) return "present";
  }
  return null;
}

/** How many words back from "until" a verb of delay may stand ("postponed the final vote until"). */
const DELAY_REACH = 4;

/** A verb of putting off (postpone, delay, adjourn) shortly before the deadline word at `at`. */
function delayedBefore(words: readonly Word[], tokens: readonly Token[], lex: TimeLexicon, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - DELAY_REACH; i--) {
    const word = words[i] as Word;
    if (word.kind === "punct" || word.sentence !== words[at]?.sentence) return false;
    if (word.token >= 0 && word.pos === "VERB" && lex.delayVerbs.has((tokens[word.token] as Token).lemma)) return true;
  }
  return false;
}

/**
 * "ahead of Tuesday's primary", "ahead of the vote on Monday": a date that something comes before is still to
 * come. Only a few words back, within the phrase ("Just ahead of the trip, the ministry on Sunday said" is no cue).
 */
function aheadOf(words: readonly Word[], first: number): boolean {
  for (let i = first - 1; i >= 1 && i >= first - AHEAD_OF_REACH; i--) {
    const word = words[i] as Word;
    if (word.kind === "punct" && word.lower !== "'") return false;
    if (word.lower === "of" && words[i - 1]?.lower === "ahead") return true;
  }
  return false;
}

/**
 * A period glued to a short capitalised word or a single letter ends an abbreviation ("Ill.", "Corp.", "U.S.",
 * "a.m."), not the clause; after a number or a longer word it ends a sentence the tokenizer did not split
 * ("18%. And").
 */
function isAbbreviation(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return (
    before !== undefined &&
    words[i]?.glued === true &&
    before.kind === "alpha" &&
    (before.lower.length === 1 || (before.lower.length <= 4 && before.capital))
  );
}

/**
 * The reading a future cue starting at word i gives: future, or past for a future seen from the past
 * ("was due to", "had been expected to"), which news reads as past. Null when no cue starts there.
 */
function futureCueAt(lex: TimeLexicon, w: (i: number) => string | undefined, i: number): Reading | null {
  if (!lex.futureCues.startingAt(w, i)) return null;
  if (w(i) === "next" && w(i + 1) === "to") return null; // "next to the embassy" is a place
  if (PAST_AUX.has(w(i - 1) ?? "") || PAST_AUX.has(w(i - 2) ?? "")) return "past";
  const before = w(i - 1) ?? "";
  if (PLAN_VERBS.has(w(i) ?? "") && !BE.has(before) && !PERFECT.has(before) && !DETERMINERS.has(before))
    return "nearest";
  return "future";
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

/**
 * A finite verb in the present tense: an -s form ("meets", "takes effect"), a base form after a plural subject
 * ("the ministers meet", "he and his rival meet"), or a passive after is/are ("is heard"). Verbs of saying and
 * the like are left out: their present ("says") tells nothing of when the date in their clause falls; so are
 * verbs whose past is their base form ("the economy shed jobs", "they cut rates").
 */
function isPresentVerb(words: readonly Word[], tokens: readonly Token[], lex: TimeLexicon, i: number): boolean {
  const word = words[i] as Word;
  if (word.token < 0 || (word.pos !== "VERB" && word.pos !== "AUX")) return false;
  const token = tokens[word.token] as Token;
  if (PRESENT_BE.has(words[i - 1]?.lower ?? "") && isPastVerb(word, tokens)) return true;
  if (word.pos !== "VERB" || lex.presentNotAhead.has(token.lemma)) return false;
  const form = token.normal;
  if (form !== token.lemma) return form.endsWith("s") && !form.endsWith("ss");
  return !lex.pastAsBase.has(form) && pluralSubjectBefore(words, tokens, i);
}

/** Pronouns a base-form verb agrees with in the present ("they meet"). */
const BASE_PRONOUNS = new Set(["they", "we", "i", "you"]);
/** Parts of speech a subject noun phrase is made of, back from its verb to an "and" that joins two of them. */
const SUBJECT_PARTS = new Set(["NOUN", "PROPN", "ADJ", "PRON", "DET"]);
/** How far back a coordinating "and" may stand in the subject ("He and Palestinian leader Yasser Arafat meet"). */
const SUBJECT_REACH = 6;

/** The word before i ends a plural subject: "they", a plural noun, or nouns joined by "and". */
function pluralSubjectBefore(words: readonly Word[], tokens: readonly Token[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || prev.token < 0 || prev.sentence !== words[i]?.sentence) return false;
  if (BASE_PRONOUNS.has(prev.lower)) return true;
  const noun = tokens[prev.token] as Token;
  if (prev.pos === "NOUN" && noun.normal !== noun.lemma && noun.normal.endsWith("s")) return true;
  if (prev.pos === "PROPN" && /[^su]s$/.test(prev.lower)) return true;
  // The tagger may call a noun before the verb an adjective ("her rival speak").
  if (prev.pos !== "NOUN" && prev.pos !== "PROPN" && prev.pos !== "ADJ") return false;
  for (let j = i - 2; j >= 0 && j >= i - SUBJECT_REACH; j--) {
    const word = words[j] as Word;
    if (word.sentence !== prev.sentence) return false;
    if (word.lower === "and") return true;
    if (!SUBJECT_PARTS.has(word.pos)) return false;
  }
  return false;
}

/** A verb in its base form (acquire, pay): the word an infinitive "to" introduces. */
function isBaseVerb(word: Word | undefined, tokens: readonly Token[]): boolean {
  if (!word || word.token < 0 || word.pos !== "VERB") return false;
  const token = tokens[word.token] as Token;
  return token.lemma === token.normal;
}
