import type { Token } from "../pipeline/layers.js";
import type { SentenceRange, View } from "./view.js";

/** One quotation: the words of its marks. An unclosed quotation ends with its paragraph (`closed` false). */
export interface QuotePair {
  open: number;
  close: number;
  closed: boolean;
  /** Single quotation marks (headlines, titles, quotes within quotes). */
  single: boolean;
  /** Marks written as two characters (''…''): the outer halves sit at open - 1 and close + 1. */
  doubled?: boolean;
}

export interface Quotes {
  pairs: QuotePair[];
  /** Pair index of the quotation each word is inside (marks excluded), or -1. */
  inside: Int32Array;
  /** Word index of an opening / closing mark → pair index. */
  openAt: Map<number, number>;
  closeAt: Map<number, number>;
}

const DOUBLE_OPEN = new Set(["\u201c", "\u201e", "\u00ab"]);
const DOUBLE_CLOSE = new Set(["\u201d", "\u00bb"]);
const SINGLE = new Set(["'", "\u2018", "\u2019"]);
const BEFORE_OPEN = /[\s([{\u2014\u2013-]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013-]/;

/** Which way a mark faces, judged from the characters around it: "open", "close" or null when both sides agree. */
function facing(text: string, start: number, end: number): "open" | "close" | null {
  const spaceBefore = start === 0 || BEFORE_OPEN.test(text[start - 1] as string);
  const spaceAfter = end >= text.length || AFTER_CLOSE.test(text[end] as string);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return null;
}

/**
 * Pairs quotation marks, paragraph by paragraph, in one pass. Straight double quotes face the way the
 * spaces around them say, else they alternate; a quotation left open at the end of a paragraph ends there
 * (news style reopens it in the next paragraph). Single quotes pair only within a sentence and only where
 * an opening mark stands before a word, so apostrophes ("soldiers' families", "don't") stay apart.
 */
export function findQuotes(view: View): Quotes {
  const { text, words } = view;
  const pairs: QuotePair[] = [];
  const doubledMarks = new Set<number>();
  let open = -1;
  let lastOfParagraph = -1;
  /** Words that are one single quotation mark or apostrophe, for pairSingles. */
  const singles: number[] = [];
  const close = (at: number, closed: boolean) => {
    const doubled = doubledMarks.has(open) || (closed && doubledMarks.has(at));
    pairs.push({ open, close: at, closed, single: false, ...(doubled ? { doubled } : {}) });
    open = -1;
  };
  for (let w = 0; w < words.length; w++) {
    if (open >= 0 && w > 0 && view.paragraphOf[w] !== view.paragraphOf[w - 1]) close(lastOfParagraph, false);
    lastOfParagraph = w;
    const token = words[w];
    if (!token || token.end - token.start !== 1) continue;
    let ch = text[token.start] as string;
    if (SINGLE.has(ch)) singles.push(w);
    // "''A lot of …": the tokenizer kept the second apostrophe on the word, so the first one opens the quotation.
    const glued = words[w + 1];
    if (
      (ch === "'" || ch === "`") &&
      glued &&
      glued.start === token.end &&
      glued.end - glued.start > 1 &&
      (text[glued.start] === "'" || text[glued.start] === "`") &&
      /[\p{L}\p{N}]/u.test(text[glued.start + 1] ?? "") &&
      facing(text, token.start, token.end + 1) === "open"
    ) {
      if (open >= 0) close(w - 1, false);
      open = w;
      continue;
    }
    let end = token.end;
    // Two apostrophes or backticks as one double quotation mark (''…'', ``…''): the inner one is the mark.
    const next = words[w + 1];
    const doubled =
      (ch === "'" || ch === "`") &&
      next &&
      next.start === token.end &&
      next.end - next.start === 1 &&
      (text[next.start] === "'" || text[next.start] === "`");
    if (doubled) {
      ch = '"';
      end = (next as Token).end;
      doubledMarks.add(w).add(w + 1);
    }
    const straight = ch === '"';
    if (!straight && !DOUBLE_OPEN.has(ch) && !DOUBLE_CLOSE.has(ch)) continue;
    const context = facing(text, token.start, end);
    let dir: "open" | "close";
    if (straight) dir = context ?? (open >= 0 ? "close" : "open");
    else dir = DOUBLE_OPEN.has(ch) ? "open" : "close";
    // A curly mark used the wrong way round (some sites print ” for both): trust the spaces.
    if (!straight && context && context !== dir && (dir === "open") === open >= 0) dir = context;
    // A closing mark that opens its paragraph, with nothing open, can only open a quotation ('” … what I learned').
    if (dir === "close" && open < 0 && (w === 0 || view.paragraphOf[w] !== view.paragraphOf[w - 1])) dir = "open";
    if (dir === "open") {
      if (open >= 0) close(w - 1, false);
      open = doubled ? w + 1 : w;
    } else if (open >= 0) close(w, true);
    if (doubled) w++;
  }
  if (open >= 0) close(lastOfParagraph, false);
  pairSingles(view, pairs, doubledMarks, singles);
  pairs.sort((a, b) => a.open - b.open);
  const inside = new Int32Array(words.length).fill(-1);
  const openAt = new Map<number, number>();
  const closeAt = new Map<number, number>();
  pairs.forEach((p, i) => {
    openAt.set(p.open, i);
    if (p.closed) closeAt.set(p.close, i);
    if (doubledMarks.has(p.open - 1)) openAt.set(p.open - 1, i);
    if (p.closed && doubledMarks.has(p.close + 1)) closeAt.set(p.close + 1, i);
    const last = p.closed ? p.close - 1 : p.close;
    for (let w = p.open + 1; w <= last; w++) if (inside[w] === -1) inside[w] = i;
  });
  return { pairs, inside, openAt, closeAt };
}

/**
 * Pairs single quotation marks within a sentence. `singles` lists the words that are one single mark, in
 * text order (found by the caller's pass), so only they are visited.
 */
function pairSingles(view: View, pairs: QuotePair[], taken: Set<number>, singles: readonly number[]): void {
  const { text, words } = view;
  for (let i = 0; i < singles.length; i++) {
    const w = singles[i] as number;
    const t = words[w] as Token;
    if (taken.has(w) || text[t.start] === "\u2019") continue;
    if (facing(text, t.start, t.end) !== "open" || !/[\p{L}\p{N}]/u.test(text[t.end] ?? "")) continue;
    const s = view.sentences[view.sentenceOf[w] as number] as SentenceRange;
    const limit = Math.min(s.to, w + 30);
    for (let j = i + 1; j < singles.length; j++) {
      const c = singles[j] as number;
      if (c >= limit) break;
      const u = words[c] as Token;
      if (taken.has(c) || text[u.start] === "\u2018") continue;
      if (facing(text, u.start, u.end) !== "close") continue;
      if (c > w + 1) pairs.push({ open: w, close: c, closed: true, single: true });
      i = j;
      break;
    }
  }
}

/** The pair whose marks or inside hold the word, or -1. */
export function quoteOf(quotes: Quotes, w: number): number {
  const inside = quotes.inside[w] ?? -1;
  if (inside >= 0) return inside;
  return quotes.openAt.get(w) ?? quotes.closeAt.get(w) ?? -1;
}

/**
 * 'as “fantastic,” telling reporters …', "as ''overblown,'' adding that …": does a quotation close at `w` with the comma
 * inside its marks (for a mark of two apostrophes, before the first of them)?
 */
export function closesAfterComma(view: View, w: number): boolean {
  const pair = view.quotes.closeAt.get(w);
  const mark = pair === undefined ? undefined : view.quotes.pairs[pair]?.close;
  return mark !== undefined && view.low[mark - 1] === ",";
}

/** True for the word of a quotation mark. */
export function isQuoteMark(quotes: Quotes, w: number): boolean {
  return quotes.openAt.has(w) || quotes.closeAt.has(w);
}

/**
 * Is the content a quotation? True when at least half of its words (marks and punctuation aside) are
 * inside quotation marks: a direct quote, or a mixed one that is mostly the source's own words. A scare
 * quote of two words in a paraphrase ('sees "no signs" that …') does not make it one.
 */
export function isQuotation(view: View, from: number, to: number): boolean {
  let words = 0;
  let quoted = 0;
  for (let w = from; w < to; w++) {
    if (view.words[w]?.pos === "PUNCT" || isQuoteMark(view.quotes, w)) continue;
    words++;
    if ((view.quotes.inside[w] ?? -1) >= 0) quoted++;
  }
  return words > 0 && quoted * 2 >= words;
}
