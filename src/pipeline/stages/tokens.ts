import type { Document } from "wink-nlp";
import { attachClosingQuotes } from "../closing-quotes.js";
import { mergeGluedLetters } from "../glued-letters.js";
import { repairInfinitiveMisreads } from "../infinitive-misreads.js";
import type { Sentence, Token } from "../layers.js";
import { repairGerundsAfterOwners, repairNounsTaggedVerbs } from "../nouns-tagged-verbs.js";
import { splitAfterPlaceAbbreviations } from "../place-abbreviation-ends.js";
import { defineStage } from "../stage.js";
import { repairVerbsTaggedNouns } from "../verbs-tagged-nouns.js";
import { wink } from "../wink.js";

const its = wink.its;

/** Tokens and sentences by wink-nlp, with exact UTF-16 offsets recovered from its whitespace information. */
export const tokensStage = defineStage({
  name: "tokens",
  reads: [],
  writes: ["tokens", "sentences"],
  run(doc) {
    return tokenize(doc.article.text);
  },
});

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  return wink.read(text, (wdoc) => fromWink(text, wdoc));
}

function fromWink(text: string, wdoc: Document): { tokens: Token[]; sentences: Sentence[] } {
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const normal = wdoc.tokens().out(its.normal) as string[];
  const lemma = wdoc.tokens().out(its.lemma as never) as unknown as string[];
  const negation = wdoc.tokens().out(its.negationFlag) as boolean[];
  const raw: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    cursor += (spaces[i] ?? "").length;
    // wink keeps every character, but guard against drift: re-find the token close to where it should be.
    if (text.startsWith(value, cursor) === false) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor < 16) cursor = found;
    }
    const start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const norm = normal[i] ?? value.toLowerCase();
    raw.push({
      start,
      end,
      pos: pos[i] ?? "X",
      normal: norm,
      lower: lowerOf(text, start, end, norm),
      lemma: lemma[i] ?? value.toLowerCase(),
      negated: negation[i] ?? false,
      sentence: 0,
    });
  }
  const { tokens, remap } = mergeGluedLetters(text, raw);
  repairVerbsTaggedNouns(tokens);
  repairNounsTaggedVerbs(tokens);
  repairGerundsAfterOwners(tokens);
  repairInfinitiveMisreads(text, tokens);
  const sentences: Sentence[] = [];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (const [winkFirst, winkLast] of spans) {
    const first = remap[winkFirst] ?? 0;
    const last = remap[winkLast] ?? first;
    let from = first;
    let to = last;
    // A sentence starts and ends on real words, not on the whitespace tokens wink keeps for line breaks.
    while (from < to && tokens[from]?.pos === "SPACE") from++;
    while (to > from && tokens[to]?.pos === "SPACE") to--;
    const a = tokens[from];
    const b = tokens[to];
    if (!a || !b) continue;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t];
      if (tok) tok.sentence = sentences.length;
    }
    sentences.push({ start: a.start, end: b.end, firstToken: from, endToken: to + 1 });
  }
  return {
    tokens,
    sentences: splitAfterPlaceAbbreviations(text, tokens, attachClosingQuotes(text, tokens, sentences)),
  };
}

/**
 * The token's text lower-cased. wink's normal form is that text for most tokens, and reusing its string saves an
 * allocation; it is accepted only when it matches character for character on ASCII text, where lower-casing
 * depends on nothing else (any other character, a respelling or an expanded contraction takes the slow path).
 */
function lowerOf(text: string, start: number, end: number, normal: string): string {
  const length = end - start;
  if (normal.length === length) {
    let k = 0;
    for (; k < length; k++) {
      const c = text.charCodeAt(start + k);
      if (c >= 128) break;
      if (normal.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
    }
    if (k === length) return normal;
  }
  return text.slice(start, end).toLowerCase();
}
