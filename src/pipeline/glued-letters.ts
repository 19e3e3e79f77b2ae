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
  const left = text.slice(a.start, a.end);
  const right = text.slice(b.start, b.end);
  return LETTERS.test(left) && LETTERS.test(right) && (beyondLatin1(left) || beyondLatin1(right));
}

function beyondLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}
