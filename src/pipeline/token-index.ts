import type { Token } from "./layers.js";

/** Index of the token containing `offset`, or of the first token after it; tokens.length when none. Binary search. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token's text in the article. */
export function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/** True for tokens that are words (not punctuation, symbols or whitespace). */
export function isWord(token: Token): boolean {
  return token.pos !== "PUNCT" && token.pos !== "SPACE" && token.pos !== "SYM";
}

/** Index of the word before `i`, past whitespace tokens; -1 when none. */
export function previousWordIndex(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]?.pos !== "SPACE") return k;
  return -1;
}

/** Index of the word after `i`, past whitespace tokens; tokens.length when none. */
export function nextWordIndex(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]?.pos !== "SPACE") return k;
  return tokens.length;
}
