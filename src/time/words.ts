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

const PIECE = /\p{L}+|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;

export function scanWords(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let t = 0;
  let prevEnd = -1;
  for (const m of text.matchAll(PIECE)) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    // Tokens and words both run left to right: advance the token pointer instead of searching.
    while (t < tokens.length && (tokens[t] as Token).end <= start) t++;
    const token = tokens[t];
    const inToken = token !== undefined && token.start <= start;
    const first = raw.charCodeAt(0);
    const kind = first >= 48 && first <= 57 ? "digit" : /\p{L}/u.test(raw[0] ?? "") ? "alpha" : "punct";
    words.push({
      start,
      end,
      lower: straighten(raw.toLowerCase()),
      kind,
      glued: start === prevEnd,
      capital: kind === "alpha" && raw[0] !== raw[0]?.toLowerCase(),
      pos: inToken ? token.pos : kind === "punct" ? "PUNCT" : "X",
      token: inToken ? t : -1,
      sentence: inToken ? token.sentence : (tokens[t - 1]?.sentence ?? 0),
    });
    prevEnd = end;
  }
  return words;
}

function straighten(s: string): string {
  if (s.length !== 1) return s;
  if (s === "\u2019" || s === "\u2018" || s === "\u02bc") return "'";
  if (s === "\u2010" || s === "\u2011") return "-";
  return s;
}
