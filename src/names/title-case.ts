import { isCommonWord } from "../lexicon/common-words.js";

/** Words title case writes in lower case ("Little Relief for Refugees", "The Art of the Deal"). */
export const TITLE_LOWER = new Set(
  "a an the and or nor but of in on at to for by with from as vs via per up off out over into onto than is it my your our".split(
    " ",
  ),
);

interface Cased {
  raw: readonly string[];
  cap: readonly boolean[];
  word: readonly boolean[];
  initial: readonly boolean[];
}

/** How the words of tokens [from, to) are written; digits and clitics ("'S", "n't") count for neither side. */
export interface CaseTally {
  /** The first word counted, or -1. */
  first: number;
  words: number;
  capitals: number;
  /** Words in capitals throughout ("GARLAND", "A"). */
  upper: number;
  /** Lower-case words besides title case's function words. */
  lowerContent: number;
}

export function caseTally(view: Cased, from: number, to: number): CaseTally {
  const t: CaseTally = { first: -1, words: 0, capitals: 0, upper: 0, lowerContent: 0 };
  for (let i = from; i < to; i++) {
    const w = view.raw[i] as string;
    if (!view.word[i] || /^[\d'\u2019]/.test(w)) continue;
    if (t.first < 0) t.first = i;
    t.words++;
    if (!view.cap[i]) {
      if (!TITLE_LOWER.has(w.toLowerCase())) t.lowerContent++;
      continue;
    }
    t.capitals++;
    if (w === w.toUpperCase()) t.upper++;
  }
  return t;
}

/** Capitalised English words among tokens [from, to): all of them, and those not opening a sentence or line. */
export function commonCapitals(view: Cased, from: number, to: number): { common: number; commonAll: number } {
  let common = 0;
  let commonAll = 0;
  for (let i = from; i < to; i++) {
    if (!view.word[i] || !view.cap[i] || !isCommonWord((view.raw[i] as string).toLowerCase())) continue;
    commonAll++;
    if (!view.initial[i]) common++;
  }
  return { common, commonAll };
}
