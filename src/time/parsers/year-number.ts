import type { ScanContext } from "../candidate.js";
import { spelledYearAt } from "./spelled-years.js";

/**
 * The year a four-digit number at word i names, or null. Only the number's own shape is checked here
 * (1000–2199, no separators); whether it is used as a year is the caller's business ("in 2024" vs
 * "2,000 troops" is decided by the years parser, "July 1997" by its month).
 */
export function yearAt(ctx: ScanContext, i: number): number | null {
  const word = ctx.words[i];
  if (word?.kind !== "digit" || word.lower.length !== 4 || !/^\d{4}$/.test(word.lower)) return null;
  const n = Number(word.lower);
  if (n < 1000 || n > 2199) return null;
  // "1990s" is a decade, not a year.
  if (ctx.w(i + 1) === "s" && ctx.words[i + 1]?.glued) return null;
  return n;
}

/** The year written at word i, in digits or spoken ("nineteen ninety-four"), with its last word; or null. */
export function yearSpanAt(ctx: ScanContext, i: number): { year: number; last: number } | null {
  const year = yearAt(ctx, i);
  return year !== null ? { year, last: i } : spelledYearAt(ctx, i);
}
