import type { Token } from "../pipeline/layers.js";
import type { QuantityLexicon } from "./lexicon.js";
import { timeMask } from "./time-mask.js";

/** What the quantity finders look at: the text, its tokens, which tokens are taken by time expressions. */
export interface TokenView {
  text: string;
  tokens: readonly Token[];
  /** Each token as written, lower-cased (wink's `normal` respells "tonnes" as "tons"; units keep the text's spelling). */
  words: readonly string[];
  /** 1 where the token lies inside a time expression: such tokens never belong to a quantity. */
  blocked: Uint8Array;
  lex: QuantityLexicon;
}

/** The view of one article: lower-cased words and the time mask, computed once. */
export function makeTokenView(
  text: string,
  tokens: readonly Token[],
  times: readonly { start: number; end: number }[],
  lex: QuantityLexicon,
): TokenView {
  return {
    text,
    tokens,
    words: tokens.map((t) => t.lower),
    // Numbers inside dates and durations belong to the times stage.
    blocked: timeMask(tokens, times),
    lex,
  };
}

/** True when token i exists, is a real token of `sentence` and is not inside a time expression. */
export function usable(v: TokenView, i: number, sentence: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.sentence === sentence && t.pos !== "SPACE" && v.blocked[i] !== 1;
}

/** Lower-cased form of token i, or undefined where a quantity cannot reach (see `usable`). */
export function wordAt(v: TokenView, i: number, sentence: number): string | undefined {
  return usable(v, i, sentence) ? v.words[i] : undefined;
}

/** The word accessor phrase tries walk with, limited to one sentence. */
export function wordsOf(v: TokenView, sentence: number): (i: number) => string | undefined {
  return (i) => wordAt(v, i, sentence);
}

/** The token's text as written. */
export function rawAt(v: TokenView, i: number): string {
  const t = v.tokens[i];
  return t ? v.text.slice(t.start, t.end) : "";
}

/** True when tokens i and i+1 touch, with no space between them. */
export function gluedNext(v: TokenView, i: number): boolean {
  const a = v.tokens[i];
  const b = v.tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

export function posAt(v: TokenView, i: number): string {
  return v.tokens[i]?.pos ?? "";
}
