import type { Candidate, Parser, ScanContext } from "../candidate.js";
import { DIGITS } from "../candidate.js";
import { centuryValue, decadeValue, yearValue } from "../timex-value.js";
import { yearAt } from "./year-number.js";

const GLUED_MODIFIERS = new Set(["post", "pre", "mid", "early", "late"]);
const CURRENCY = new Set(["$", "€", "£", "¥", "#"]);
/** Words before a year that make it approximate rather than an amount ("around 2010"). */
const APPROXIMATE = new Set(["about", "around", "circa"]);
/** Nouns that follow a year-like number as a count, though their form is not plural. */
const COUNT_NOUNS = new Set([
  "people",
  "police",
  "staff",
  "personnel",
  "cattle",
  "livestock",
  "feet",
  "ft",
  "km",
  "miles",
  "metres",
  "meters",
]);

/**
 * Bare years ("in 2024", "fiscal 1989"), decades ("the 1990s", "the '80s", "the nineties") and centuries
 * ("the 20th century"). A four-digit number is not a year when it counts something ("2000 troops",
 * "about 1500 people"), follows a currency sign, or is part of a clock time or a percentage.
 */
export const yearsParser: Parser = {
  name: "years",
  triggers: (lex) => [DIGITS, "century", ...lex.decadeWords.keys()],
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    if (lower === "century") return century(ctx, i);
    const decade = lex.decadeWords.get(lower);
    if (decade !== undefined) {
      if (w(i - 1) !== "the") return null;
      return fixed(i - 1, i, "decade", decadeValue(1900 + decade * 10), "decade-word", ["decade"]);
    }
    return number(ctx, i);
  },
};

function number(ctx: ScanContext, i: number): Candidate | null {
  const { w, words } = ctx;
  const word = words[i];
  if (!word) return null;
  // "'80s", "'90s": two digits between an apostrophe and an s.
  if (word.lower.length === 2 && w(i - 1) === "'" && word.glued && w(i + 1) === "s" && words[i + 1]?.glued) {
    const d = Number(word.lower);
    const start = (d >= 30 ? 1900 : 2000) + d;
    if (d % 10 !== 0) return null;
    return fixed(i - 1, i + 1, "decade", decadeValue(start), "decade-short", ["decade"]);
  }
  // "the 70s", "the 70s and 80s": a decade without its apostrophe, only where "the" or another decade leads.
  if (word.lower.length === 2 && w(i - 1) !== "'" && w(i + 1) === "s" && words[i + 1]?.glued) {
    const d = Number(word.lower);
    if (d % 10 !== 0 || !decadeLeads(ctx, i)) return null;
    return fixed(i, i + 1, "decade", decadeValue((d >= 30 ? 1900 : 2000) + d), "decade-short", ["decade"]);
  }
  // "since '82", "in '05": an apostrophe year, after a word that introduces years.
  if (
    word.lower.length === 2 &&
    w(i - 1) === "'" &&
    word.glued &&
    !(words[i + 1]?.glued && words[i + 1]?.kind !== "punct") &&
    ctx.lex.yearCues.has(w(i - 2) ?? "")
  ) {
    const d = Number(word.lower);
    return fixed(i - 1, i, "year", yearValue((d >= 30 ? 1900 : 2000) + d), "year-short", ["year"]);
  }
  if (word.lower.length !== 4 || !/^\d{4}$/.test(word.lower)) return null;
  const n = Number(word.lower);
  // "1990s", "1990's"
  const s =
    w(i + 1) === "s" && words[i + 1]?.glued
      ? i + 1
      : w(i + 1) === "'" && w(i + 2) === "s" && words[i + 2]?.glued
        ? i + 2
        : -1;
  if (s > 0 && n >= 1000 && n <= 2199 && n % 10 === 0)
    return fixed(i, s, "decade", decadeValue(n), "decade", ["decade"]);
  const year = yearAt(ctx, i);
  if (year === null || !usedAsYear(ctx, i, year)) return null;
  const first = w(i - 1) === "fiscal" ? i - 1 : i;
  return fixed(first, i, "year", yearValue(year), "year", ["year"]);
}

