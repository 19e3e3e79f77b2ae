import { titles } from "../lexicon/titles.js";
import { glued, pos, type View, wordText } from "./view.js";

/** A noun phrase as a word range, with the word that heads it ("ministry" in "Seoul's defence ministry"). */
export interface Phrase {
  from: number;
  to: number;
  head: number;
}

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "X", "SYM"]);
const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Words that open a relative or free relative clause. */
export const RELATIVE = new Set(["who", "whom", "whose", "which", "that", "what"]);
/** Relative pronouns that stand for the phrase before them ("officials who said", "the report, which …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["that", "which", "who"]);
/** Prepositions that join a noun phrase to its modifier ("spokesman for the ministry", "head of the agency", "aides to the mayor"). */
const LINKS = new Set(["of", "for", "at", "from", "in", "with", "by", "to"]);
/** Fractions, which the tagger often reads as adverbs ("a third said"). */
const FRACTIONS = new Set(["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"]);
/** More prepositions a subject may carry before its verb ("his attacks on Trump have …"). */
const SUBJECT_LINKS = new Set([
  ...LINKS,
  "on",
  "against",
  "about",
  "over",
  "to",
  "between",
  "among",
  "under",
  "by",
  "into",
  "across",
  "around",
  "within",
  "near",
]);
const MAX_WORDS = 16;
/** Adjectives that can head a phrase alone ("many doubted her", "some say"). */
const QUANTIFIERS = new Set([
  "many",
  "some",
  "most",
  "few",
  "several",
  "all",
  "both",
  "others",
  "other",
  "more",
  "half",
  "majority",
  "those",
]);

/** Words that hedge a count before it ("about half", "nearly 6 in 10"): part of the phrase they count. */
const APPROXIMATORS = new Set(["about", "nearly", "almost", "roughly", "around", "only", "just", "over", "some"]);
/** Two-word hedges of a count ("at least half", "more than 40"), keyed by their second word. */
const APPROXIMATOR_PAIRS: Record<string, readonly string[]> = {
  least: ["at"],
  most: ["at"],
  than: ["more", "fewer", "less"],
  to: ["up"],
};

/** Does a count start at `w` (a number, or a quantity word such as "half", "majority", "three-quarters")? */
function countAt(view: View, w: number): boolean {
  const p = pos(view, w);
  if (p === "NUM") return true;
  const low = view.low[w] as string;
  return (
    low === "half" ||
    low === "majority" ||
    low === "third" ||
    low === "quarter" ||
    low === "two-thirds" ||
    low === "three-quarters"
  );
}

/** The first word of the count's hedge before `from` ("about", "at least"), or `from` when there is none. */
function hedgeStart(view: View, from: number, limit: number): number {
  if (!countAt(view, from) || from - 1 < limit) return from;
  const low = view.low[from - 1] as string;
  if (APPROXIMATORS.has(low) && pos(view, from - 1) !== "VERB") return from - 1;
  const firsts = APPROXIMATOR_PAIRS[low];
  if (firsts && from - 2 >= limit && firsts.includes(view.low[from - 2] as string)) return from - 2;
  return from;
}

/** Is there a line break between words `a` and `a + 1`? A phrase does not run across lines (headlines, lists). */
function lineBreakAfter(view: View, a: number): boolean {
  const x = view.words[a];
  const y = view.words[a + 1];
  if (!x || !y) return false;
  for (let i = x.end; i < y.start; i++) if (view.text.charCodeAt(i) === 10) return true;
  return false;
}

