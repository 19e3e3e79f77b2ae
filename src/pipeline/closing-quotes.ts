import type { Sentence, Token } from "./layers.js";

/** Quotation marks that can only close, or close when glued to the end of the sentence before. */
const CLOSING = new Set(["\u201d", "\u2019", "\u00bb", '"', "'"]);

/**
 * wink ends a sentence at '?' or '.' inside nested quotation marks ('about, ‘What can I do?’” Weaver said') and
 * leaves the outer closing mark at the start of the next sentence, so the quotation never closes where it is
 * spoken. A closing mark glued to the sentence before (no space between) moves back to it. Sentences and tokens
 * are changed in place; a sentence left empty is dropped.
 */
export function attachClosingQuotes(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  let moved = false;
  for (let k = 1; k < sentences.length; k++) {
    const prev = sentences[k - 1] as Sentence;
    const s = sentences[k] as Sentence;
    while (s.firstToken < s.endToken) {
      const tok = tokens[s.firstToken] as Token;
      if (tok.start !== prev.end || !CLOSING.has(text.slice(tok.start, tok.end))) break;
      // A mark with a word glued after it opens a quotation ('He left."Next'), whatever it is glued to.
      const after = tokens[s.firstToken + 1];
      if (after && after.start === tok.end && /^\p{L}/u.test(text[after.start] ?? "")) break;
      prev.end = tok.end;
      prev.endToken = s.firstToken + 1;
      tok.sentence = k - 1;
      s.firstToken++;
      moved = true;
      let next = s.firstToken;
      while (next < s.endToken && tokens[next]?.pos === "SPACE") next++;
      s.firstToken = next;
      if (next < s.endToken) s.start = (tokens[next] as Token).start;
    }
  }
  if (!moved) return sentences;
  const kept = sentences.filter((s) => s.firstToken < s.endToken);
  if (kept.length !== sentences.length) {
    // Whitespace tokens between sentences go with the sentence before, as wink has them.
    let k = 0;
    tokens.forEach((tok, t) => {
      while (k + 1 < kept.length && (kept[k + 1] as Sentence).firstToken <= t) k++;
      tok.sentence = k;
    });
  }
  return kept;
}
