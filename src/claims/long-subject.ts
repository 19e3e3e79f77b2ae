import { type Phrase, phraseAfter } from "./phrases.js";
import { closesAfterComma } from "./quotes.js";
import { pos, type SentenceRange, type View } from "./view.js";

/** Words that may stand between a subject and its verb outside the insertions: "has since said", "had also said". */
const LINKING = new Set(["since", "also", "now", "not", "n't", "never"]);
/** Relative words that open a description of the subject, whatever verbs follow in it. */
const RELATIVE_OPENERS = new Set(["who", "which", "whose"]);
/** How many words the insertions between a subject and its verb may hold together. */
const MAX_INSERTED = 40;

/**
 * "Matt Bennett, a founder of the think tank Third Way, said …", "The administration, in an effort that has
 * drawn criticism, has since said …": the sentence's opening noun phrase is the subject of the cue at `cue`
 * when only insertions between commas (descriptions, places, times, relative clauses) and auxiliaries or
 * adverbs stand between them. The layouts the shorter readings miss because the insertion holds commas of
 * its own or verbs the tagger got wrong. Returns the subject, and how far it reaches when the insertion
 * describes it (an apposition or a relative clause is part of the source, a place or time is not); null
 * when a clause of its own stands between.
 */
const FOCUS = new Set(["even", "only", "also", "now", "still", "yet", "too"]);

export function subjectAcrossInsertions(view: View, s: SentenceRange, cue: number): Phrase | null {
  let w = s.from;
  // "And …", "However …", "Even China, …": a conjunction or a focus adverb before the subject.
  while (w < cue && (pos(view, w) === "CCONJ" || view.low[w] === "however" || FOCUS.has(view.low[w] as string))) w++;
  // "On Monday, envoys who declined to be named said …": a fronted time or phrase with no verb, then its comma,
  // before a subject that a "who" clause describes.
  if (view.timeOf[w] !== -1 || pos(view, w) === "ADP") {
    let c = w;
    while (c < cue && view.low[c] !== "," && pos(view, c) !== "VERB" && pos(view, c) !== "AUX") c++;
    const after = view.low[c] === "," && c + 1 < cue ? phraseAfter(view, c + 1, cue) : null;
    if (after && view.low[after.to] === "who") w = c + 1;
  }
  if (view.timeOf[w] !== -1 || view.quotes.inside[w] !== -1) return null;
  const found = phraseAfter(view, w, cue);
  if (!found || found.from !== w) return null;
  const np = { ...found, to: describedTo(view, found.to, cue) };
  // The verb's own words right before it: auxiliaries and adverbs ("has since said").
  let v = cue;
  while (
    v > np.to &&
    (pos(view, v - 1) === "AUX" || pos(view, v - 1) === "ADV" || LINKING.has(view.low[v - 1] as string))
  )
    v--;
  // Nothing between them is the plain layout the other readings take (and turned down).
  if (v === np.to) return v < cue ? np : null;
  // "A poll conducted by voters in the primary showed …", "The polling that was done before the vote showed …":
  // modifiers with no comma, the whole of them part of the subject.
  if (view.low[np.to] !== ",") {
    if (modifiedUpTo(view, np.to, v)) return { ...np, to: v };
    // "Some voters who have heard him over the years, on television or at rallies, said …": the modifiers run to a
    // comma, and insertions follow.
    const comma = nextComma(view, np.to, v);
    if (comma < 0 || !modifiedUpTo(view, np.to, comma)) return null;
    np.to = comma;
  }
  // Otherwise insertions between commas: from the comma after the subject to the comma before the verb, each
  // stretch opening like a description, a place or a time.
  const firstComma = np.to;
  const lastComma = v - 1;
  // "Sen. Ann Roe (D-Ore.), said …": a stray comma after the bracket of a party and state.
  if (lastComma === firstComma && view.low[firstComma - 1] === ")") return np;
  // 'the hacker known as “Guccifer,” stated': the insertion's last comma may sit inside a quotation's marks.
  const closing = view.low[lastComma] === "," || closesAfterComma(view, lastComma);
  if (view.low[firstComma] !== "," || !closing || lastComma === firstComma) return null;
  if (lastComma - firstComma > MAX_INSERTED) return null;
  for (let c = firstComma; c < lastComma; c++) {
    const low = view.low[c] as string;
    if (view.quotes.openAt.has(c)) {
      const end = shortQuoteEnd(view, c, lastComma);
      if (end < 0) return null;
      c = end;
      continue;
    }
    if (low === ";" || low === ":" || view.quotes.inside[c] !== -1) return null;
    if (low === "," && !opensInsertion(view, c + 1)) return null;
  }
  const describes = firstComma >= 0 && describesSubject(view, firstComma + 1);
  // A closing quotation mark ends the description with it: 'the hacker known as “Guccifer,”'.
  return describes ? { ...np, to: view.low[lastComma] === "," ? lastComma : lastComma + 1 } : np;
}

