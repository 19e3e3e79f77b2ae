import { multiply } from "./numerals.js";
import { type TokenView, wordAt, wordsOf } from "./token-view.js";

/** An amount stated without a number ("dozens", "tens of thousands", "several hundred"): its lower bound. */
export interface VagueMatch {
  min: number;
  end: number;
  /** Takes its noun directly ("several thousand troops"); plurals take it after "of" ("thousands of troops"). */
  direct: boolean;
}

/** A vague amount starting at token i, or null. */
export function vagueAmountAt(v: TokenView, i: number, sentence: number): VagueMatch | null {
  const words = wordsOf(v, sentence);
  const hit = v.lex.vagueAmounts.longest(words, i);
  if (hit) {
    if (hit.value.needsOf && words(hit.end) !== "of") return null;
    return { min: hit.value.min, end: hit.end, direct: false };
  }
  // "a few hundred", "several thousand": a multiplier word before scale words.
  const mult = v.lex.vagueMultipliers.longest(words, i);
  if (!mult) return null;
  let min = mult.value;
  let end = mult.end;
  for (let scale = v.lex.scales.get(wordAt(v, end, sentence) ?? ""); scale !== undefined; ) {
    min = multiply(min, scale);
    end += 1;
    scale = v.lex.scales.get(wordAt(v, end, sentence) ?? "");
  }
  return end > mult.end ? { min, end, direct: true } : null;
}
