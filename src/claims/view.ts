import type { TimeExpression } from "../article/analysis.js";
import type { Sentence, Token } from "../pipeline/layers.js";
import { datelineEnd } from "./dateline.js";
import { findQuotes, type Quotes } from "./quotes.js";

/** One sentence as a range of `View.words`. */
export interface SentenceRange {
  /** First word index and one past the last. */
  from: number;
  to: number;
  /** Paragraph number (paragraphs are split by line breaks). */
  paragraph: number;
}

/**
 * The article as the claims rules read it: its words (tokens that are not whitespace), each with a
 * lower-cased form whose curly apostrophes are straightened, its sentences as word ranges, its quotations,
 * and which time expression each word belongs to. Built once per article, in one pass.
 */
export interface View {
  text: string;
  words: Token[];
  /** Lower-cased word, ’ → '. */
  low: string[];

  /** Index into `times` of the expression covering the word, or -1. */
  timeOf: Int32Array;
  times: readonly TimeExpression[];
  sentences: SentenceRange[];
  /** Sentence index of each word. */
  sentenceOf: Int32Array;
  /** Paragraph number of each word (a line break between two words starts a new one). */
  paragraphOf: Int32Array;
  quotes: Quotes;
}

/** Tags a capitalised word inside a name may wrongly carry ("Jolly said", "Ian Read said"). */
const MISREAD_NAME_TAGS = new Set(["ADJ", "ADV", "VERB", "NOUN", "INTJ", "X"]);

/**
 * "Jolly said …": words of the names the names stage found, tagged as common words, read as names. Copies of
 * those few tokens, by token index; the article's tokens stay as they are.
 */
function namedWords(
  text: string,
  tokens: readonly Token[],
  names: readonly { start: number; end: number }[],
): Map<number, Token> {
  const named = new Map<number, Token>();
  if (names.length === 0) return named;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let n = 0;
  tokens.forEach((token, t) => {
    while (n < sorted.length && (sorted[n] as { end: number }).end <= token.start) n++;
    const name = sorted[n];
    if (!name || token.start < name.start || token.end > name.end || !MISREAD_NAME_TAGS.has(token.pos)) return;
    const first = text[token.start] ?? "";
    if (first === first.toLowerCase()) return;
    named.set(t, { ...token, pos: "PROPN" });
  });
  return named;
}

/** Marks that end a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?"]);

/** The forms of "be", contractions included: copulas and passive auxiliaries. */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);

const CURLY = /[\u2018\u2019]/;
const CURLY_ALL = /[\u2018\u2019]/g;

export function buildView(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  times: readonly TimeExpression[],
  names: readonly { start: number; end: number }[] = [],
): View {
  const words: Token[] = [];
  const named = namedWords(text, tokens, names);
  const sentenceRanges: SentenceRange[] = [];
  const paragraphs: number[] = [];
  let paragraph = 0;
  for (const s of sentences) {
    const from = words.length;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const token = tokens[t];
      if (!token || token.pos === "SPACE" || token.end <= token.start) continue;
      const previous = words[words.length - 1];
      if (previous && lineBreakBetween(text, previous.end, token.start)) paragraph++;
      words.push(named.get(t) ?? token);
      paragraphs.push(paragraph);
    }
    if (words.length === from) continue;
    const previous = sentenceRanges[sentenceRanges.length - 1];
    if (
      previous &&
      (misSplit(text, words[from] as Token, paragraphs[from] === paragraphs[from - 1]) ||
        insideBracket(text, words, previous, from, paragraphs[from] === paragraphs[from - 1]))
    ) {
      previous.to = words.length;
      continue;
    }
    sentenceRanges.push({ from, to: words.length, paragraph: paragraphs[from] ?? 0 });
  }
  // Lower-cased text (not the tagger's normal form, which turns "’s" into "is"); curly apostrophes straightened.
  // The token's own lower case serves unless the word holds a curly apostrophe or a capital sigma (the final
  // sigma of Greek depends on what follows): those words are cut from the lower-cased text, unless lower-casing
  // changed its length (a dotted İ). One native scan finds those characters; the words walk them in step.
  let lowerText: string | null = null;
  const special: number[] = [];
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) special.push(m.index);
  let next = 0;
  const low = words.map((w) => {
    while (next < special.length && (special[next] as number) < w.start) next++;
    if (next >= special.length || (special[next] as number) >= w.end) return w.lower;
    lowerText ??= text.toLowerCase();
    const lower = lowerText.length === text.length ? lowerText.slice(w.start, w.end) : w.lower;
    return CURLY.test(lower) ? lower.replace(CURLY_ALL, "'") : lower;
  });
  const sentenceOf = new Int32Array(words.length);
  sentenceRanges.forEach((s, i) => {
    sentenceOf.fill(i, s.from, s.to);
  });
  const timeOf = new Int32Array(words.length).fill(-1);
  // Each time marks the words it overlaps, found by binary search: times are few, words many. Taken in text
  // order, an earlier time keeps a word a later overlapping one also covers.
  const order = times
    .map((_, i) => i)
    .sort((a, b) => (times[a] as TimeExpression).start - (times[b] as TimeExpression).start);
  for (const i of order) {
    const t = times[i] as TimeExpression;
    for (let w = firstEndingAfter(words, t.start); w < words.length; w++) {
      const word = words[w] as Token;
      if (word.start >= t.end) break;
      if (timeOf[w] === -1) timeOf[w] = i;
    }
  }
  const view: View = {
    text,
    words,
    low,
    timeOf,
    times,
    sentences: sentenceRanges,
    sentenceOf,
    paragraphOf: Int32Array.from(paragraphs),
    quotes: { pairs: [], inside: new Int32Array(0), openAt: new Map(), closeAt: new Map() },
  };
  view.quotes = findQuotes(view);
  // A wire dateline opening a paragraph ("KIGALI, Rwanda - M23 rebels …") is no part of its sentence's subject.
  for (const s of sentenceRanges) {
    if (s.from > 0 && paragraphs[s.from - 1] === paragraphs[s.from]) continue;
    const end = datelineEnd(view, s.from, s.to);
    if (end > s.from && end < s.to) s.from = end;
  }
  return view;
}

