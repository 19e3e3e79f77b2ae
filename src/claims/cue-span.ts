import type { Frame } from "./frame.js";
import { GERUND_LEADS } from "./source.js";
import { pos, type SentenceRange, type View } from "./view.js";

const MAX_EXTRA = 12;

/**
 * The words of the cue as a reader sees them: the verb with the auxiliaries and adverbs between it and its
 * source ("has also said", "only confirmed"), as attribution corpora mark cues. A time between them ("on Tuesday
 * said") is the claim's reportedAt, not its cue (PolNeAR dev cue exact F1 67.6 → 68.1 when times left the cue).
 * What follows the verb ("in a statement", the hearer) stays out: corpora disagree on it, and the verb
 * alone is the more useful anchor.
 */
export function cueSpan(view: View, s: SentenceRange, frame: Frame): { from: number; to: number } {
  const { cue } = frame;
  if (cue.kind.name === "colon" || cue.kind.name === "according" || cue.noun || cue.finding)
    return { from: cue.from, to: cue.to };
  let from = cue.from;
  const floor = frame.source && frame.source.to <= cue.from ? frame.source.to : s.from;
  while (from - 1 >= floor && cue.from - from < MAX_EXTRA) {
    const p = pos(view, from - 1);
    const negator = p === "PART" && (view.low[from - 1] === "not" || view.low[from - 1] === "n't");
    if (p !== "AUX" && p !== "ADV" && !negator) break;
    // "when reporting": the conjunction leading a gerund is no part of the cue.
    if (GERUND_LEADS.has(view.low[from - 1] as string)) break;
    from--;
  }
  return { from, to: cue.to };
}
