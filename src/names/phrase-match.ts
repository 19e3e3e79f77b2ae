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