const NOT_NAMES = new Set(["PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "NUM", "SYM", "INTJ"]);

/**
 * A capitalised word the tagger took for a verb or an adjective ("Cook said", "Eric Fanning"): a name when
 * it is not the first word of its sentence, or when it is and a verb or a name follows it.
 */
function nameLike(view: View, w: number): boolean {
  const token = view.words[w];
  if (!token || NOT_NAMES.has(token.pos)) return false;
  const first = view.text[token.start] ?? "";
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  const s = view.sentences[view.sentenceOf[w] ?? -1];
  if (!s || s.from !== w) return true;
  // First in its sentence, a capital proves nothing: only a bare stem before a verb or a name ("Cook said").
  if (token.pos === "ADV" || /(?:ing|ed|ly)$/.test(view.low[w] as string)) return false;
  const next = pos(view, w + 1);
  return next === "VERB" || next === "PROPN";
}

/**
 * "each year of education", "the first week of the war": a time opened by a determiner and followed by "of"
 * heads a noun phrase ("50 years of …", "March of …" and "22 years ago of …" do not); so does a time with "'s".
 */
export function timeHeadsPhrase(view: View, q: number, limit: number): boolean {
  const time = view.timeOf[q];
  let start = q;
  while (start > 0 && view.timeOf[start - 1] === time) start--;
  let end = q;
  while (end < limit && view.timeOf[end] === time) end++;
  // "condemned Wednesday's airstrikes", "last week's vote": a time that owns the noun after it.
  if (view.low[end] === "'s" || view.low[end] === "\u2019s") return true;
  if (pos(view, start) !== "DET") return false;
  return view.low[end] === "of" && pos(view, end) === "ADP";
}

/** A time word modifying a noun ("his recent attacks", "the Tuesday meeting"), not a time of its own ("last week"). */
function timeModifier(view: View, w: number): boolean {
  const time = view.timeOf[w];
  const next = w + 1;
  const p = pos(view, w);
  // "a 2014 study", "the 2016 poll": a year after a determiner modifies the noun ("in 2014 voters …" does not).
  // "his 1990 autobiography", "the paper's 2015 report" too.
  const owner = POSSESSIVE.has(view.low[w - 1] as string) || view.low[w - 1] === "'s" || view.low[w - 1] === "\u2019s";
  const year = p === "NUM" && (pos(view, w - 1) === "DET" || owner);
  if (p !== "ADJ" && p !== "NOUN" && p !== "PROPN" && !year) return false;
  if (view.timeOf[next] === time) return false;
  // "the 2008 presidential election cycle": adjectives between the year and its noun.
  let n = next;
  while (year && pos(view, n) === "ADJ" && view.timeOf[n] === -1 && n - next < 3) n++;
  const q = pos(view, n);
  return (q === "NOUN" || q === "PROPN") && view.timeOf[n] === -1;
}

/**
 * "a September 16, 2012 email", "the June 8 operations": a whole date between a determiner or an owner and a noun
 * modifies the noun; each of its words is inside the phrase.
 */
function datedModifier(view: View, w: number): boolean {
  const time = view.timeOf[w];
  let a = w;
  while (a > 0 && view.timeOf[a - 1] === time) a--;
  let b = w + 1;
  while (b < view.low.length && view.timeOf[b] === time) b++;
  if (b - a < 2) return false;
  const opener = pos(view, a - 1) === "DET" || POSSESSIVE.has(view.low[a - 1] as string) || view.low[a - 1] === "'s";
  return opener && pos(view, b) === "NOUN" && view.timeOf[b] === -1;
}

/** "acting Health Minister Firas Abyad", "outgoing President X": a title's modifier the tagger read as a verb. */
function titleModifier(view: View, w: number): boolean {
  if (!titles().modifiers.has(view.low[w] as string)) return false;
  const next = pos(view, w + 1);
  return next === "PROPN" || titles().heads.has(view.low[w + 1] as string);
}

/** "a redoubling of efforts", "her handling of the case": an -ing word after a determiner or owner, before "of", is a noun. */
function gerundNoun(view: View, w: number): boolean {
  if (!(view.low[w] as string).endsWith("ing") || view.low[w + 1] !== "of") return false;
  const before = pos(view, w - 1);
  return before === "DET" || before === "ADJ" || POSSESSIVE.has(view.low[w - 1] as string);
}

/** Prepositions after which an -ing form is a gerund with an object, not a modifier of the noun after it. */
const GERUND_PREPOSITIONS = new Set(["by", "without", "after", "before", "while", "upon", "since"]);

function titledParticiple(view: View, w: number, before: string): boolean {
  const opens = before === "" || before === "PUNCT" || before === "CCONJ";
  return opens && (view.low[w] as string).endsWith("ing") && titles().heads.has(view.low[w + 1] as string);
}

/** A participle between a determiner or adjective and a noun modifies it ("the polling location", "a leaked memo"). */
function modifier(view: View, w: number): boolean {
  const before = pos(view, w - 1);
  const after = pos(view, w + 1);
  // "a highly placed source", "the newly elected mayor": an adverb before the participle is part of the modifier.
  const adverbed = before === "ADV" && nominal(view, w - 1);
  const opens =
    adverbed ||
    before === "DET" ||
    before === "ADJ" ||
    (before === "PRON" && POSSESSIVE.has(view.low[w - 1] as string)) ||
    view.low[w - 1] === "'s";
  // "hundreds of screaming supporters", "pointed to rising costs" (not "by slamming candidates", "after meeting
  // officials": those prepositions take a gerund and its object)
  const gerundTaker = GERUND_PREPOSITIONS.has(view.low[w - 1] as string);
  if ((before === "ADP" || before === "PART" || linkWord(view, w - 1)) && after === "NOUN" && !gerundTaker) return true;
  // "the party's platform drafting committee": a gerund between two nouns of a compound.
  if (before === "NOUN" && after === "NOUN" && (view.low[w] as string).endsWith("ing")) return true;
  // "acting director Ken Fells", "Managing editor Ann Lee": an -ing word opening a phrase before a title.
  if (titledParticiple(view, w, before)) return true;
  // "its allied armed groups": another modifier may stand between the participle and its noun.
  const noun = (a: string) => a === "NOUN" || a === "PROPN";
  const participle = (view.low[w] as string).endsWith("ed");
  return opens && (noun(after) || (participle && after === "ADJ" && noun(pos(view, w + 2))));
}

/** "Thursday's meeting", "last year's figures": a time whose last word owns the noun after it. */
function timeOwner(view: View, w: number): boolean {
  const time = view.timeOf[w];
  let end = w + 1;
  while (view.timeOf[end] === time) end++;
  return view.low[end] === "'s" && nominal(view, end + 1);
}

/**
 * A preposition that links two nouns of one phrase ("advocates for stem cell research"); "for" also when the
 * tagger reads it as a conjunction, which it often does before a noun it takes for a verb's subject.
 */
function linkWord(view: View, w: number): boolean {
  const p = pos(view, w);
  return LINKS.has(view.low[w] as string) && (p === "ADP" || (p === "SCONJ" && view.low[w] === "for"));
}

/** Can this word sit inside a noun phrase? Pronouns only when possessive; names glued by hyphens and 's. */
function nominal(view: View, w: number): boolean {
  const p = pos(view, w);
  const low = view.low[w] as string;
  if (view.timeOf[w] !== -1)
    return (
      timeModifier(view, w) || timeOwner(view, w) || timeHeadsPhrase(view, w, view.low.length) || datedModifier(view, w)
    );
  if (nameLike(view, w)) return true;
  // "a just-released poll": any word hyphened to the next one is part of a compound modifier.
  if (p !== "PUNCT" && view.low[w + 1] === "-" && glued(view, w, w + 1) && glued(view, w + 1, w + 2)) return true;
  if (p === "VERB")
    return (
      (glued(view, w - 1, w) && view.low[w - 1] === "-") ||
      modifier(view, w) ||
      gerundNoun(view, w) ||
      titleModifier(view, w)
    );
  if (p === "PRON") return POSSESSIVE.has(low);
  if (p === "PART") return low === "'s" || low === "'";
  // "the soldiers' families": an apostrophe glued to a plural is a possessive, not a quotation mark.
  if (low === "'" && glued(view, w - 1, w) && (view.low[w - 1] as string).endsWith("s") && !glued(view, w, w + 1))
    return view.quotes.inside[w] === -1 && !view.quotes.closeAt.has(w);
  if (p === "PUNCT")
    return (low === "-" || low === "." || low === "&") && glued(view, w - 1, w) && glued(view, w, w + 1);
  if (p === "DET") return !RELATIVE.has(low) && low !== "no";
  if (p === "ADJ" || p === "NUM") return true;
  if (fractionNoun(view, w)) return true;
  // "Mali's predominantly Tuareg north": a compass word the tagger read as an adverb after a name or modifier.
  if (p === "ADV" && compassNoun(view, w)) return true;
  // "the most recent poll", "a new Associated Press poll": an adverb the tagger found inside a noun phrase.
  if (p === "ADV") {
    const before = pos(view, w - 1);
    const after = pos(view, w + 1);
    // "Mali's predominantly Tuareg north": after an owner, an -ly adverb before a name.
    if (view.low[w - 1] === "'s" && (view.low[w] as string).endsWith("ly") && after === "PROPN") return true;
    return (
      (before === "DET" || before === "ADJ") &&
      (after === "ADJ" ||
        after === "NOUN" ||
        after === "PROPN" ||
        nameLike(view, w + 1) ||
        (after === "VERB" && /(?:ed|en)$/.test(view.low[w + 1] as string) && pos(view, w + 2) === "NOUN"))
    );
  }
  return NOMINAL.has(p) || (p === "VERB" && glued(view, w - 1, w) && view.low[w - 1] === "-");
}

/** "a third", "two thirds": a fraction after an article or a number is a noun, whatever the tagger says. */
export function fractionNoun(view: View, w: number): boolean {
  return FRACTIONS.has(view.low[w] as string) && (pos(view, w - 1) === "DET" || pos(view, w - 1) === "NUM");
}

/** A compass word ending a noun phrase after a name, an adjective or a determiner ("the Tuareg north"). */
export function compassNoun(view: View, w: number): boolean {
  if (!COMPASS.has(view.low[w] as string)) return false;
  const before = pos(view, w - 1);
  return before === "PROPN" || before === "ADJ" || before === "DET";
}

const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);

/** A pronoun that can stand for a speaker on its own ("he said", "it said"). */
export function isPersonalPronoun(view: View, w: number): boolean {
  return pos(view, w) === "PRON" && !POSSESSIVE.has(view.low[w] as string) && !RELATIVE.has(view.low[w] as string);
}

/** Does the phrase hold a word that can head it (a noun, a name, a number or a pronoun)? */
function hasHead(view: View, from: number, to: number): boolean {
  // "the general", "the accused": an adjective the tagger left without its noun.
  if (to - from >= 2 && pos(view, from) === "DET" && pos(view, to - 1) === "ADJ") return true;
  for (let w = from; w < to; w++) {
    const p = pos(view, w);
    if (
      p === "NOUN" ||
      p === "PROPN" ||
      p === "NUM" ||
      p === "X" ||
      (p === "PRON" && !POSSESSIVE.has(view.low[w] as string))
    )
      return true;
    if (nameLike(view, w) || fractionNoun(view, w)) return true;
    if ((p === "ADJ" || p === "DET") && QUANTIFIERS.has(view.low[w] as string)) return true;
  }
  return false;
}

/** The head: the last word before the first linking preposition (or the last word). */
function headOf(view: View, from: number, to: number): number {
  for (let w = from + 1; w < to; w++) {
    if (linkWord(view, w)) return w - 1;
  }
  let last = to - 1;
  // "the soldiers' families" heads on "families"; a trailing possessive mark is not the head.
  while (last > from && (view.low[last] === "'s" || view.low[last] === "'")) last--;
  return last;
}

/**
 * The noun phrase that ends just before `end`, walking left no further than `limit`: names, nouns,
 * adjectives, determiners, possessives, and linking prepositions between two such stretches. A lone
 * personal pronoun right before `end` is a phrase too ("he").
 */
export function phraseBefore(view: View, end: number, limit: number): Phrase | null {
  const last = end - 1;
  if (last < limit) return null;
  // "a source close to him", "people familiar with them": an object pronoun after an adjective's preposition ends a
  // longer phrase ("a picture of him embracing …" stays apart: no adjective).
  const object =
    OBJECT_FORMS.has(view.low[last] as string) &&
    pos(view, last - 1) === "ADP" &&
    pos(view, last - 2) === "ADJ" &&
    last - 2 > limit;
  if (isPersonalPronoun(view, last) && !object) return { from: last, to: end, head: last };
  let from = end;
  for (let w = last; w >= limit && end - w <= MAX_WORDS; w--) {
    if (w < last && lineBreakAfter(view, w)) break;
    if (w === last && object) {
      from = w;
      continue;
    }
    if (nominal(view, w)) {
      // A determiner opens its phrase: in "into account both Democrats", "account" is not part of it.
      const p = pos(view, w);
      if (from < end && from === w + 1 && pos(view, from) === "DET" && (p === "NOUN" || p === "PROPN" || p === "ADJ"))
        break;
      from = w;
      continue;
    }
    // "Sen. Elizabeth Warren (D-MA)": a short bracket inside the phrase.
    if (view.low[w] === ")") {
      const open = bracketOpen(view, w, limit);
      if (open > limit && nominal(view, open - 1)) {
        w = open;
        from = open;
        continue;
      }
    }
    const low = view.low[w] as string;
    // "No damage or casualties": "or" joins two nouns after a denying "no".
    const denied = low === "or" && view.low[w - 2] === "no";
    const joins = linkWord(view, w) || low === "and" || low === "&" || denied;
    // "Sens. Ann Roe (Ky.) and Bo Li (Fla.)": a name's bracket before the conjunction.
    if (joins && from < end && w - 1 >= limit && (nominal(view, w - 1) || view.low[w - 1] === ")")) continue;
    break;
  }
  // A phrase does not begin with a preposition or a conjunction.
  while (from < end && !nominal(view, from)) from++;
  // Nor with a predicate adjective before a link: "(too) steep for Mr. Sanders" is about Mr. Sanders.
  for (let w = from + 1; w < end; w++) {
    if (!(LINKS.has(view.low[w] as string) && pos(view, w) === "ADP")) continue;
    if (!hasHead(view, from, w) && !(pos(view, from) === "DET")) from = w + 1;
    break;
  }
  if (from >= end || !hasHead(view, from, end)) return null;
  const head = headOf(view, from, end);
  // "no one", "no candidate": the negation is part of the phrase (and denies what it says).
  if (from - 1 >= limit && view.low[from - 1] === "no") return { from: from - 1, to: end, head };
  // "he and Mr. Allen said", "She and another reporter said": a subject pronoun joined before the phrase.
  if (from - 2 >= limit && view.low[from - 1] === "and" && SUBJECT_PRONOUNS.has(view.low[from - 2] as string))
    return { from: from - 2, to: end, head };
  return { from: hedgeStart(view, from, limit), to: end, head };
}

/** Object pronouns: "close to him", "told her". */
export const OBJECT_FORMS: ReadonlySet<string> = new Set(["him", "her", "them", "me", "us", "you"]);
/** Articles that open a noun phrase. */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Quantifiers that float after their noun, before its verb ("both said", "each reported"). */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(["each", "both", "all"]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "he", "she", "we", "they"]);

