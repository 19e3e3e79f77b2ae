import { type Amount, amountAt } from "./amount.js";
import { gluedNext, rawAt, type TokenView, wordAt } from "./token-view.js";

/** A number read on a scale named before it: "magnitude 7.1", "a magnitude-6.9 quake". */
export interface MeasureBefore {
  unit: string;
  value: number;
  /** One past the number's last token. */
  end: number;
}

/** "magnitude-6" as the tokenizer leaves "magnitude-6.9": the scale word and the whole part glued by a hyphen. */
const GLUED = /^([a-z]+)-(\d+)$/;

/** Whether a token that starts no other quantity may start one of these ("magnitude-6"). */
export function startsMeasureBefore(v: TokenView, word: string): boolean {
  const m = word.includes("-") ? GLUED.exec(word) : null;
  return m !== null && v.lex.measuresBefore.has(m[1] ?? "");
}

/** The scale and number at token i, or null. Only digits count: "magnitude one" is not how a reading is written. */
export function measureBeforeAt(v: TokenView, i: number, sentence: number): MeasureBefore | null {
  const word = wordAt(v, i, sentence);
  if (word === undefined) return null;
  const unit = v.lex.measuresBefore.get(word);
  if (unit !== undefined) {
    // "magnitude 7.1", "magnitude - 7.1"
    const from = wordAt(v, i + 1, sentence) === "-" && gluedNext(v, i) ? i + 2 : i + 1;
    const amount: Amount | null = amountAt(v, from, sentence, false);
    if (amount?.kind !== "digits" || amount.upper !== null || amount.scaled) return null;
    return { unit, value: amount.value, end: amount.end };
  }
  const m = GLUED.exec(word);
  const glued = m ? v.lex.measuresBefore.get(m[1] ?? "") : undefined;
  if (!m || glued === undefined) return null;
  // "magnitude-6" "." "9": the tokenizer splits the decimal point off; the three touching tokens are one number.
  const fraction = rawAt(v, i + 2);
  if (wordAt(v, i + 1, sentence) === "." && gluedNext(v, i) && gluedNext(v, i + 1) && /^\d+$/.test(fraction))
    return { unit: glued, value: Number(`${m[2]}.${fraction}`), end: i + 3 };
  return { unit: glued, value: Number(m[2]), end: i + 1 };
}
