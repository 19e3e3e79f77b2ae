import type { Token } from "./layers.js";
import { nextWordIndex, previousWordIndex } from "./token-index.js";

/** Tags of a lower-case word that a verb would take as its object ("to Help people", "to Build the wall"). */
const OBJECT_OPENERS = new Set(["DET", "PRON", "NOUN", "ADJ", "NUM"]);

/**
 * Sets right the tag of a capitalized name the tagger reads as a base-form verb after a lower-case "to": "Clinton
 * said to People.", "she wrote to Time on Monday" (wink takes "to People" for an infinitive). In running prose a verb
 * after "to" is not capitalized; a title-case headline capitalizes "To" too, and a real verb would take an object,
 * so neither is touched. Changes the tokens in place.
 */
export function repairNamesTaggedVerbs(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "VERB" || t.lower !== t.lemma || !/^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2))) continue;
    const to = tokens[previousWordIndex(tokens, i)];
    if (!to || text.slice(to.start, to.end) !== "to") continue;
    const next = tokens[nextWordIndex(tokens, i)];
    const object = next && OBJECT_OPENERS.has(next.pos) && /^\p{Ll}/u.test(text.slice(next.start, next.start + 1));
    if (object) continue;
    t.pos = "PROPN";
    to.pos = "ADP";
  }
}
