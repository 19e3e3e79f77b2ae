import { gluedNext, rawAt, type TokenView, usable, wordAt } from "./token-view.js";

/** A currency written as a symbol or code: its ISO code and the tokens it spans. */
export interface CurrencyMark {
  code: string;
  start: number;
  end: number;
}

/**
 * A currency symbol or ISO code at token i ("$", "US$", "HK" + "$", "€", "USD"). Codes count only in
 * upper case, so "eur" in running text is never money.
 */
export function currencyAt(v: TokenView, i: number, sentence: number): CurrencyMark | null {
  const word = wordAt(v, i, sentence);
  if (word === undefined) return null;
  const { currencySymbols, currencyCodes } = v.lex;
  // A country prefix glued to a symbol ("HK$") may come as two tokens.
  const next = wordAt(v, i + 1, sentence);
  if (next !== undefined && gluedNext(v, i)) {
    const joined = currencySymbols.get(word + next);
    if (joined) return { code: joined, start: i, end: i + 2 };
  }
  const symbol = currencySymbols.get(word);
  if (symbol) return { code: symbol, start: i, end: i + 1 };
  const code = currencyCodes.get(rawAt(v, i));
  if (code) return { code, start: i, end: i + 1 };
  return null;
}

/**
 * The currency a counted noun names ("dollars", "Australian dollars", "euros"), or null. Ambiguous words
 * ("pounds", "won") are money only after a magnitude word and not before "of" ("500 pounds of explosives").
 */
export function currencyWord(
  v: TokenView,
  head: number,
  sentence: number,
  amountScaled: boolean,
): { code: string; start: number } | null {
  const word = wordAt(v, head, sentence);
  if (word === undefined) return null;
  const { currencyWords, ambiguousCurrencyWords } = v.lex;
  const prev = usable(v, head - 1, sentence) ? v.words[head - 1] : undefined;
  if (prev !== undefined) {
    const pair = currencyWords.get(`${prev} ${word}`);
    if (pair) return { code: pair, start: head - 1 };
  }
  const code = currencyWords.get(word);
  if (!code) return null;
  if (ambiguousCurrencyWords.has(word) && (!amountScaled || wordAt(v, head + 1, sentence) === "of")) return null;
  return { code, start: head };
}
