import { type Phrase, phraseAfter } from "./phrases.js";
import { pos, type View } from "./view.js";

/** Words the tagger may read as verbs or adjectives at the start of a source after "to", and conjunctions between them. */
const MISREAD_LEADS = new Set(["VERB", "ADJ", "DET", "NUM", "CCONJ"]);
/** Links after a lone misread head that carry its description on: "people in attendance", "people familiar with …". */
const MISREAD_LINKS = new Set(["in", "with", "from", "of", "at", "by", "close", "familiar"]);
const MISREAD_WORDS = 4;

/**
 * After "according to" the tagger reads the next words as an infinitive: "according to state records", "to
 * sources", "to exit polling data", "to complete but unofficial returns", "to people in attendance". Those
 * words up to a noun phrase are its modifiers; with no noun after them, the last, read as a verb, is the head.
 */
export function misreadSource(view: View, w: number, limit: number): Phrase | null {
  let to = w;
  while (to < limit && to - w < MISREAD_WORDS && MISREAD_LEADS.has(pos(view, to))) to++;
  // 'the “Medicare for All” document': a quoted title inside the phrase.
  const title = view.quotes.openAt.get(to);
  const pair = title === undefined ? undefined : view.quotes.pairs[title];
  if (pair?.closed && pair.close < limit && pair.close - to <= MISREAD_WORDS * 2) to = pair.close + 1;
  if (to === w || pos(view, w) === "CCONJ") return null;
  const rest = phraseAfter(view, to, limit);
  if (rest && rest.from === to) return { from: w, to: rest.to, head: rest.head };
  if (pair) return null;
  let head = to - 1;
  while (head > w && pos(view, head) !== "VERB") head--;
  if (pos(view, head) !== "VERB") return null;
  let end = to;
  if (MISREAD_LINKS.has(view.low[end] as string)) {
    let link = end + 1;
    if (view.low[link] === "to" || view.low[link] === "with") link++;
    const tail = phraseAfter(view, link, limit);
    if (tail) end = tail.to;
  }
  return { from: w, to: end, head };
}