/** The first word that ends after `offset` (words are in text order). */
function firstEndingAfter(words: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word's text. */
export function wordText(view: View, w: number): string {
  const token = view.words[w];
  return token ? view.text.slice(token.start, token.end) : "";
}

/** The tagger's lemma, lower-cased; undefined past either end. Read for few words (cue verbs), so not stored. */
export function lemmaOf(view: View, w: number): string | undefined {
  const token = view.words[w];
  if (!token) return undefined;
  // Verb lemmas come lower-cased already; only names keep capitals.
  return token.pos === "PROPN" ? token.lemma.toLowerCase() : token.lemma;
}

/** A verb or an auxiliary at `w`, past adverbs: what makes the phrase or relative word before it a subject. */
export function verbAhead(view: View, w: number): boolean {
  while (pos(view, w) === "ADV") w++;
  return pos(view, w) === "VERB" || pos(view, w) === "AUX";
}

/** A verb in a past or present tense form: "announced", "says"; not "win", "winning". */
export function finiteForm(view: View, w: number): boolean {
  const low = view.low[w] as string;
  return pos(view, w) === "VERB" && !low.endsWith("ing") && low !== lemmaOf(view, w);
}

export function pos(view: View, w: number): string {
  return view.words[w]?.pos ?? "";
}

/** The first word of the line the word at w stands on, within the sentence. */
export function lineStart(view: View, s: SentenceRange, w: number): number {
  let start = w;
  while (start > s.from && view.paragraphOf[start - 1] === view.paragraphOf[w]) start--;
  return start;
}

/** True when the text between two words has no space (parts of one written word: "Seong-kweun"). */
export function glued(view: View, a: number, b: number): boolean {
  const x = view.words[a];
  const y = view.words[b];
  return !!x && !!y && x.end === y.start;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * A sentence the tokenizer cut after an abbreviation ("Rep. Elijah Cummings (D-Md.), chair of …"): it starts
 * with a comma, a closing bracket or a lower-case word on the same line, so it belongs to the one before.
 */
function misSplit(text: string, first: Token, sameLine: boolean): boolean {
  if (!sameLine) return false;
  const ch = text[first.start] ?? "";
  return (
    ch === "," ||
    ch === ")" ||
    ch === ";" ||
    (first.pos !== "PUNCT" && ch !== ch.toUpperCase() && ch === ch.toLowerCase() && /\p{L}/u.test(ch))
  );
}

const BRACKET_REACH = 8;

/**
 * "Rep. Gregory Meeks (D-N.Y.) said …": the tokenizer cut inside a short bracket, after an abbreviation. The
 * previous sentence holds an unclosed "(" among its last words, and a ")" comes within the first words here.
 */
function insideBracket(
  text: string,
  words: Token[],
  previous: SentenceRange,
  from: number,
  sameLine: boolean,
): boolean {
  if (!sameLine) return false;
  let open = false;
  for (let w = Math.max(previous.from, from - BRACKET_REACH); w < from; w++) {
    const ch = text[(words[w] as Token).start];
    if (ch === "(") open = true;
    else if (ch === ")") open = false;
  }
  if (!open) return false;
  for (let w = from; w < Math.min(words.length, from + 3); w++)
    if (text[(words[w] as Token).start] === ")") return true;
  return false;
}

/** Characters a word's own lower case gets wrong for the view: curly apostrophes, the capital sigma. */
const SPECIAL = /[\u2018\u2019\u03a3]/g;
