import { certaintyOf } from "./certainty.js";
import { trimContent } from "./content.js";
import type { Draft } from "./draft.js";
import { polarityOf } from "./polarity.js";
import { pos, type SentenceRange, type View } from "./view.js";

/**
 * '“The plan is dead,” she said, “and nobody will revive it.”': the quotation after the cue's comma goes on
 * with what the source said before it. Returns a draft for that second part, sharing the cue (one attribution
 * in two parts), or null when no quotation opens right after the cue's clause.
 */
export function quoteGoesOn(view: View, s: SentenceRange, draft: Draft): Draft | null {
  const { frame } = draft;
  if ((frame.shape !== "postposed" && frame.shape !== "inverted") || !draft.quote) return null;
  let w = Math.max(frame.cue.to, frame.source && frame.source.from > frame.cue.from ? frame.source.to : 0);
  while (w < s.to && (view.timeOf[w] !== -1 || pos(view, w) === "ADV")) w++;
  if (view.low[w] !== "," && view.low[w] !== ":") return null;
  const open = w + 1;
  const index = view.quotes.openAt.get(open);
  const pair = index === undefined ? undefined : view.quotes.pairs[index];
  if (!pair || pair.single || pair.open < open - 1) return null;
  const outer = pair.doubled ? 1 : 0;
  const { from, to } = trimContent(view, open, pair.close + 1 + (pair.closed ? outer : 0));
  if (to <= from + 1) return null;
  return {
    ...draft,
    from,
    to,
    certainty: certaintyOf(view, [{ from, to }], frame.cue.kind.certainty),
    polarity: polarityOf(view, from, to, frame.cue.kind),
    quote: true,
  };
}
