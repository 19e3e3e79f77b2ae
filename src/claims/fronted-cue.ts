import type { Cue } from "./cues.js";
import type { Frame } from "./frame.js";
import { type Phrase, phraseAfter } from "./phrases.js";
import { PLAIN_SPEECH_KINDS } from "./speech-kinds.js";
import { pos, type SentenceRange, type View } from "./view.js";

/** How far the speaker's phrase, with its description, may run before the comma that opens the quotation. */
const SPEAKER_WORDS = 24;

type Found = Omit<Frame, "cue">;

/**
 * 'Said Ann Roe, who grew up with him, “We were proud of him.”', 'But, said Roe, “…”': a cue of plain speech that
 * opens the sentence (after a conjunction at most), its speaker after it up to a comma, then the quotation that is
 * its content. Null for any other layout.
 */
export function readFrontedCue(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (!PLAIN_SPEECH_KINDS.has(cue.kind.name) || !opensSentence(view, s, cue.from)) return null;
  const speaker = phraseAfter(view, cue.to, s.to);
  if (!speaker) return null;
  const comma = commaBeforeQuote(view, speaker.to, s.to);
  if (comma < 0) return null;
  const source: Phrase = { from: speaker.from, to: comma, head: speaker.head };
  const pair = view.quotes.pairs[view.quotes.openAt.get(comma + 1) as number];
  return {
    shape: "forward",
    source,
    via: [],
    times: [],
    from: comma + 1,
    to: pair?.closed && pair.close < s.to ? pair.close + 1 : s.to,
    clauseStart: null,
    scope: null,
  };
}

/** The cue stands first, or after a conjunction and its comma ("But, said …"). */
function opensSentence(view: View, s: SentenceRange, w: number): boolean {
  let b = s.from;
  if (pos(view, b) === "CCONJ") b++;
  if (b > s.from && view.low[b] === ",") b++;
  return b === w;
}

/**
 * The comma after the speaker's phrase (and what describes it: "who grew up with him", "a spokesman for the
 * mayor") that an opening quotation mark follows; -1 when a quotation or a sentence end comes first.
 */
function commaBeforeQuote(view: View, from: number, limit: number): number {
  for (let c = from; c < Math.min(limit - 1, from + SPEAKER_WORDS); c++) {
    if (view.quotes.inside[c] !== -1 || view.low[c] === ";" || view.low[c] === ":") return -1;
    if (view.low[c] === "," && view.quotes.openAt.has(c + 1)) return c;
  }
  return -1;
}
