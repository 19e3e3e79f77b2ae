import type { Modifier } from "./lexicon.js";
import { type TokenView, wordsOf } from "./token-view.js";

/** An approximator or bound word before a number ("around", "at least", "more than") starting at token i. */
export function approximatorAt(v: TokenView, i: number, sentence: number): { mod: Modifier; end: number } | null {
  const hit = v.lex.approximators.longest(wordsOf(v, sentence), i);
  return hit ? { mod: hit.value, end: hit.end } : null;
}

/** One after a number ("or so", "600-odd", "or more", "600+") starting at token j. */
export function postApproximatorAt(v: TokenView, j: number, sentence: number): { mod: Modifier; end: number } | null {
  const words = wordsOf(v, sentence);
  const hit = v.lex.postApproximators.longest(words, j);
  // "less than $1 billion or more than $42 billion": "or more" there opens the next quantity.
  if (!hit || words(hit.end) === "than") return null;
  return { mod: hit.value, end: hit.end };
}

/** What value, bounds and approximation a number gets from the words around it. */
export interface Reading {
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** The bound excludes the number itself ("more than 3,000", "fewer than 20"). */
  exclusive: boolean;
}

/**
 * Applies approximators to a plain number. The stated number stays the value ("more than 3,000" has value 3000
 * and min 3000, exclusive) so that readers wanting one figure still get it.
 */
export function applyModifiers(value: number, mods: readonly (Modifier | null)[]): Reading {
  const r: Reading = { value, min: null, max: null, approximate: false, exclusive: false };
  for (const mod of mods) {
    if (!mod) continue;
    if (mod.approximate) r.approximate = true;
    if (mod.bound === "min") r.min = value;
    if (mod.bound === "max") r.max = value;
    if (mod.bound && mod.exclusive) r.exclusive = true;
  }
  return r;
}
