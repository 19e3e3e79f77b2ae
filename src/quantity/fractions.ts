import { percentAt } from "./percentages.js";
import { gluedNext, type TokenView, wordAt } from "./token-view.js";

/** Fractions named by a word, and how much one of them is. */
const FRACTIONS = new Map<string, number>([
  ["half", 1 / 2],
  ["halves", 1 / 2],
  ["third", 1 / 3],
  ["thirds", 1 / 3],
  ["quarter", 1 / 4],
  ["quarters", 1 / 4],
  ["fifth", 1 / 5],
  ["fifths", 1 / 5],
  ["tenth", 1 / 10],
  ["tenths", 1 / 10],
]);
const ARTICLES = new Set(["a", "an", "one"]);
/** "a point" in a rate's change is a percentage point ("cut by three-quarters of a point"). */
const BARE_POINT = new Set(["point", "points"]);
const POINT_UNIT = "percentage points";
/** Units a fraction of one is written of: "half a percent", "a quarter of a percentage point". */
const RATE_UNITS = new Set(["percent", POINT_UNIT, "basis points"]);

export interface FractionOfUnit {
  value: number;
  unit: string;
  /** Tokens of the unit's words [unitStart, unitEnd). */
  unitStart: number;
  unitEnd: number;
  /** One past the last token. */
  end: number;
}

/** The number of fractions in "a quarter", "three-quarters", "two thirds", "half" at token i, and where it ends. */
function fractionAt(v: TokenView, i: number, sentence: number): { value: number; end: number } | null {
  const first = wordAt(v, i, sentence);
  if (first === undefined) return null;
  if (first === "half") return { value: 0.5, end: i + 1 };
  let count: number | undefined;
  if (ARTICLES.has(first)) count = 1;
  else count = v.lex.units.get(first);
  if (count === undefined || count < 1 || count > 9) return null;
  let j = i + 1;
  // "three-quarters": the hyphen glued on both sides.
  if (wordAt(v, j, sentence) === "-" && gluedNext(v, i) && gluedNext(v, j)) j++;
  const part = FRACTIONS.get(wordAt(v, j, sentence) ?? "");
  if (part === undefined) return null;
  // "a quarter", "one third" take the singular; "three quarters" the plural.
  const plural = (wordAt(v, j, sentence) ?? "").endsWith("s");
  if ((count === 1) === plural) return null;
  return { value: Number((count * part).toPrecision(12)), end: j + 1 };
}

/** A unit of rates after a fraction: "percentage point", "per cent", or a bare "point". */
function rateUnitAt(v: TokenView, k: number, sentence: number): { unit: string; end: number } | null {
  const percent = percentAt(v, k, sentence);
  if (percent) return { unit: percent.unit, end: percent.end };
  const word = wordAt(v, k, sentence);
  return word !== undefined && BARE_POINT.has(word) ? { unit: POINT_UNIT, end: k + 1 } : null;
}

/**
 * A fraction of one unit of a rate: "a quarter of a percentage point" (0.25), "three-quarters of a point" (0.75),
 * "half a percentage point" (0.5). Only rate units, so "a quarter of the vote" and "half a million" are left alone.
 */
export function fractionOfUnitAt(v: TokenView, i: number, sentence: number): FractionOfUnit | null {
  const fraction = fractionAt(v, i, sentence);
  if (!fraction) return null;
  let k = fraction.end;
  if (wordAt(v, k, sentence) === "of") k++;
  if (!ARTICLES.has(wordAt(v, k, sentence) ?? "")) return null;
  const unit = rateUnitAt(v, k + 1, sentence);
  if (!unit || !RATE_UNITS.has(unit.unit)) return null;
  return { value: fraction.value, unit: unit.unit, unitStart: k + 1, unitEnd: unit.end, end: unit.end };
}

/** "a percentage point and a quarter", "a point and a half": one unit and a fraction of one (1.25, 1.5). */
export function unitAndFractionAt(v: TokenView, i: number, sentence: number): FractionOfUnit | null {
  if (!ARTICLES.has(wordAt(v, i, sentence) ?? "")) return null;
  const unit = rateUnitAt(v, i + 1, sentence);
  if (!unit || !RATE_UNITS.has(unit.unit)) return null;
  if (wordAt(v, unit.end, sentence) !== "and") return null;
  const fraction = fractionAt(v, unit.end + 1, sentence);
  if (!fraction || fraction.value >= 1) return null;
  return { value: 1 + fraction.value, unit: unit.unit, unitStart: i + 1, unitEnd: unit.end, end: fraction.end };
}
