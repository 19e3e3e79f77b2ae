import type { Draft } from "./draft.js";
import { cueLexicon } from "./lexicon.js";
import type { SentenceRange, View } from "./view.js";

/** Verbs of checking a claim: "could not verify", "was not independently confirmed". */
const CHECKING = new Set(["verify", "verified", "confirm", "confirmed", "corroborate", "corroborated"]);
/** Words for what was said that a verification note points back to, besides the lexicon's denied nouns. */
const POINTERS = new Set(["it", "this", "that", "them", "these", "those", "account", "accounts", "footage", "video"]);
/** How many sentences back a verification note may reach for the claim it is about. */
const REACH = 2;

/**
 * "Reuters could not independently verify the claim.", "The figures could not be verified.", "…, a claim that could
 * not be independently verified.": the writer says a claim was not checked. That claim (the one in the same
 * sentence, else the nearest before it within REACH sentences) becomes unverified; an appended note is cut from
 * the content it follows. Changes the drafts in place.
 */
export function markUnverified(view: View, drafts: Draft[]): void {
  view.sentences.forEach((s, si) => {
    const note = verificationNote(view, s);
    if (note < 0) return;
    const inSentence = drafts.filter((d) => d.sentence === si && d.frame.cue.from < note);
    const target =
      inSentence.at(-1) ??
      [...drafts].reverse().find((d) => d.sentence < si && d.sentence >= si - REACH && d.polarity === "positive");
    if (!target) return;
    target.certainty = "unverified";
    // "…, a claim that could not be independently verified": the note is the writer's, not the content's.
    const comma = appendedNote(view, note, target.from, target.to);
    if (comma > target.from) target.to = comma;
  });
}

/**
 * Where a note of failed verification stands in the sentence ("could not (be) (independently) verify/verified",
 * "has not been confirmed"), with a pointer to what was said before it; -1 when none.
 */
function verificationNote(view: View, s: SentenceRange): number {
  for (let w = s.from + 1; w < s.to; w++) {
    if (!CHECKING.has(view.low[w] as string)) continue;
    // The negation a few words before: "could not be independently verified", "has not been confirmed".
    let negated = false;
    for (let b = w - 1; b >= Math.max(s.from, w - 4); b--) {
      const low = view.low[b] as string;
      if (low === "not" || low === "n't" || low === "unable" || low === "never") negated = true;
    }
    if (!negated) continue;
    if (pointsBack(view, s, w)) return w;
  }
  return -1;
}

/** The checked thing is what was said: a pointer word as the object after the verb or the subject before it. */
function pointsBack(view: View, s: SentenceRange, w: number): boolean {
  const said = (k: number) => {
    const low = view.low[k] as string;
    return POINTERS.has(low) || cueLexicon().denialObjects.has(low);
  };
  // "could not independently verify the claim", "could not verify his account".
  for (let k = w + 1; k < Math.min(s.to, w + 4); k++) if (said(k)) return true;
  // "The figures could not be verified", "…, a claim that could not be verified", "which could not be verified".
  for (let k = w - 1; k >= Math.max(s.from, w - 8); k--) {
    if (said(k) || view.low[k] === "which") return true;
  }
  return false;
}

/** The comma before ", a claim that could not be verified" or ", which could not be verified" inside [from, to). */
function appendedNote(view: View, note: number, from: number, to: number): number {
  if (note <= from || note >= to) return -1;
  for (let k = note - 1; k > from; k--) if (view.low[k] === ",") return k;
  return -1;
}
