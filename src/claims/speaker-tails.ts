import { cueLexicon, hedgeLexicon } from "./lexicon.js";
import { lemmaOf, pos, type View } from "./view.js";

/*
 * Where a content ends before words that are the speaker's own, not part of what was said: the speaker's second
 * predicate after "but"/"and" ("said P but provided no details") and a denier's verdict ('rejected reports that P as
 * "fake news"'). extract.ts cuts the content there.
 */

const TAIL_AUX = new Set(["did", "does", "do", "has", "have", "had", "would", "could"]);
const TAIL_REFUSALS = new Set(["decline", "refuse"]);
const TAIL_NONE = new Set(["no", "few", "little"]);

/** How far after "as" a word of falsity may come ('as "fake news"', "as completely baseless"). */
const VERDICT_WORDS = 4;

/**
 * 'rejected reports that Iran shot down two jets as "fake news"': where the denier's verdict on the denied words
 * begins ("as" and a word of falsity, hedges.json polarity.falsity), or -1. It is no part of what was denied.
 */
export function verdictAt(view: View, from: number, to: number): number {
  const falsity = hedgeLexicon().falsity;
  for (let w = from + 1; w < to; w++) {
    if (view.low[w] !== "as") continue;
    for (let k = w + 1; k < Math.min(to, w + 1 + VERDICT_WORDS); k++) if (falsity.has(view.low[k] as string)) return w;
  }
  return -1;
}

/**
 * Where a forward content from `from` to `to` ends before the speaker's own tail ("said P but provided no details"),
 * or -1. When the content holds a speech verb of its own ("the man confessed but offered no explanation"), the tail
 * may be that speaker's, and nothing is cut.
 */
export function speakerTailAt(view: View, from: number, to: number): number {
  const verbs = cueLexicon().verbs;
  for (let w = from; w < to; w++) {
    const low = view.low[w] as string;
    if (pos(view, w) === "VERB" && verbs.has(lemmaOf(view, w) ?? "")) return -1;
    const joint = (low === "but" || low === "and") && w > from + 1 && view.quotes.inside[w] === -1;
    if (joint && speakerTail(view, w + 1, to)) return view.low[w - 1] === "," ? w - 1 : w;
  }
  return -1;
}

/**
 * "… but provided no details", "… but have not published the results", "… and declined to elaborate": after the
 * conjunction at `w - 1`, a verb of what the speaker gave or held back (lexicon/cues.json speakerTails), with no
 * subject of its own: negated, refused, or with "no" and a word for information. It is the speaker's second
 * predicate, not part of what was said ("fired shells and gave no warning" is the shooters').
 */
function speakerTail(view: View, w: number, limit: number): boolean {
  let k = w;
  let held = false;
  if (TAIL_AUX.has(view.low[k] as string) && (view.low[k + 1] === "not" || view.low[k + 1] === "n't")) {
    k += 2;
    held = true;
  } else if (TAIL_REFUSALS.has(lemmaOf(view, k) ?? "") && view.low[k + 1] === "to") {
    k += 2;
    held = true;
  }
  if (k >= limit || pos(view, k) !== "VERB" || !cueLexicon().speakerTails.has(lemmaOf(view, k) ?? "")) return false;
  if (held) return true;
  if (!TAIL_NONE.has(view.low[k + 1] as string)) return false;
  // "provided no additional details": past adjectives to what was held back.
  let o = k + 2;
  while (o < limit && pos(view, o) === "ADJ") o++;
  return cueLexicon().speakerTailObjects.has(view.low[o] as string);
}
