import { once, readLexicon } from "../lexicon/read-lexicon.js";
import type { Token } from "./layers.js";
import { nextWordIndex, previousWordIndex } from "./token-index.js";

/** lexicon/tagger-repairs.json `adjectivesAfterTo`: adjectives read as an infinitive's verb ("to top officials"). */
const adjectivesAfterTo = once(
  (): ReadonlySet<string> =>
    new Set(readLexicon<{ adjectivesAfterTo: { entries: string[] } }>("tagger-repairs.json").adjectivesAfterTo.entries),
);

/** Tags of a lower-case word that a verb would take as its object ("to Help people", "to Build the wall"). */
const OBJECT_OPENERS = new Set(["DET", "PRON", "NOUN", "ADJ", "NUM"]);

/**
 * Sets right a word the tagger reads as an infinitive's verb after a lower-case "to", making "to" a preposition:
 * - a capitalized name, "Clinton said to People.", "she wrote to Time on Monday" (in running prose a verb after "to"
 *   is not capitalized; a title-case headline capitalizes "To" too, and a real verb would take an object);
 * - an adjective of the lexicon before a bare noun or a name, "wrote to top officials" (a verb would more often take
 *   a determiner: "to top the charts").
 * Changes the tokens in place.
 */
export function repairInfinitiveMisreads(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB") continue;
    const to = tokens[previousWordIndex(tokens, i)];
    if (!to || text.slice(to.start, to.end) !== "to") continue;
    const next = tokens[nextWordIndex(tokens, i)];
    const tag = nameAfterTo(text, t, next) ? "PROPN" : adjectiveAfterTo(t, next) ? "ADJ" : null;
    if (!tag) continue;
    t.pos = tag;
    to.pos = "ADP";
  }
}

function nameAfterTo(text: string, t: Token, next: Token | undefined): boolean {
  if (t.lower !== t.lemma || !/^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2))) return false;
  const object = next && OBJECT_OPENERS.has(next.pos) && /^\p{Ll}/u.test(text.slice(next.start, next.start + 1));
  return !object;
}

function adjectiveAfterTo(t: Token, next: Token | undefined): boolean {
  return adjectivesAfterTo().has(t.lower) && (next?.pos === "NOUN" || next?.pos === "PROPN");
}
