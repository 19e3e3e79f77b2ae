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
  for (const phrase of candidates) {
    let folded = view.folded[i] as string;
    let raw = view.raw[i] as string;
    let k = i;
    for (;;) {
      if (folded === phrase.folded) {
        if (caseFits(phrase, raw)) return { start: i, end: k + 1, phrase };
        break;
      }
      if (!phrase.folded.startsWith(folded)) break;
      k++;
      while (k < limit && view.tokens[k]?.pos === "SPACE") k++;
      if (k >= limit) break;
      const space = view.gap[k] ? " " : "";
      folded += space + view.folded[k];
      raw += space + view.raw[k];
    }
  }
  return null;
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
