import { placeAbbreviations } from "../lexicon/place-abbreviations.js";
import { once } from "../lexicon/read-lexicon.js";
import type { Sentence, Token } from "./layers.js";

/** The characters place abbreviations end with (all "." today). */
const finalCharacters = once(
  (): ReadonlySet<number> => new Set([...placeAbbreviations().keys()].map((k) => k.charCodeAt(k.length - 1))),
);

/**
 * wink reads the period of "Buffalo, N.Y." as part of the abbreviation, so "in Buffalo, N.Y. Slepian provided
 * abortions" stays one sentence and "N.Y. Slepian" reads as one name. News style (AP) sets a comma after the
 * abbreviation when the sentence goes on ("Albany, N.Y., last year"), so a city, a comma, an abbreviation and then a
 * capitalised word is a sentence end. Sentences are split there; tokens keep their offsets.
 */
export function splitAfterPlaceAbbreviations(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  const known = placeAbbreviations();
  const finals = finalCharacters();
  /** For each sentence, the token indexes where a new sentence starts inside it. */
  const cuts = sentences.map((s) => {
    const at: { end: number; next: number }[] = [];
    for (let t = s.firstToken + 2; t < s.endToken - 1; t++) {
      const tok = tokens[t] as Token;
      // The last character first: no token's text is cut out unless it ends as an abbreviation does (".").
      if (!finals.has(text.charCodeAt(tok.end - 1)) || !known.has(text.slice(tok.start, tok.end))) continue;
      const comma = tokens[t - 1] as Token;
      const city = tokens[t - 2] as Token;
      if (text.slice(comma.start, comma.end) !== "," || !/^\p{Lu}/u.test(text.slice(city.start, city.end))) continue;
      let next = t + 1;
      while (next < s.endToken && tokens[next]?.pos === "SPACE") next++;
      const after = tokens[next];
      if (after && next < s.endToken && /^\p{Lu}/u.test(text.slice(after.start, after.end)))
        at.push({ end: t + 1, next });
    }
    return at;
  });
  if (cuts.every((c) => c.length === 0)) return sentences;
  const out: Sentence[] = [];
  /** Old sentence index → new index of its first piece. */
  const firstPiece: number[] = [];
  sentences.forEach((s, i) => {
    firstPiece[i] = out.length;
    let from = s.firstToken;
    for (const cut of cuts[i] ?? []) {
      out.push({
        start: (tokens[from] as Token).start,
        end: (tokens[cut.end - 1] as Token).end,
        firstToken: from,
        endToken: cut.end,
      });
      from = cut.next;
    }
    out.push({ ...s, start: (tokens[from] as Token).start, firstToken: from });
  });
  // Tokens follow their sentence's pieces: a token before a cut's next sentence stays with the piece before it.
  tokens.forEach((tok, t) => {
    const old = tok.sentence;
    let k = firstPiece[old] ?? old;
    for (const cut of cuts[old] ?? []) if (t >= cut.next) k++;
    tok.sentence = k;
  });
  return out;
}