/** The phrase after its last link ("a response from Donald Trump Jr." → "Donald Trump Jr."), or null. */
export function linkedTail(view: View, phrase: Phrase): Phrase | null {
  for (let w = phrase.to - 1; w > phrase.from; w--) {
    if (!(LINKS.has(view.low[w] as string) && pos(view, w) === "ADP")) continue;
    return w + 1 < phrase.to ? { from: w + 1, to: phrase.to, head: headOf(view, w + 1, phrase.to) } : null;
  }
  return null;
}

/**
 * The noun phrase that starts at `start`, walking right no further than `limit` (exclusive). Stops before
 * a verb, a clause word, punctuation or a time expression; takes linking prepositions and "and" only when a
 * noun phrase follows them.
 */
export function phraseAfter(view: View, start: number, limit: number, wide = false): Phrase | null {
  const links = wide ? SUBJECT_LINKS : LINKS;
  if (start >= limit) return null;
  if (isPersonalPronoun(view, start)) return { from: start, to: start + 1, head: start };
  let to = start;
  let bracketEnd = -1;
  for (let w = start; w < limit && w - start < MAX_WORDS; w++) {
    if (w > start && lineBreakAfter(view, w - 1)) break;
    if (nominal(view, w)) {
      // "called the report outrageous": an adjective after the noun is said of it, not part of it.
      const p = pos(view, w);
      const before = pos(view, w - 1);
      if (p === "ADJ" && w > start && (before === "NOUN" || before === "PROPN")) {
        const after = pos(view, w + 1);
        if (after !== "NOUN" && after !== "PROPN" && after !== "ADJ") break;
      }
      to = w + 1;
      continue;
    }
    // 'an "Israeli enemy strike" on the village': a few quoted words inside the phrase (scare quotes) are part of it.
    const quoted = wide && to > start ? scareQuoteEnd(view, w, limit) : -1;
    if (quoted > 0) {
      w = quoted;
      to = quoted + 1;
      continue;
    }
    if (view.low[w] === "(" && to > start) {
      const close = bracketClose(view, w, limit);
      if (close > 0) {
        w = close;
        to = close + 1;
        bracketEnd = to;
        continue;
      }
    }
    const low = view.low[w] as string;
    const joins = (links.has(low) && pos(view, w) === "ADP") || low === "and" || low === "&";
    if (joins && to > start && w + 1 < limit && nominal(view, w + 1)) {
      // "X and Y said" joins names; "X and added" does not: the word after the next phrase must not be a verb.
      if (low === "and") {
        const next = phraseAfter(view, w + 1, limit, wide);
        const after = next ? pos(view, next.to) : "";
        if (!next || after === "VERB" || after === "AUX") break;
      }
      continue;
    }
    break;
  }
  // Trailing possessive marks or links belong to what follows, not to this phrase.
  while (to > start && to !== bracketEnd && !nominal(view, to - 1)) to--;
  if (to <= start || !hasHead(view, start, to)) return null;
  return { from: start, to, head: headOf(view, start, to) };
}

