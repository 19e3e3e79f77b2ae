import type { Span } from "../article/span.js";
import { firstWord, fold } from "../lexicon/fold.js";
import { titles } from "../lexicon/titles.js";
import type { Sentence, Token } from "../pipeline/layers.js";
import { dictionaryAt } from "./dictionary.js";
import { stancePrefix } from "./stance-prefix.js";
import { caseTally, commonCapitals, TITLE_LOWER } from "./title-case.js";

/** Per-token facts every name finder needs, computed once per article (linear in its length). */
export interface TextView {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** fold() of each token's text. */
  folded: string[];
  /** The token's first word in folded form: the key of dictionary lookups. */
  key: string[];
  /** The token's text. */
  raw: string[];
  /** Starts with a capital letter. */
  cap: boolean[];
  /** Whitespace stands between this token and the one before. */
  gap: boolean[];
  /** Inside a time expression found by the times stage ("Tuesday", "April"). */
  inTime: boolean[];
  /** The first word of its sentence, or the first after an opening quote, colon or dash. */
  initial: boolean[];
  /** Whether a token is a word (not punctuation or whitespace). */
  word: boolean[];
  /** In a sentence written in title case (a headline): its capitals say nothing about names. */
  headline: boolean[];
  /**
   * Words the article writes in lower case, as whole words tagged nouns ("iodine", "store"): a capitalised
   * word that is one of them is a common noun in a name or at a sentence start, rarely a person's name.
   */
  lowerNouns: ReadonlySet<string>;
  /** What each name several countries share stands for here, where not its usual reading (names/shared-names.ts). */
  shared?: ReadonlyMap<string, string>;
  /**
   * Where a token's text ends for a name: before the full stop of a single capital letter that ends its sentence
   * ("a post on X." is "X"), which wink keeps in the letter's token as it does an initial's ("John F. Kennedy").
   */
  ends?: readonly number[];
}

const CAPITAL = /^\p{Lu}/u;
const OPENERS = new Set(['"', "\u201c", "\u2018", "'", ":", "(", "[", "\u2014", "\u2013", "--", "-"]);

