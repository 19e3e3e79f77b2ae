import { type CueKind, cueLexicon, hedgeLexicon } from "./lexicon.js";
import { phraseAfter } from "./phrases.js";
import { lemmaOf, pos, type SentenceRange, type View, wordText } from "./view.js";

/** A cue found in a sentence: its words and its kind. */
export interface Cue {
  from: number;
  to: number;
  kind: CueKind;
  /** "seen as" cues: the word of "as". */
  as?: number;
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);
const NEGATORS = new Set(["not", "n't", "never"]);
/** Words that leave nothing to report after them ("having said that, …", "so to speak"). */
const EMPTY_OBJECTS = new Set(["that", "so", "this", "it", "nothing", "anything", "much", "little", "goodbye"]);

/**
 * Finds the cues of one sentence with a Map lookup per word: phrases first ("according to"), then verbs by
 * lemma. A cue does not fire inside a quotation or a title, as an adjective ("the said company"), when it is
 * negated or refused ("did not say", "declined to confirm"), or before an indirect question ("… whether").
 */
export function findCues(view: View, s: SentenceRange): Cue[] {
  const lex = cueLexicon();
  const cues: Cue[] = [];
  const colon = headlineColon(view, s);
  if (colon !== null) cues.push({ from: colon, to: colon + 1, kind: lex.kinds.get("colon") as CueKind });
  for (let w = s.from; w < s.to; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const low = view.low[w] as string;
    const phrase = phraseAt(view, lex.phrases.get(low), w, s.to);
    if (phrase) {
      cues.push({ from: w, to: w + phrase.words.length, kind: phrase.kind });
      w += phrase.words.length - 1;
      continue;
    }
    if (pos(view, w) !== "VERB" && !verbTaggedNoun(view, s, w)) continue;
    const lemma = lemmaOf(view, w) as string;
    if (lex.seenAs.has(lemma)) {
      const as = seenAs(view, s, w);
      if (as !== null) {
        cues.push({ from: w, to: w + 1, kind: lex.kinds.get("seen-as") as CueKind, as });
        continue;
      }
    }
    const kind = lex.verbs.get(lemma) ?? lex.verbs.get(low);
    if (!kind || modifies(view, s, w) || !firesHere(view, s, w)) continue;
    cues.push({ from: w, to: w + 1, kind });
  }
  return cues;
}

/** The first of `phrases` whose words stand at w, before `to` (plain loops: "in" starts some, and is everywhere). */
function phraseAt<P extends { words: readonly string[] }>(
  view: View,
  phrases: readonly P[] | undefined,
  w: number,
  to: number,
): P | undefined {
  if (!phrases) return undefined;
  outer: for (const p of phrases) {
    for (let i = 0; i < p.words.length; i++) if (!(w + i < to && view.low[w + i] === p.words[i])) continue outer;
    return p;
  }
  return undefined;
}

const COLON_REACH = 8;

/**
 * "Graham: Trump is wrong", "Republican pollster Daron Shaw: “…”": a name or noun phrase alone before a
 * colon at the start of a line (or sentence) is who speaks. Labels ("Update:", "Photo:"), times and
 * phrases with a determiner ("The Latest:") are not.
 */
function headlineColon(view: View, s: SentenceRange): number | null {
  const labels = cueLexicon().colonLabels;
  for (let colon = s.from + 1; colon < s.to - 2; colon++) {
    if (view.low[colon] !== ":" || view.quotes.inside[colon] !== -1) continue;
    // Where the line starts: the sentence start, or a line break inside the sentence (a headline run on).
    let start = colon - 1;
    while (start > s.from && view.paragraphOf[start - 1] === view.paragraphOf[colon]) start--;
    if (colon - start > COLON_REACH) continue;
    const first = wordText(view, start);
    if (!/^\p{Lu}/u.test(first) || pos(view, start) === "DET") continue;
    const np = phraseAfter(view, start, colon);
    if (!np || np.to !== colon || view.timeOf[np.head] !== -1) continue;
    const p = pos(view, np.head);
    if (p !== "PROPN" && p !== "NOUN") continue;
    const whole = view.low.slice(start, colon).join(" ");
    if (labels.has(whole) || labels.has(view.low[np.head] as string)) continue;
    return colon;
  }
  return null;
}