const BRACKET_WORDS = 8;
/** How many words scare quotes inside a noun phrase may hold. */
const SCARE_QUOTE_WORDS = 4;

/**
 * The closing mark of a short quotation opening at `w` whose words are all a noun phrase's ("Israeli enemy strike"),
 * or -1: a phrase runs on through it.
 */
function scareQuoteEnd(view: View, w: number, limit: number): number {
  const pair = view.quotes.openAt.get(w);
  if (pair === undefined) return -1;
  for (let k = w + 1; k < limit && k - w <= SCARE_QUOTE_WORDS + 1; k++) {
    if (view.quotes.closeAt.get(k) === pair) return k > w + 1 ? k : -1;
    if (!nominal(view, k)) return -1;
  }
  return -1;
}

/** The "(" matching the ")" at `w`, within a few words, or -1. */
function bracketOpen(view: View, w: number, limit: number): number {
  for (let b = w - 1; b >= limit && w - b <= BRACKET_WORDS; b--) {
    if (view.low[b] === "(") return b;
    if (view.low[b] === ")" || view.low[b] === ",") return -1;
  }
  return -1;
}

/** The ")" matching the "(" at `w`, within a few words, or -1. */
function bracketClose(view: View, w: number, limit: number): number {
  for (let b = w + 1; b < limit && b - w <= BRACKET_WORDS; b++) {
    if (view.low[b] === ")") return b;
    if (view.low[b] === "(" || view.low[b] === ",") return -1;
  }
  return -1;
}

/** Tags a capitalised word alone before a line's colon may carry that still leave it a name ("Lynch:", "TAPPER:"). */
const LABEL_MISTAGS = new Set(["VERB", "ADJ", "ADV", "NOUN", "PROPN", "X"]);

/**
 * "Lynch: No outside influence on …", "TAPPER: And obviously …": one capitalised word alone before the colon that
 * opens a line is a surname or a transcript's speaker, whatever tag the tagger gave it (it calls "Lynch" a verb).
 */
export function loneLabel(view: View, start: number, colon: number): Phrase | null {
  if (colon !== start + 1 || !LABEL_MISTAGS.has(pos(view, start))) return null;
  return /^\p{Lu}[\p{L}'-]+$/u.test(wordText(view, start)) ? { from: start, to: colon, head: start } : null;
}