export function textView(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  times: Span[],
): TextView {
  const n = tokens.length;
  const folded: string[] = new Array(n);
  const key: string[] = new Array(n);
  const raw: string[] = new Array(n);
  const cap: boolean[] = new Array(n);
  const gap: boolean[] = new Array(n);
  const word: boolean[] = new Array(n);
  const inTime: boolean[] = new Array(n).fill(false);
  const initial: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const s = text.slice(t.start, t.end);
    raw[i] = s;
    // The lower-case text as written: wink's normal form keeps the capitals of words its lexicon has capitalised
    // ("Steve"), which no lower-case lexicon key would then match.
    folded[i] = fold(s, t.lower);
    key[i] = firstWord(folded[i] as string);
    const c = s.charCodeAt(0);
    // ASCII first (most tokens), the Unicode test only for the rest.
    cap[i] = (c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(s)) && !prefixedCommonWord(s);
    gap[i] = i > 0 && t.start > (tokens[i - 1] as Token).end;
    word[i] = t.pos !== "PUNCT" && t.pos !== "SPACE" && t.pos !== "SYM" && hasLetterOrDigit(s);
  }
  // Web addresses ("pic.twitter.com/P2qpm3h3Pm") are no words for names: their capitals are codes. A byline's
  // names ("By Staff, Agencies", "By Jo Lee and Sam Ortiz, Reuters") sign the story and are no part of it.
  let ai = 0;
  const addresses = [...webAddresses(text), ...bylines(text)].sort((x, y) => x[0] - y[0]);
  for (let i = 0; i < n && ai < addresses.length; i++) {
    const t = tokens[i] as Token;
    while (ai < addresses.length && (addresses[ai] as [number, number])[1] <= t.start) ai++;
    const a = addresses[ai];
    if (a && a[0] < t.end && t.start < a[1]) word[i] = false;
  }
  // Times are few and sorted: one walk marks their tokens.
  const sorted = [...times].sort((a, b) => a.start - b.start);
  let ti = 0;
  for (let i = 0; i < n && ti < sorted.length; i++) {
    const t = tokens[i] as Token;
    while (ti < sorted.length && (sorted[ti] as Span).end <= t.start) ti++;
    const time = sorted[ti];
    if (time && time.start < t.end && t.start < time.end) inTime[i] = true;
  }
  const lowerNouns = new Set<string>();
  for (let i = 0; i < n; i++) {
    // A whole word: "ki" in "Ka-ki" is part of a name.
    if (word[i] && !cap[i] && gap[i] && (tokens[i] as Token).pos === "NOUN") lowerNouns.add(folded[i] as string);
  }
  const headline: boolean[] = new Array(n).fill(false);
  for (const s of sentences) {
    // Title case: most words capitalised, and among them verbs and common nouns, not only names. Each line of a
    // sentence the tagger ran across a line break on its own ("Mike Pence Calls for Special Prosecutor\nMike …").
    let afterOpener = true;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!word[i]) {
        // A line break opens a line as a sentence does (list items: "Show humility", "Fill in the gaps").
        if (
          OPENERS.has(raw[i] as string) ||
          ((tokens[i] as Token).pos === "SPACE" && (raw[i] as string).includes("\n"))
        )
          afterOpener = true;
        continue;
      }
      // A line break the tokens hold no space token for (a headline run into the first line of the story).
      const previous = tokens[i - 1];
      if (i > s.firstToken && previous && text.slice(previous.end, (tokens[i] as Token).start).includes("\n"))
        afterOpener = true;
      if (afterOpener) initial[i] = true;
      afterOpener = false;
    }
    let from = s.firstToken;
    for (let i = s.firstToken; i <= s.endToken; i++) {
      const lineEnd = i === s.endToken || ((tokens[i] as Token).pos === "SPACE" && (raw[i] as string).includes("\n"));
      if (!lineEnd) continue;
      const line = from === s.firstToken && i === s.endToken ? s : lineOf(tokens, s, from, i);
      if (
        titleCaseRun(tokens, raw, word, cap, from, i) ||
        (line && headingLine(text, line, { raw, cap, word, initial }))
      )
        for (let k = from; k < i; k++) headline[k] = true;
      from = i + 1;
    }
  }
  const ends = letterFullStops(text, tokens, raw, folded, key);
  const view = {
    text,
    tokens,
    sentences,
    folded,
    key,
    raw,
    cap,
    gap,
    inTime,
    initial,
    word,
    headline,
    lowerNouns,
    ends,
  };
  for (const s of sentences) {
    if (headline[s.firstToken]) continue;
    const end = runInHeading(view, s);
    for (let i = s.firstToken; i < end; i++) headline[i] = true;
  }
  return view;
}

/** Tokens [from, to) of sentence s as a sentence of their own (one line of it), or null when they hold no token. */
function lineOf(tokens: readonly Token[], s: Sentence, from: number, to: number): Sentence | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return null;
  return { ...s, start: first.start, end: last.end, firstToken: from, endToken: to };
}

/** Tokens [from, to) in title case: most words capitalised, verbs and common nouns among them, hardly a lower-case content word. */
function titleCaseRun(
  tokens: readonly Token[],
  raw: readonly string[],
  word: readonly boolean[],
  cap: readonly boolean[],
  from: number,
  to: number,
): boolean {
  let words = 0;
  let capitals = 0;
  let common = 0;
  // Lower-case words besides the short function words: a sentence dense with names has them, a title has none.
  let lowerContent = 0;
  // A line closed by a full stop is prose, whose titles before names are capitalised too ("Russian President
  // Vladimir Putin met US President Donald Trump."); a headline's are not told apart from its other capitals.
  let last = to - 1;
  while (last > from && (tokens[last] as Token).pos === "SPACE") last--;
  const prose = raw[last] === ".";
  for (let i = from; i < to; i++) {
    // Clitics ("'s", "n't") count for neither side.
    if (!word[i] || /^(?:[\d'\u2019]|n['\u2019]t$)/i.test(raw[i] as string)) continue;
    words++;
    if (!cap[i]) {
      if (!TITLE_LOWER.has(raw[i] as string)) lowerContent++;
      continue;
    }
    capitals++;
    const pos = (tokens[i] as Token).pos;
    // "Russian President Vladimir Putin met …": a title before a name is capitalised in running text too.
    const title = prose && titles().heads.has((raw[i] as string).toLowerCase());
    if (words > 1 && pos !== "PROPN" && pos !== "NUM" && pos !== "X" && !title) common++;
  }
  return words >= 4 && capitals >= words * 0.6 && common >= 2 && lowerContent <= 1;
}

