/** A number written in digits ("1,200", "12.5"). */
export interface Numeral {
  value: number;
  /** Thousands separators were used ("1,200"), which ids and phone numbers never have. */
  grouped: boolean;
  /** Digits before the decimal point. */
  integerDigits: number;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const FRACTION_ONLY = /^\.\d+$/;
const RANGE = /^([\d.,]+)[-–—]([\d.,]+)$/;
/** Ungrouped integers this long are ids, phone or account numbers, not amounts. */
const MAX_PLAIN_DIGITS = 7;

/** Reads one token of digits; null for anything an amount is not written as ("007", "12345678", "3:30"). */
export function parseNumeral(token: string): Numeral | null {
  if (FRACTION_ONLY.test(token)) return { value: Number(`0${token}`), grouped: false, integerDigits: 0 };
  const grouped = GROUPED.test(token);
  if (!grouped && !PLAIN.test(token)) return null;
  const digits = token.replace(/,/g, "");
  const integer = digits.split(".")[0] ?? "";
  if (integer.length > 1 && integer.startsWith("0")) return null;
  if (!grouped && integer.length >= MAX_PLAIN_DIGITS) return null;
  return { value: Number(digits), grouped, integerDigits: integer.length };
}

/** Reads a range written as one token ("500-600", "1,000–2,000"); null for scores ("3-1") and phone-like pairs. */
export function parseNumeralRange(token: string): { min: Numeral; max: Numeral } | null {
  const m = RANGE.exec(token);
  if (!m) return null;
  const min = parseNumeral(m[1] ?? "");
  const max = parseNumeral(m[2] ?? "");
  if (!min || !max || max.value <= min.value) return null;
  // "555-1234": plain digit groups of different lengths read as a phone number, not a range.
  if (!min.grouped && !max.grouped && min.integerDigits >= 3 && min.integerDigits !== max.integerDigits) return null;
  return { min, max };
}

/** a × b without binary noise (1.2 × 1e9 is 1200000000, not 1199999999.9999998). */
export function multiply(a: number, b: number): number {
  return Number((a * b).toPrecision(12));
}
