import type { Certainty } from "../article/analysis.js";
import { certaintyOf } from "./certainty.js";
import { trimContent } from "./content.js";
import type { Draft } from "./draft.js";
import type { Frame } from "./frame.js";
import { type CueKind, cueLexicon } from "./lexicon.js";
import { type Phrase, phraseAfter } from "./phrases.js";
import { polarityOf } from "./polarity.js";
import { sentenceSubject } from "./source.js";
import { SPEECH_KINDS } from "./speech-kinds.js";
import { SENTENCE_ENDS, type SentenceRange, type View } from "./view.js";

const MIN_WORDS = 4;

/**
 * Quotations that fill whole sentences with no cue of their own. Their speaker is the one the next
 * sentence says goes on ('"…." She added: …'), else the speaker of the claim just before (a quote
 * continuing a speech); with neither, the claim keeps a null source: the words are someone's, and an
 * analyst should see them flagged rather than lost. Short quoted phrases (titles, scare quotes) are not
 * claims.
 */
export function standaloneQuotes(view: View, drafts: readonly Draft[]): Draft[] {
  const covered = new Uint8Array(view.words.length);
  for (const d of drafts) covered.fill(1, d.from, d.to);
  // A quotation holding a cue of its own is no standalone quote ('"WALLACE: …', a transcript's labelled line).
  const cues = new Uint8Array(view.words.length);
  for (const d of drafts) cues.fill(1, d.frame.cue.from, d.frame.cue.to);
  const firstOfSentence = new Map<number, Draft>();
  const lastOfSentence = new Map<number, Draft>();
  // '… the president told a crowd that the campaign estimated at 3,000. "…"': the quote after a sentence goes on
  // from its last speaker of words, not from an estimate or a stance that came after.
  const lastSpeechOf = new Map<number, Draft>();
  for (const d of drafts) {
    if (!firstOfSentence.has(d.sentence)) firstOfSentence.set(d.sentence, d);
    lastOfSentence.set(d.sentence, d);
    if (SPEECH_KINDS.has(d.frame.cue.kind.name)) lastSpeechOf.set(d.sentence, d);
  }
  const say = cueLexicon().kinds.get("say");
  const out: Draft[] = [];
  for (const pair of view.quotes.pairs) {
    if (pair.single || covered[pair.open] || covered[pair.close]) continue;
    if (holdsCue(cues, pair)) continue;
    const opening = view.sentenceOf[pair.open] ?? -1;
    const closing = view.sentenceOf[pair.close] ?? -1;
    const first = view.sentences[opening];
    const last = view.sentences[closing];
    // A quotation opened with two apostrophes (''…'') starts its sentence at the outer one.
    if (!first || !last || (first.from !== pair.open && !(pair.doubled && first.from === pair.open - 1))) continue;
    let after = pair.close + 1 + (pair.doubled && pair.closed ? 1 : 0);
    while (after < last.to && SENTENCE_ENDS.has(view.low[after] as string)) after++;
    if (after < last.to) continue;
    let words = 0;
    for (let w = pair.open + 1; w < pair.close; w++) if (view.words[w]?.pos !== "PUNCT") words++;
    if (words < MIN_WORDS || !say) continue;
    // "She added: …" after the quote says the quote was hers too; "She added:" with nothing after it
    // introduces the next quote instead, so it does not count here.
    const nextSentence = view.sentences[closing + 1];
    const next = firstOfSentence.get(closing + 1);
    const goesOn =
      next?.frame.cue.kind.continues &&
      next.source &&
      nextSentence &&
      next.from >= nextSentence.from &&
      next.from < nextSentence.to;
    // '"A." "B," she said.': the next sentence's quote, attributed after it, goes on from this one.
    const continued =
      next?.quote &&
      next.source &&
      nextSentence &&
      (next.frame.shape === "postposed" || next.frame.shape === "inverted") &&
      next.from === nextSentence.from &&
      view.paragraphOf[next.from] === view.paragraphOf[pair.open];
    const previous = lastSpeechOf.get(opening - 1) ?? lastOfSentence.get(opening - 1);
    const speaker = goesOn || continued ? next : previous?.source ? previous : null;
    const outer = pair.doubled ? 1 : 0;
    const { from, to } = trimContent(view, pair.open - outer, pair.close + 1 + (pair.closed ? outer : 0));
    if (to <= from) continue;
    const certainty: Certainty = certaintyOf(view, [{ from, to }], "certain");
    const draft: Draft = {
      // A quote that goes on with a known speaker shares that speaker's cue: one attribution in two parts.
      frame: {
        cue: speaker ? speaker.frame.cue : { from: pair.open, to: pair.open + 1, kind: say },
        shape: "forward",
        source: null,
        via: [],
        times: [],
        from,
        to,
        clauseStart: null,
        scope: null,
      },
      sentence: opening,
      cue: speaker ? speaker.cue : { from: pair.open, to: pair.open + 1 },
      from,
      to,
      source: speaker?.source ?? null,
      via: speaker?.via ?? [],
      reportedAt: speaker?.reportedAt ?? null,
      certainty,
      polarity: polarityOf(view, from, to, say),
      quote: true,
    };
    out.push(draft);
    // '"A." "B." "C," she said': a quote with a speaker passes the speaker on to the quote after it.
    if (speaker) lastOfSentence.set(closing, draft);
  }
  return out;
}