/** The first comma from `from` before `to`, or -1. */
function nextComma(view: View, from: number, to: number): number {
  for (let w = from; w < to; w++) if (view.low[w] === ",") return w;
  return -1;
}

/** How many words a quotation inside an insertion may hold: a nickname or a phrase, no statement. */
const INSERTED_QUOTE = 10;

/**
 * 'Lehel, the hacker known as “Guccifer,” stated …', 'Smith, who called the plan “a disaster,” said …': a short
 * quotation opening at `open` and closing by `limit` names or describes within the insertion. Its closing mark (the
 * last of two apostrophes), or -1 when it is long, unclosed or runs past the insertion.
 */
function shortQuoteEnd(view: View, open: number, limit: number): number {
  const pair = view.quotes.pairs[view.quotes.openAt.get(open) as number];
  if (!pair?.closed) return -1;
  const end = pair.doubled ? pair.close + 1 : pair.close;
  return end <= limit && end - open <= INSERTED_QUOTE + 2 ? end : -1;
}

/**
 * "Federal officials familiar with the server taken from her house, …": prepositions and participles may carry
 * the subject on up to its first comma; a finite verb or an auxiliary there means the subject has its own clause.
 */
function describedTo(view: View, to: number, cue: number): number {
  let w = to;
  while (w < cue && view.low[w] !== ",") {
    const p = pos(view, w);
    if (p === "AUX" || p === "PUNCT" || view.quotes.openAt.has(w)) return to;
    if (p === "VERB" && !/(?:ed|en|ing)$/.test(view.low[w] as string)) return to;
    w++;
  }
  return w < cue ? w : to;
}

/**
 * Do the words from `from` to `to` only modify the phrase before them: opened by a participle, a preposition or a
 * relative word, with no punctuation or quotation, and no finite verb before a relative word?
 */
function modifiedUpTo(view: View, from: number, to: number): boolean {
  if (to - from > MAX_INSERTED) return false;
  const first = view.low[from] as string;
  const p = pos(view, from);
  const participle = p === "VERB" && /(?:ed|en)$/.test(first);
  if (!participle && p !== "ADP" && first !== "that" && !RELATIVE_OPENERS.has(first)) return false;
  let relative = false;
  for (let w = from; w < to; w++) {
    const low = view.low[w] as string;
    if (pos(view, w) === "PUNCT" || view.quotes.openAt.has(w) || view.quotes.inside[w] !== -1) return false;
    if (low === "that" || RELATIVE_OPENERS.has(low)) relative = true;
    if (relative) continue;
    if (pos(view, w) === "AUX") return false;
    if (pos(view, w) === "VERB" && !/(?:ed|en|ing)$/.test(low)) return false;
  }
  return true;
}

/** Does a stretch after a comma open like an insertion: a noun phrase, a preposition, a relative word, a participle, an adverb? */
function opensInsertion(view: View, w: number): boolean {
  const low = view.low[w] as string;
  if (RELATIVE_OPENERS.has(low) || view.timeOf[w] !== -1) return true;
  const p = pos(view, w);
  if (p === "DET" || p === "ADP" || p === "NOUN" || p === "PROPN" || p === "ADJ" || p === "NUM" || p === "ADV")
    return true;
  // "speaking in Ohio", "based in Ohio": participles, not a finite verb of the subject's.
  return p === "VERB" && (low.endsWith("ing") || (/(?:ed|en)$/.test(low) && pos(view, w + 1) === "ADP"));
}

/** An apposition or a relative clause describes the subject and belongs to the source; a place or a time does not. */
function describesSubject(view: View, w: number): boolean {
  const low = view.low[w] as string;
  if (RELATIVE_OPENERS.has(low)) return true;
  if (view.timeOf[w] !== -1) return false;
  const p = pos(view, w);
  return p === "DET" || p === "NOUN" || p === "ADJ" || p === "NUM" || (p === "PROPN" && !place(view, w));
}

/** A name after a comma that is followed by the next comma soon is as often a place ("Columbus, Ohio,"). */
function place(view: View, w: number): boolean {
  const np = phraseAfter(view, w, w + 4);
  return np !== null && view.low[np.to] === "," && np.to - w <= 2;
}