/** "Six in 10 say …": the tagger calls the verb a noun after a number or a name; "the final say" stays a noun. */
function verbTaggedNoun(view: View, s: SentenceRange, w: number): boolean {
  if (pos(view, w) !== "NOUN" || w === s.from) return false;
  const before = pos(view, w - 1);
  return (
    before === "NUM" ||
    before === "PROPN" ||
    (before === "PRON" && !["his", "her", "its", "their", "our", "my", "your"].includes(view.low[w - 1] as string))
  );
}

/** Is the sentence written in title case (a headline), where capitals say nothing about names? */
function titleCase(view: View, s: SentenceRange): boolean {
  let words = 0;
  let capitals = 0;
  for (let w = s.from; w < s.to; w++) {
    const text = wordText(view, w);
    if (!/^\p{L}/u.test(text)) continue;
    words++;
    if (/^\p{Lu}/u.test(text)) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/** A participle used as an adjective: "758 pledged delegates", "the reported attack", "a denied claim". */
function modifies(view: View, s: SentenceRange, w: number): boolean {
  if (w === s.from || !/(?:ed|en)$/.test(view.low[w] as string)) return false;
  const before = pos(view, w - 1);
  const after = pos(view, w + 1);
  return (before === "DET" || before === "NUM" || before === "ADJ") && (after === "NOUN" || after === "PROPN");
}

/** The checks that keep a cue verb from firing where it reports nothing. */
function firesHere(view: View, s: SentenceRange, w: number): boolean {
  const hedges = hedgeLexicon();
  const text = wordText(view, w);
  // Capitalised inside a sentence: a title or a name ("the film Who Said It", "Edward Said").
  const previous = w > s.from ? (view.low[w - 1] as string) : "";
  if (
    w > s.from &&
    /^\p{Lu}/u.test(text) &&
    text !== text.toUpperCase() &&
    !/^["\u201c\u2018':]$/.test(previous) &&
    !titleCase(view, s)
  )
    return false;
  if (w > s.from && pos(view, w - 1) === "DET" && !["that", "which"].includes(previous)) return false;
  // Negated or refused: "did not say", "never confirmed", "declined to comment".
  for (let b = w - 1; b >= s.from && b >= w - 3; b--) {
    const low = view.low[b] as string;
    if (NEGATORS.has(low)) return false;
    if (low === "to" && b - 1 >= s.from && hedges.refusals.has(lemmaOf(view, b - 1) as string)) return false;
    const p = pos(view, b);
    if (p !== "AUX" && p !== "ADV" && p !== "PART") break;
  }
  // "… whether": an indirect question, not a claim.
  for (let a = w + 1; a < s.to && a <= w + 3; a++) {
    if (hedges.questions.has(view.low[a] as string)) return false;
    if (view.low[a] === "that" || view.low[a] === ",") break;
  }
  // "Having said that, …", "That said, …": nothing reported.
  const next = view.low[w + 1] ?? "";
  const after = w + 2 < s.to ? pos(view, w + 2) : "PUNCT";
  if (EMPTY_OBJECTS.has(next) && after === "PUNCT" && !/^["\u201c\u2018':]$/.test(view.low[w + 2] ?? "")) return false;
  if (w === s.from + 1 && previous === "that" && next === ",") return false;
  return true;
}

/** For a passive "seen (by X) as …": the word of "as", or null. Active uses ("analysts see him as …") do not count. */
function seenAs(view: View, s: SentenceRange, w: number): number | null {
  // Only the participle ("seen", "viewed", "regarded"), never "see" or "sees".
  if (!/(?:ed|en|wn)$/.test(view.low[w] as string)) return null;
  let b = w - 1;
  while (b >= s.from && pos(view, b) === "ADV") b--;
  const before = b >= s.from ? (view.low[b] as string) : "";
  const passive = BE.has(before) || [",", "-", "--", "\u2014", "\u2013", "(", "and"].includes(before);
  const reduced = b >= s.from && (pos(view, b) === "NOUN" || pos(view, b) === "PROPN");
  if (!passive && !reduced) return null;
  // Only adverbs or "by" and the holders may stand between the participle and "as" ("described the deal as" is active).
  let a = w + 1;
  while (a < s.to && pos(view, a) === "ADV") a++;
  if (view.low[a] === "by") {
    for (a++; a < s.to && a <= w + 10; a++) {
      const low = view.low[a] as string;
      if (low === "as") break;
      if (low === "," || pos(view, a) === "VERB" || pos(view, a) === "AUX") return null;
    }
  }
  return view.low[a] === "as" && a + 1 < s.to ? a : null;
}
