import { once, readLexicon } from "../lexicon/read-lexicon.js";
import type { Token } from "./layers.js";
import { nextWordIndex, previousWordIndex } from "./token-index.js";

/** lexicon/tagger-repairs.json `adjectivesAfterTo`: adjectives read as an infinitive's verb ("to top officials"). */
const adjectivesAfterTo = once(
  (): ReadonlySet<string> =>
    new Set(readLexicon<{ adjectivesAfterTo: { entries: string[] } }>("tagger-repairs.json").adjectivesAfterTo.entries),
);

/**
 * Sets right "wrote to top officials": an adjective the tagger reads as a verb after "to", before a bare noun or a
 * name (a verb would more often take a determiner: "to top the charts"), is an adjective and "to" a preposition.
 * Changes the tokens in place.
 */
export function repairAdjectivesAfterTo(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || !adjectivesAfterTo().has(t.lower)) continue;
    const to = tokens[previousWordIndex(tokens, i)];
    const next = tokens[nextWordIndex(tokens, i)];
    if (to?.lower !== "to" || !next || (next.pos !== "NOUN" && next.pos !== "PROPN")) continue;
    t.pos = "ADJ";
    to.pos = "ADP";
  }
}
