import type { Frame } from "./frame.js";
import { cueLexicon } from "./lexicon.js";
import { pos, type View } from "./view.js";

/** Prepositions that open a phrase about the occasion: "in a tweet", "at a rally in Ohio", "during an interview". */
const OCCASION_PREPS = new Set(["in", "at", "on", "during", "via", "through"]);
/** How many words may stand between the preposition and the occasion's noun ("at a Super Tuesday rally"). */
const OCCASION_REACH = 4;

/**
 * Where an object content ends before a phrase about the occasion of the saying rather than what was said:
 * "praised the plan in a tweet", "thanked supporters at a rally in Ohio". Only for object contents (not
 * infinitives, clauses or quotations), which rarely go on past such a phrase.
 */
export function objectTailEnd(view: View, frame: Frame, from: number, to: number): number {
  if (!frame.tight || view.low[from] === "to" || view.quotes.openAt.has(from)) return to;
  const adjuncts = cueLexicon().adjuncts;
  for (let w = from + 1; w < to; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const low = view.low[w] as string;
    if (OCCASION_PREPS.has(low) && pos(view, w) === "ADP") {
      for (let n = w + 1; n < to && n <= w + OCCASION_REACH; n++) {
        const p = pos(view, n);
        if (p !== "DET" && p !== "ADJ" && p !== "NOUN" && p !== "PROPN" && p !== "PUNCT") break;
        if (adjuncts.has(view.low[n] as string) && pos(view, n + 1) !== "NOUN") return w;
      }
    }
  }
  return to;
}
