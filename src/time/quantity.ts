import type { ScanContext } from "./candidate.js";

/** How many of a unit a phrase counts: a number, or null for "several", "a few", "dozens of". */
export interface Count {
  amount: number | null;
  /** Index of the count's first word. */
  first: number;
  /** The count is the article "a"/"an" ("a year"), which can also mean "per" ("$5m a year"). */
  article: boolean;
}

const num = (s: string | undefined) => (s === undefined ? Number.NaN : Number(s.replace(/,/g, "")));

/** Reads the count that ends at word `k`, right to left; null when word k is no count. */
export function countEndingAt(ctx: ScanContext, k: number): Count | null {
  const { w, words, lex } = ctx;
  const word = words[k];
  if (!word) return null;
  if (word.kind === "digit") return digitsEndingAt(ctx, k);
  const lower = word.lower;
  if (lower === "of") {
    // "a couple of weeks", "dozens of years"
    const before = w(k - 1);
    if (before === "couple") return { amount: 2, first: w(k - 2) === "a" ? k - 2 : k - 1, article: false };
    if (before !== undefined && lex.vagueAmounts.has(before) && before.endsWith("s"))
      return { amount: null, first: k - 1, article: false };
    return null;
  }
  if (lex.vagueAmounts.has(lower)) {
    if (lower.endsWith("s")) return null; // "dozens" needs "of"
    return { amount: null, first: w(k - 1) === "a" ? k - 1 : k, article: false };
  }
  if ((lower === "a" || lower === "an") && w(k - 1) === "half") return { amount: 0.5, first: k - 1, article: false };
  if (lower === "half" && w(k - 1) === "a" && w(k - 2) === "and") {
    // "two and a half years"
    const whole = countEndingAt(ctx, k - 3);
    return whole?.amount != null ? { amount: whole.amount + 0.5, first: whole.first, article: false } : null;
  }
  const n = lex.numbers.get(lower);
  if (n === undefined || lower === "couple") return null;
  if (lower === "hundred" || lower === "dozen") {
    const before = countEndingAt(ctx, k - 1);
    if (before?.amount != null) return { amount: before.amount * n, first: before.first, article: false };
    return w(k - 1) === "a" ? { amount: n, first: k - 1, article: false } : null;
  }
  if (n < 10 && n > 0) {
    // "twenty-five", "twenty five"
    const tensAt = w(k - 1) === "-" && words[k]?.glued ? k - 2 : k - 1;
    const tens = lex.numbers.get(w(tensAt) ?? "");
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && tens < 100)
      return { amount: tens + n, first: tensAt, article: false };
  }
  return { amount: n, first: k, article: lower === "a" || lower === "an" };
}

function digitsEndingAt(ctx: ScanContext, k: number): Count | null {
  const { w, words } = ctx;
  const value = num(w(k));
  if (!Number.isFinite(value)) return null;
  // "5 1/2": a fraction glued around a slash, after an optional whole number.
  if (w(k - 1) === "/" && words[k]?.glued && words[k - 1]?.glued && words[k - 2]?.kind === "digit") {
    const fraction = num(w(k - 2)) / value;
    if (!(fraction > 0 && fraction < 1)) return null;
    if (words[k - 3]?.kind === "digit" && !words[k - 2]?.glued)
      return { amount: num(w(k - 3)) + fraction, first: k - 3, article: false };
    return { amount: fraction, first: k - 2, article: false };
  }
  return { amount: value, first: k, article: false };
}
