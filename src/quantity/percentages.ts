import { type TokenView, wordsOf } from "./token-view.js";

/** A percent sign or word after a number ("%", "per cent", "percentage points"): the unit and where it ends. */
export function percentAt(
  v: TokenView,
  j: number,
  sentence: number,
): { unit: string; start: number; end: number } | null {
  const hit = v.lex.percent.longest(wordsOf(v, sentence), j);
  return hit ? { unit: hit.value, start: j, end: hit.end } : null;
}