// A scheme or "www.", or a host under a common top-level domain followed by a path.
const WEB_ADDRESS =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|io|ly|me|tv|info|uk|de|fr|ru|cn|jp)\/\S*/gi;

/** [start, end) of each web address in the text, in order. */
function webAddresses(text: string): [number, number][] {
  if (!text.includes("/") && !text.includes("www.")) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// A line opening with "By" and a capital: a byline when every word after is capitalised or one of these.
const BYLINE = /^[ \t]*(?:By|BY)[ \t]+\p{Lu}[^\n]*$/gmu;
const BYLINE_LOWER = new Set(["and", "&", "of", "the", "in", "for", "with", "staff", "writer", "writers", "reporter"]);

/** [start, end) of each byline: "By Staff, Agencies", "By Jo Lee and Sam Ortiz, Reuters", "BY ANN CHU | AP". */
function bylines(text: string): [number, number][] {
  if (!/^[ \t]*(?:By|BY)[ \t]/m.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(BYLINE)) {
    const words = m[0]
      .trim()
      .split(/[\s,;|/\u2014\u2013-]+/)
      .filter((w) => /[\p{L}&]/u.test(w))
      .slice(1);
    // A sentence ("By Monday, officials had left.") has lower-case words and a full stop.
    if (words.length === 0 || words.length > 12 || (/[.!?]\s*$/.test(m[0]) && !/\b\p{Lu}\.\s*$/u.test(m[0]))) continue;
    if (words.every((w) => /^\p{Lu}/u.test(w) || BYLINE_LOWER.has(w))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function hasLetterOrDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /[\p{L}\p{N}]/u.test(s);
  }
  return false;
}

/** Index of the next non-whitespace token at or after i (tokens.length when none). */
export function nextToken(view: TextView, i: number): number {
  let k = i;
  while (k < view.tokens.length && view.tokens[k]?.pos === "SPACE") k++;
  return k;
}

/** Index of the previous non-whitespace token before i (-1 when none). */
export function prevToken(view: TextView, i: number): number {
  let k = i - 1;
  while (k >= 0 && view.tokens[k]?.pos === "SPACE") k--;
  return k;
}

/** The span of tokens [a, b). */
export function tokenSpan(view: TextView, a: number, b: number): Span {
  const start = (view.tokens[a] as Token).start;
  const end = view.ends?.[b - 1] ?? (view.tokens[b - 1] as Token).end;
  return { start, end, text: view.text.slice(start, end) };
}

// Capitalised words that open a sentence after a letter's full stop; a surname after an initial is none ("F. Kennedy").
const OPENER_POS = new Set(["PRON", "DET", "AUX", "SCONJ", "CCONJ", "ADP", "ADV", "PART"]);

/**
 * Each token's end for names, and the letter's folded form without its dot where a single capital letter's full
 * stop ends the sentence: at the end of a line or of the text, or before a capitalised function word ("on X. He
 * added"). Raw, folded and key are set to the bare letter there, so the dictionary reads the letter.
 */
function letterFullStops(
  text: string,
  tokens: readonly Token[],
  raw: string[],
  folded: string[],
  key: string[],
): number[] {
  const ends = tokens.map((t) => t.end);
  for (let i = 0; i < tokens.length; i++) {
    const s = raw[i] as string;
    if (s.length !== 2 || s[1] !== "." || !/^\p{Lu}$/u.test(s[0] as string)) continue;
    let k = i + 1;
    while (k < tokens.length && (tokens[k] as Token).pos === "SPACE") k++;
    const next = tokens[k];
    const between = text.slice((tokens[i] as Token).end, next ? next.start : text.length);
    const last = !next || between.includes("\n");
    const opener = next !== undefined && /^\p{Lu}/u.test(raw[k] as string) && OPENER_POS.has(next.pos);
    if (!last && !opener) continue;
    ends[i] = (tokens[i] as Token).end - 1;
    raw[i] = s[0] as string;
    folded[i] = (folded[i] as string).slice(0, -1);
    key[i] = folded[i] as string;
  }
  return ends;
}

/** Only spaces and tabs between `from` and the next line break (or the end of the text), walking by `step`. */
function lineEdge(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * A title or subheading: a sentence alone on its line, either the text's first line in title case ("Obama Power
 * Plant Rules Face Key Test In U.S. Court") or a line in capitals ("GARLAND STEPS ASIDE"). wink tags such words
 * proper nouns, so the common words among the capitalised ones are told by the English lexicon instead. Lines of
 * names further down (captions: "Alvin Yeung of Civic Party") stay ordinary text.
 */
function headingLine(text: string, s: Sentence, cased: Parameters<typeof caseTally>[0]): boolean {
  if (!lineEdge(text, s.start - 1, -1) || !lineEdge(text, s.end, 1)) return false;
  const { words, capitals, upper, lowerContent } = caseTally(cased, s.firstToken, s.endToken);
  // The shape first (cheap); the lexicon only for lines that have it.
  const capitalsLine = words >= 1 && upper === words;
  // Title case leaves only short function words in lower case; a body follows on later lines.
  const titleLine =
    words >= 3 &&
    lowerContent === 0 &&
    capitals >= words * 0.7 &&
    firstLine(text, s.start) &&
    lineBreakAfter(text, s.end);
  // A short subheading further down ("War and Peace.", "Refugees."): one word, or closed by a full stop; lines of
  // a few names without one are more often captions ("Black Widow and Captain America").
  const shortLine =
    lowerContent === 0 && capitals >= 1 && words <= 6 && (words === 1 || /[.:]\s*$/.test(text.slice(s.start, s.end)));
  if (!capitalsLine && !titleLine && !shortLine) return false;
  const { common, commonAll } = commonCapitals(cased, s.firstToken, s.endToken);
  // A lone word in capitals ("ABSTRACT.") is a heading when it is an English word, not an acronym ("NATO").
  if (capitalsLine) return words === 1 ? commonAll === 1 : common >= 1;
  if (titleLine && common >= 2) return true;
  // Every capitalised word of a short line an English word: a subheading, not a caption of names.
  return shortLine && commonAll === capitals;
}

// A run-in heading is short: it ends within this many tokens.
const RUN_IN_REACH = 30;

/**
 * A run-in heading: a line opening with a heading up to a colon or a dash, a sentence after it. Either title case,
 * its capitalised words mostly English words and not a speaker's name ("Little Relief for Refugees: The refugee
 * crisis is …", not "Donald Trump: …"), or capitals throughout, English words, not a dateline ("HE'S BEEN CALLED OUT
 * BY FELLOW DOCTORS — He's been …", not "NEW YORK CITY — …"). Returns the colon's or the dash's token, or -1.
 */
function runInHeading(view: TextView, s: Sentence): number {
  if (!lineEdge(view.text, s.start - 1, -1)) return -1;
  let end = s.firstToken;
  while (end < s.endToken && end - s.firstToken < RUN_IN_REACH && !RUN_IN_ENDS.has(view.raw[end] as string)) end++;
  if (end >= s.endToken || !RUN_IN_ENDS.has(view.raw[end] as string)) return -1;
  const t = caseTally(view, s.firstToken, end);
  if (t.words < 3 || t.words > 12 || t.lowerContent > 0 || !bodyAfter(s, view.word, end)) return -1;
  const { common, commonAll } = commonCapitals(view, s.firstToken, end);
  const titled = t.upper < t.words && t.capitals >= t.words * 0.6 && common >= 2;
  const shouted = t.upper === t.words && commonAll >= 3;
  // A place or actor the dictionary knows opening it ("NEW YORK CITY —") is a dateline or a speaker.
  return (titled || shouted) && dictionaryAt(view, t.first, 4) === null ? end : -1;
}

const RUN_IN_ENDS = new Set([":", "\u2014", "\u2013", "--"]);

/** A sentence of some length after the colon at `colon` (a caption's "Image: Nick Moreau." is none). */
function bodyAfter(s: Sentence, word: readonly boolean[], colon: number): boolean {
  let words = 0;
  for (let i = colon + 1; i < s.endToken; i++) if (word[i] && ++words >= 6) return true;
  return false;
}

/** A line break, then more text, after `at`. */
function lineBreakAfter(text: string, at: number): boolean {
  const n = text.indexOf("\n", at);
  return n >= 0 && text.slice(n).trim() !== "";
}

/** Nothing but whitespace before `at` (walks back only over whitespace, so it stays cheap on every line). */
function firstLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * "Anti-government fighters …", "Pro-war bloggers …": one token of a prefix, a hyphen and a lower-case word is a
 * modifier whose capital only opens the sentence; "Pro-Russian", "Al-Shabaab" keep a capital after the hyphen.
 */
function prefixedCommonWord(s: string): boolean {
  return stancePrefix(s)?.lowerAfter === true;
}