/**
 * 'He listed his reasons: "…"' and 'Cruz called them on it:' before a quotation: a colon right before a
 * quotation, in a sentence with no cue of its own, makes the quotation the words of the sentence's subject.
 * The colon is the cue.
 */
export function colonQuotes(view: View, drafts: readonly Draft[]): (Draft & { subject: Phrase })[] {
  const withCue = new Set(drafts.map((d) => view.sentenceOf[d.frame.cue.from]));
  const say = cueLexicon().kinds.get("say");
  const out: (Draft & { subject: Phrase })[] = [];
  view.sentences.forEach((s, si) => {
    if (withCue.has(si) || !say) return;
    for (let w = s.from + 2; w < s.to; w++) {
      if (view.low[w] !== ":" || (view.quotes.inside[w] ?? -1) >= 0) continue;
      const pair = view.quotes.openAt.get(w + 1);
      const quote = pair === undefined ? undefined : view.quotes.pairs[pair];
      if (!quote || quote.single) return;
      const subject = presented(view, s, w) ?? sentenceSubject(view, s, w);
      if (!subject) return;
      const { from, to } = trimContent(view, quote.open, quote.close + 1);
      if (to <= from) return;
      out.push(oneWordCueQuote(view, { cue: w, shape: "forward", subject, sentence: si, from, to }, say));
      return;
    }
  });
  return out;
}

/** "Here is Clinton in 1992: “…”", "Here's the mayor on Monday: “…”": whom "here is" presents speaks. */
function presented(view: View, s: SentenceRange, colon: number): Phrase | null {
  const first = view.low[s.from];
  const at =
    first === "here's"
      ? s.from + 1
      : first === "here" && PRESENTING.has(view.low[s.from + 1] as string)
        ? s.from + 2
        : -1;
  if (at < 0) return null;
  const np = phraseAfter(view, at, colon);
  return np && np.from === at ? np : null;
}

/** Forms of "be" after "here" that present someone. */
const PRESENTING = new Set(["is", "'s", "are", "was"]);

/**
 * A quotation whose cue is one punctuation word, a colon ("X: “…”") or a signing dash ("“…” ― X"): said, certain
 * unless its words hedge it, by the phrase before or after it.
 */
export function oneWordCueQuote(
  view: View,
  q: { cue: number; shape: Frame["shape"]; subject: Phrase; sentence: number; from: number; to: number },
  say: CueKind,
): Draft & { subject: Phrase } {
  const { from, to } = q;
  return {
    frame: {
      cue: { from: q.cue, to: q.cue + 1, kind: say },
      shape: q.shape,
      source: q.subject,
      via: [],
      times: [],
      from,
      to,
      clauseStart: null,
      scope: null,
    },
    subject: q.subject,
    sentence: q.sentence,
    cue: { from: q.cue, to: q.cue + 1 },
    from,
    to,
    source: null,
    via: [],
    reportedAt: null,
    certainty: certaintyOf(view, [{ from, to }], "certain"),
    polarity: polarityOf(view, from, to, say),
    quote: true,
  };
}

/** Whether a cue's word stands inside the quotation. */
function holdsCue(cues: Uint8Array, pair: { open: number; close: number }): boolean {
  for (let w = pair.open + 1; w < pair.close; w++) if (cues[w]) return true;
  return false;
}
