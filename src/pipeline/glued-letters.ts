import type { Token } from "./layers.js";

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * wink-nlp's tokenizer cuts words at letters beyond Latin-1 ("Gdańsk" → "Gda" "ń" "sk", "Łódź" → "Ł" "ód" "ź").
 * Glued letter pieces are joined back when one of them holds such a letter, so names from Polish, Czech, Turkish,
 * Romanian … stay whole. Returns the tokens and, for each old index, the index of the token it now belongs to.
 */
export function mergeGluedLetters(text: string, tokens: Token[]): { tokens: Token[]; remap: number[] } {
  const out: Token[] = [];
  const remap: number[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const last = out[out.length - 1];
    if (last && last.end === t.start && joinable(text, last, t)) {
      const merged = text.slice(last.start, t.end);
      // A capitalised whole is a name, whatever the pieces were tagged.
      const pos = /^\p{Lu}/u.test(merged) ? "PROPN" : last.pos === "X" ? t.pos : last.pos;
      const lower = merged.toLowerCase();
      out[out.length - 1] = { ...last, end: t.end, pos, normal: lower, lower, lemma: lower };
    } else out.push(t);
    remap[i] = out.length - 1;
  }
  return { tokens: out, remap };
}

function joinable(text: string, a: Token, b: Token): boolean {
  // The cheap test first, on the text itself: most glued tokens are punctuation after a Latin-1 word.
  if (!beyondLatin1(text, a.start, a.end) && !beyondLatin1(text, b.start, b.end)) return false;
  return LETTERS.test(text.slice(a.start, a.end)) && LETTERS.test(text.slice(b.start, b.end));
}

function beyondLatin1(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}
