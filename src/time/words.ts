import { isSpace } from "../lexicon/char-class.js";
import type { Token } from "../pipeline/layers.js";

/**
 * The text cut into the pieces time grammar reads: runs of letters, runs of digits (with inner , and . so
 * "2,000" and "12.5" stay whole), and single other characters. Hyphens are their own words, so
 * "three-year-long" and "mid-2022" read the same however the tokenizer cut them. Each word carries the
 * part of speech and sentence of the token it starts in.
 */
export interface Word {
  start: number;
  end: number;
  /** Lower case, curly apostrophes and odd hyphens straightened. */
  lower: string;
  kind: "alpha" | "digit" | "punct";
  /** No whitespace between this word and the one before ("1990" "s" in "1990s"). */
  glued: boolean;
  /** True when the first letter is upper case. */
  capital: boolean;
  pos: string;
  /** Index of the token the word starts in, or -1 (between tokens). */
  token: number;
  sentence: number;
}

/**
 * Cuts the text as the regex /\p{L}+|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu would (letter runs, digit runs, single other
 * code points, whitespace skipped), by a character scan: no match objects, one string per word.
 */
export function scanWords(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let t = 0;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    let kind: Word["kind"];
    let capital = false;
    if (c >= 48 && c <= 57) {
      end = digitRunEnd(text, i);
      kind = "digit";
    } else {
      const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) as number) : c;
      const width = cp > 0xffff ? 2 : 1;
      if (isLetter(cp)) {
        end = letterRunEnd(text, i + width);
        // The kind is judged on the first UTF-16 unit: a letter outside the BMP starts with a lone surrogate.
        kind = width === 1 ? "alpha" : "punct";
        capital = width === 1 && isCapital(c);
      } else if (isSpace(c)) {
        i++;
        continue;
      } else {
        end = i + width;
        kind = "punct";
      }
    }
    const start = i;
    i = end;
    // Tokens and words both run left to right: advance the token pointer instead of searching.
    while (t < tokens.length && (tokens[t] as Token).end <= start) t++;
    const token = tokens[t];
    const inToken = token !== undefined && token.start <= start;
    // A word that is a whole token has its lower case form already.
    const lower =
      inToken && token.start === start && token.end === end ? token.lower : text.slice(start, end).toLowerCase();
    words.push({
      start,
      end,
      lower: end - start === 1 ? straighten(lower) : lower,
      kind,
      glued: start === prevEnd,
      capital,
      pos: inToken ? token.pos : kind === "punct" ? "PUNCT" : "X",
      token: inToken ? t : -1,
      sentence: inToken ? token.sentence : (tokens[t - 1]?.sentence ?? 0),
    });
    prevEnd = end;
  }
  return words;
}

/** End of \d+(?:[.,]\d+)* from a digit at `i` (\d is ASCII only, even in unicode mode). */
function digitRunEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(j + 1))) j += 2;
    else return j;
  }
}

/** End of a run of letters (code points in \p{L}) continuing at `i`. */
function letterRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(j) as number) : c;
    if (!isLetter(cp)) return j;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const LETTER = /\p{L}/u;
/** \p{L} for BMP code units, filled lazily: 0 unknown, 1 letter, 2 not. */
const letterOf = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let known = letterOf[cp] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    letterOf[cp] = known;
  }
  return known === 1;
}

/** The first letter changes when lower-cased (what `ch !== ch.toLowerCase()` says), BMP letters only. */
function isCapital(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function straighten(s: string): string {
  if (s.length !== 1) return s;
  if (s === "\u2019" || s === "\u2018" || s === "\u02bc") return "'";
  if (s === "\u2010" || s === "\u2011") return "-";
  return s;
}
