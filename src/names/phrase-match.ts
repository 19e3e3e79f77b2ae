import type { IndexedPhrase, PhraseIndex } from "../lexicon/phrase-index.js";
import type { TextView } from "./text-view.js";

export interface PhraseMatch<T> {
  /** Token indexes [start, end). */
  start: number;
  end: number;
  phrase: IndexedPhrase<T>;
}

/**
 * The longest phrase of the index that starts at token i and ends by token `limit`, written with the capitals
 * the lexicon gives it ("North Korea" matches "North Korea", not "north korea"). Whitespace tokens count as a gap.
 */
export function matchAt<T>(view: TextView, index: PhraseIndex<T>, i: number, limit: number): PhraseMatch<T> | null {
  const longest = longestAt(view, index, i);
  // The longest phrase up to the text's end is also the longest up to any limit it ends by: every longer phrase
  // failed on its words, not on the limit. Only a match that runs past the limit is looked for again.
  if (longest === null || longest.end <= limit) return longest;
  return scan(view, index, i, limit);
}

/**
 * Matches up to the text's end, per view, index and token: the names stage asks for the same token of the same
 * lexicon many times (shared names, runs, their parts, their heads), with different limits. Kept with the view.
 */
const longestMatches = new WeakMap<TextView, Map<PhraseIndex<unknown>, (PhraseMatch<unknown> | null)[]>>();

function longestAt<T>(view: TextView, index: PhraseIndex<T>, i: number): PhraseMatch<T> | null {
  let byIndex = longestMatches.get(view);
  if (!byIndex) {
    byIndex = new Map();
    longestMatches.set(view, byIndex);
  }
  let memo = byIndex.get(index as PhraseIndex<unknown>);
  if (!memo) {
    memo = new Array(view.tokens.length);
    byIndex.set(index as PhraseIndex<unknown>, memo);
  }
  let hit = memo[i];
  if (hit === undefined) {
    hit = scan(view, index, i, view.tokens.length);
    memo[i] = hit;
  }
  return hit as PhraseMatch<T> | null;
}

function scan<T>(view: TextView, index: PhraseIndex<T>, i: number, limit: number): PhraseMatch<T> | null {
  const candidates = index.candidates(view.key[i] as string);
  if (candidates.length === 0) return null;
  // Every candidate walks the same words: the folded text of tokens i..k is built once per length and shared
  // (a first word like "san" or "new" starts hundreds of places), and the written text only for a match.
  folds.length = 0;
  lasts.length = 0;
  folds.push(view.folded[i] as string);
  lasts.push(i);
  for (const phrase of candidates) {
    for (let j = 0; ; j++) {
      const folded = folds[j] as string;
      if (folded === phrase.folded) {
        if (caseFits(phrase, written(view, lasts, j))) return { start: i, end: (lasts[j] as number) + 1, phrase };
        break;
      }
      if (!phrase.folded.startsWith(folded)) break;
      if (j + 1 === folds.length) {
        let k = (lasts[j] as number) + 1;
        while (k < limit && view.tokens[k]?.pos === "SPACE") k++;
        if (k >= limit) break;
        folds.push(folded + (view.gap[k] ? " " : "") + view.folded[k]);
        lasts.push(k);
      }
    }
  }
  return null;
}

/** scan's shared prefixes: the folded text up to each next word, and that word's token (reused, scan never nests). */
const folds: string[] = [];
const lasts: number[] = [];

/** The text as written of the words lasts[0..j], a space where the text has a gap. */
function written(view: TextView, lasts: readonly number[], j: number): string {
  let raw = view.raw[lasts[0] as number] as string;
  for (let m = 1; m <= j; m++) {
    const k = lasts[m] as number;
    raw += (view.gap[k] ? " " : "") + view.raw[k];
  }
  return raw;
}

/** Every capital the lexicon writes at the start of a word must be a capital in the text. */
function caseFits(phrase: IndexedPhrase<unknown>, raw: string): boolean {
  const want = phrase.original;
  if (phrase.caseSensitive) return raw === want;
  if (raw.length !== want.length) return isUpper(raw[0]) || !isUpper(want[0]);
  for (let c = 0; c < want.length; c++) {
    const wordStart = c === 0 || want[c - 1] === " " || want[c - 1] === "-";
    if (wordStart && isUpper(want[c]) && !isUpper(raw[c])) return false;
  }
  return true;
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
