import { parseNumberWords } from "./number-words.js";
import { multiply, parseNumeral, parseNumeralRange } from "./numerals.js";
import { gluedNext, posAt, rawAt, type TokenView, wordAt } from "./token-view.js";

const FRACTION = /^(\d)\/(\d{1,2})$/;

/** A stated number: digits or words, with its magnitude applied ("1.2bn", "3 million", "two hundred"). */
export interface Amount {
  value: number;
  /** Set when one token held a range ("500-600"): the upper end, magnitude applied. */
  upper: number | null;
  start: number;
  end: number;
  kind: "digits" | "words";
  /** A scale or magnitude word was applied ("million", "bn"). */
  scaled: boolean;
  /** What the scale words multiplied by (1 when none). */
  factor: number;
  /** The digits had thousands separators or decimals: never an id or a year. */
  grouped: boolean;
  /** Digits without separators, as ids and years are written. */
  plainInteger: boolean;
}

/**
 * Reads the number at token i. `money` says a currency came before: then "m" and "b" after the digits are
 * magnitudes, as they are before a plural noun ("5m barrels") but not otherwise ("a 5m wall").
 */
// One space between groups of a number: a plain, a no-break or a thin space ("37 269", the WHO's style).
const GROUP_GAP = /^[ \u00a0\u2009\u202f]$/;

/**
 * "37 269 cases": thousands grouped by single spaces, a group of one to three digits then groups of exactly three
 * (several numbers in a row are never written so); the value and the token after the last group, or null.
 */
function spaceGroups(v: TokenView, i: number, sentence: number): { value: number; end: number } | null {
  if (!/^\d{1,3}$/.test(rawAt(v, i))) return null;
  let digits = rawAt(v, i);
  let j = i + 1;
  while (wordAt(v, j, sentence) !== undefined && /^\d{3}$/.test(rawAt(v, j))) {
    const gap = v.text.slice(v.tokens[j - 1]?.end ?? 0, v.tokens[j]?.start ?? 0);
    if (!GROUP_GAP.test(gap)) break;
    digits += rawAt(v, j);
    j++;
  }
  // A further number glued or spaced after the groups ("1 234 5") is no grouped number.
  if (j === i + 1 || /^\d/.test(rawAt(v, j))) return null;
  return { value: Number(digits), end: j };
}

/** "-17", "−17": a minus sign written against digits. */
export function isNegativeNumeral(word: string): boolean {
  return (word.startsWith("-") || word.startsWith("\u2212")) && /^\d/.test(word.slice(1));
}

/** The same amount below zero ("-17", "minus 17"), starting at token `start`. */
function negated(a: Amount, start: number): Amount {
  return {
    ...a,
    value: -a.value,
    upper: a.upper === null ? null : -a.upper,
    start,
    plainInteger: false,
    grouped: true,
  };
}

export function amountAt(v: TokenView, i: number, sentence: number, money: boolean): Amount | null {
  const word = wordAt(v, i, sentence);
  if (word === undefined) return null;
  // "minus 17 degrees": the number after it, below zero.
  if (word === "minus" && !money) {
    const after = amountAt(v, i + 1, sentence, false);
    return after && after.value > 0 && after.upper === null ? negated(after, i) : null;
  }
  const raw = rawAt(v, i);
  // "-17 (degrees Celsius)": a minus sign against the digits, not a hyphen joining them to a word before.
  if (isNegativeNumeral(raw) && !money && !gluedNext(v, i - 1)) {
    const digits = parseNumeral(raw.slice(1));
    if (!digits) return null;
    const value = -digits.value;
    return {
      value,
      upper: null,
      start: i,
      end: i + 1,
      kind: "digits",
      scaled: false,
      factor: 1,
      grouped: true,
      plainInteger: false,
    };
  }
  if (!/[0-9]/.test(raw[0] ?? "") && raw[0] !== ".") {
    const words = parseNumberWords(v, i, sentence);
    if (!words) return null;
    return {
      value: words.value,
      upper: null,
      start: i,
      end: words.end,
      kind: "words",
      scaled: words.scaled,
      factor: 1,
      grouped: false,
      plainInteger: false,
    };
  }
  const single = parseNumeral(raw);
  const range = single ? null : parseNumeralRange(raw);
  if (!single && !range) return null;
  let value = single ? single.value : (range?.min.value ?? 0);
  let upper = range ? range.max.value : null;
  const spaced = single ? spaceGroups(v, i, sentence) : null;
  if (spaced) value = spaced.value;
  const grouped = single ? single.grouped || spaced !== null || !Number.isInteger(single.value) : true;
  let j = spaced ? spaced.end : i + 1;
  let scaled = false;
  let total = 1;
  for (;;) {
    const next = wordAt(v, j, sentence);
    if (next === undefined) break;
    let factor = v.lex.scales.get(next);
    if (factor === undefined) {
      const mag = v.lex.magnitudes.get(next);
      const glued = gluedNext(v, j - 1);
      if (!mag || (mag.glued && !glued) || scaled) break;
      if (mag.ambiguous && !money && !pluralNounAt(v, j + 1, sentence)) break;
      factor = mag.value;
    }
    value = multiply(value, factor);
    total = multiply(total, factor);
    if (upper !== null) upper = multiply(upper, factor);
    scaled = true;
    j += 1;
  }
  // "2 1/2": a whole number and a fraction.
  const fraction = !scaled && upper === null ? FRACTION.exec(wordAt(v, j, sentence) ?? "") : null;
  if (fraction && Number(fraction[2]) > Number(fraction[1])) {
    value += Number(fraction[1]) / Number(fraction[2]);
    j += 1;
  }
  return {
    value,
    upper,
    start: i,
    end: j,
    kind: "digits",
    scaled,
    factor: total,
    grouped,
    plainInteger: !grouped && !scaled,
  };
}

/** A plural common noun ("barrels", "people"), the kind of word that follows a count. */
export function pluralNounAt(v: TokenView, k: number, sentence: number): boolean {
  const t = v.tokens[k];
  const word = wordAt(v, k, sentence);
  if (!t || word === undefined || posAt(v, k) !== "NOUN") return false;
  return t.lemma !== t.normal || v.lex.plurals.has(word) || v.lex.currencyWords.has(word);
}
