import type { Certainty } from "../article/analysis.js";
import { hedgeLexicon } from "./lexicon.js";
import { pos, type SentenceRange, type View, verbAhead } from "./view.js";

/** The weaker of two certainties wins: unverified, then possible, then probable, then certain. */
const RANK: Record<Certainty, number> = { certain: 0, probable: 1, possible: 2, unverified: 3 };
const MODALS = new Set(["may", "might", "could", "should"]);

export function weaker(a: Certainty, b: Certainty): Certainty {
  return RANK[b] > RANK[a] ? b : a;
}

const norm = (low: string) => (low === "n't" ? "not" : low);

/** The hedge's words stand at w, before `to` (a plain loop: "in" and "not" start hedges, and are everywhere). */
function wordsAt(view: View, words: readonly string[], w: number, to: number): boolean {
  for (let i = 0; i < words.length; i++)
    if (!(w + i < to && norm(view.low[w + i] as string) === words[i])) return false;
  return true;
}

/**
 * How sure a claim is, from the hedges in its content and around its cue ("reportedly said", "may have
 * said"), starting from what the cue kind says ("claimed" is unverified). A future "will" is no hedge:
 * a claim about the future is still stated as certain.
 */
export function certaintyOf(view: View, ranges: readonly { from: number; to: number }[], base: Certainty): Certainty {
  const hedges = hedgeLexicon().certainty;
  let result = base;
  for (const { from, to } of ranges) {
    for (let w = from; w < to; w++) {
      // "were present in the region where the incident was alleged to have taken place": a clause that describes a
      // place or a time holds its own hedges, not the claim's.
      if (PLACE_RELATIVES.has(view.low[w] as string) && pos(view, w - 1) === "NOUN") {
        w = clauseEnd(view, w, to) - 1;
        continue;
      }
      // "revealing details that could expose the source": a relative clause whose subject is the noun before it
      // hedges what it says of that noun, not the claim.
      if (RELATIVES.has(view.low[w] as string) && pos(view, w - 1) === "NOUN" && w > from && verbAhead(view, w + 1)) {
        w = clauseEnd(view, w, to) - 1;
        continue;
      }
      const list = hedges.get(norm(view.low[w] as string));
      if (!list) continue;
      if (insideSetPhrase(view, w, from, to)) continue;
      for (const hedge of list) {
        if (!wordsAt(view, hedge.words, w, to)) continue;
        // "may" the verb, not the month.
        if (hedge.words.length === 1 && MODALS.has(hedge.words[0] as string)) {
          const p = pos(view, w);
          if (p !== "AUX" && p !== "VERB") continue;
        }
        result = weaker(result, hedge.certainty);
        break;
      }
    }
  }
  return result;
}

const PLACE_RELATIVES = new Set(["where", "when"]);
const RELATIVES = new Set(["that", "which", "who"]);

/** Where the clause opened at `w` ends: the next comma, semicolon or dash, or `to`. */
function clauseEnd(view: View, w: number, to: number): number {
  for (let k = w + 1; k < to; k++) {
    const low = view.low[k] as string;
    if (low === "," || low === ";" || low === "—" || low === "--") return k;
  }
  return to;
}

/** A superlative at `w`: "strongest", "worst", or an adjective after "most" / "least". */
function superlative(view: View, w: number): boolean {
  const low = view.low[w] as string;
  // The tagger reads "worst" and "best" before an adjective as adverbs.
  if (low === "worst" || low === "best") return true;
  if (pos(view, w) !== "ADJ") return false;
  return /[a-z]{2}est$/.test(low) || view.low[w - 1] === "most" || view.low[w - 1] === "least";
}

/** The word at `w` sits in a set phrase that is no hedge ("doing everything possible", "as soon as possible"). */
function insideSetPhrase(view: View, w: number, from: number, to: number): boolean {
  const low = view.low[w] as string;
  // "as fast as possible", "as early as possible": any "as … as possible".
  if (low === "possible" && view.low[w - 1] === "as" && view.low[w - 3] === "as" && w - 3 >= from) return true;
  // "in the strongest possible terms", "the most severe possible penalty": "possible" after a superlative.
  if (low === "possible" && w - 1 >= from && superlative(view, w - 1)) return true;
  for (const phrase of hedgeLexicon().notHedges) {
    const k = phrase.indexOf(low);
    if (k >= 0 && w - k >= from && wordsAt(view, phrase, w - k, to)) return true;
  }
  return false;
}

/**
 * A hedge on where a text came from ("a document purportedly penned by X", "a letter allegedly sent by X")
 * makes everything the sentence reports from it unverified.
 */
export function provenanceDoubt(view: View, s: SentenceRange): boolean {
  const words = hedgeLexicon().provenance;
  for (let w = s.from; w < s.to - 2; w++) {
    if (!words.has(view.low[w] as string)) continue;
    if (pos(view, w + 1) === "VERB" && (view.low[w + 2] === "by" || view.low[w + 3] === "by")) return true;
  }
  return false;
}