/**
 * "the", or "and"/"or" after another decade that is one ("the 1960s and 70s", "the 70s and 80s", not "their 30s,
 * 40s and 50s"), right before a bare decade at i. "In his 70s" is an age and "in the mid-30s" may be a rate or a
 * temperature, so nothing else leads one.
 */
function decadeLeads(ctx: ScanContext, i: number): boolean {
  const { w, words } = ctx;
  const p = w(i - 1);
  if (p === "the") return true;
  const before = words[i - 3];
  if ((p !== "and" && p !== "or") || w(i - 2) !== "s" || !words[i - 2]?.glued || before?.kind !== "digit") return false;
  if (Number(before.lower) % 10 !== 0) return false;
  return before.lower.length === 4 || (before.lower.length === 2 && decadeLeads(ctx, i - 3));
}

/** Whether a year-shaped number at i is used as a year, judged from its neighbours. */
function usedAsYear(ctx: ScanContext, i: number, year: number): boolean {
  const { words, lex } = ctx;
  const prev = words[i - 1];
  const next = words[i + 1];
  const p = prev?.lower ?? "";
  if (prev && CURRENCY.has(p)) return false;
  if (next?.glued && (next.lower === "%" || next.lower === ":")) return false;
  if (prev?.lower === ":" && words[i]?.glued) return false;
  // "555-1234" is a number; "1990-1995" is a range of years.
  if (p === "-" && words[i]?.glued && words[i - 2]?.kind === "digit" && yearAt(ctx, i - 2) === null) return false;
  if (lex.notYearAfter.has(p) && !APPROXIMATE.has(p)) return false;
  if (p === "fiscal") return true; // "fiscal 1989 sales"
  // "post-1959 politics", "mid-2022 drills": a date modifier glued on makes it a year whatever follows.
  if (p === "-" && words[i]?.glued && GLUED_MODIFIERS.has(words[i - 2]?.lower ?? "")) return true;
  // "the 1992 protests" names a year; "1500 people", "about 2000 troops" count.
  const determined = p === "the" && year >= 1900 && year <= 2100;
  if (next?.kind === "alpha" && !determined && isCountNoun(ctx, i + 1)) return false;
  if (APPROXIMATE.has(p) && next?.kind === "alpha" && next.pos === "NOUN") return false;
  // Early years need a cue: "in 1066" is a year, "1200 employees" was caught above, "1200" alone is doubtful.
  if (year < 1500 && !lex.yearCues.has(p)) return false;
  return true;
}

/** A plural noun (or one that counts like one) right after the number: "2000 troops", "1500 people". */
function isCountNoun(ctx: ScanContext, i: number): boolean {
  const word = ctx.words[i];
  if (!word || (word.pos !== "NOUN" && word.pos !== "PROPN" && word.pos !== "ADJ")) return false;
  if (COUNT_NOUNS.has(word.lower)) return true;
  if (ctx.lex.units.has(word.lower)) return true;
  if (ctx.lex.months.has(word.lower) || ctx.lex.seasons.has(word.lower)) return false;
  // Plural by form: ends in s but is not a possessive or a word like "news", "elections" still counts.
  return word.pos === "NOUN" && word.lower.length > 3 && word.lower.endsWith("s") && !word.lower.endsWith("ss");
}

/** "the 20th century" → 19; "the 1st century" → 00. */
function century(ctx: ScanContext, i: number): Candidate | null {
  const { w, words } = ctx;
  const suffix = w(i - 1);
  const digits = words[i - 2];
  if (digits?.kind !== "digit" || !["th", "st", "nd", "rd"].includes(suffix ?? "") || !words[i - 1]?.glued) return null;
  const n = Number(digits.lower);
  if (!(n >= 1 && n <= 30)) return null;
  const first = w(i - 3) === "the" ? i - 3 : i - 2;
  return fixed(first, i, "century", centuryValue(n - 1), "century", ["century"]);
}

function fixed(
  first: number,
  last: number,
  kind: "year" | "decade" | "century",
  value: string,
  rule: string,
  stated: string[],
): Candidate {
  return { first, last, type: "DATE", kind, mod: null, rule, fixed: { value, stated } };
}
