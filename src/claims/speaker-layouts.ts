import { type Phrase, phraseAfter, phraseBefore } from "./phrases.js";
import { KNOWING } from "./via.js";
import { pos, SENTENCE_ENDS, type SentenceRange, type View, verbAhead } from "./view.js";

/*
 * Where a source phrase stands when a description, a clause or a phrase of knowing sits between it and the cue;
 * readVerbLayout in source.ts asks these before it takes the phrase right before the cue.
 */

/** How many words an apposition in an absolute "with" phrase may hold. */
const APPOSITION_WORDS = 14;

/**
 * "with Abdul Qani, a spokesman for the ministry, alleging …": the comma at `l` closes an apposition to a name that
 * "with" opens; that name, with its apposition, speaks. Null otherwise.
 */
export function withSpeaker(view: View, s: SentenceRange, l: number): Phrase | null {
  let c = l - 1;
  while (c > s.from && l - c <= APPOSITION_WORDS && view.low[c] !== ",") c--;
  if (view.low[c] !== "," || c <= s.from) return null;
  // "with Amnesty International, and several news outlets, reporting": a second speaker added between commas.
  const added = view.low[c + 1] === "and" || view.low[c + 1] === "or" ? 1 : 0;
  const apposition = phraseAfter(view, c + 1 + added, l);
  const name = phraseBefore(view, c, s.from);
  if (!apposition || apposition.to !== l || !name || name.to !== c || view.low[name.from - 1] !== "with") return null;
  return { from: name.from, to: l, head: name.head };
}

/**
 * "…, but a source briefed on the talks told …": the phrase before the cue is what the source knows about; the
 * source is the phrase before the word of knowing, with it. Null otherwise.
 */
export function knowingSource(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  const prep = np.from - 1;
  const knowing = prep - 1;
  if (knowing <= s.from || pos(view, prep) !== "ADP" || !KNOWING.has(view.low[knowing] as string)) return null;
  const host = phraseBefore(view, knowing, s.from);
  return host && host.to === knowing ? { from: host.from, to: np.to, head: host.head } : null;
}

/** How many words a relative clause without commas inside a subject may hold before its object. */
const RELATIVE_REACH = 8;

/**
 * "The leader of the front which is fighting government troops in the north has accused …": the phrase before the cue
 * is the object of a relative clause with no commas inside the subject; the subject is the phrase the clause hangs
 * on, with the clause. Null unless such a clause (a relative word, then a verb right before the phrase) stands there.
 */
export function relativeObjectHost(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  const verb = np.from - 1;
  if (verb <= s.from || pos(view, verb) !== "VERB") return null;
  for (let r = verb - 1; r > s.from && verb - r <= RELATIVE_REACH; r--) {
    const low = view.low[r] as string;
    if (low === "," || SENTENCE_ENDS.has(low) || view.quotes.inside[r] !== -1) return null;
    if (low !== "which" && low !== "who" && low !== "that") continue;
    const host = phraseBefore(view, r, s.from);
    if (!host || host.to !== r || host.from !== s.from) return null;
    return { from: host.from, to: np.to, head: host.head };
  }
  return null;
}

/** Words that open a subordinate clause whose subject a coordinated cue may share. */
const SUBORDINATORS = new Set([
  "after",
  "before",
  "when",
  "because",
  "since",
  "as",
  "while",
  "although",
  "though",
  "once",
  "until",
]);

/**
 * "Fighting began after Thailand recalled its envoy and announced …": the coordinated cue shares the subject of the
 * subordinate clause its conjunction sits in, not the sentence's. Null when no such clause opens before the cue in
 * the same stretch (no comma between).
 */
export function subordinateSubject(view: View, s: SentenceRange, cue: number): Phrase | null {
  for (let b = cue - 1; b > s.from; b--) {
    const low = view.low[b] as string;
    if (low === "," || low === ";") return null;
    if (!SUBORDINATORS.has(low)) continue;
    const np = phraseAfter(view, b + 1, cue);
    return np && verbAhead(view, np.to) ? np : null;
  }
  return null;
}
