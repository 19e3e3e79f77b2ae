import { cueLexicon } from "./lexicon.js";
import { RELATIVE, SUBJECT_PRONOUNS } from "./phrases.js";
import { finiteForm, lemmaOf, pos, type View } from "./view.js";

/** Words that may stand between a content's verb and the host's verb: its object's and adjuncts' words. */
const OBJECT_WORDS = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM", "ADV", "ADP", "PART"]);

/** Words that open a clause of the content's own though the tagger may read them as prepositions or objects. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "since",
  "until",
  "till",
  "as",
  ...SUBJECT_PRONOUNS,
]);

/**
 * "Teachers who said the law punished them joined the strike": a cue inside a restrictive relative clause on the
 * sentence's subject reports a clause that ends where the host's own verb comes back. That verb is a finite one
 * right after the content's verb and its object (no conjunction, comma or relative word between); a content whose
 * verb has a subject of its own before it ("said the man he met was tall") has room for one more verb, and a
 * participle before "by" ("12 people wounded by …") is no verb of the host's. Where the content ends.
 */
export function restrictiveRelativeEnd(view: View, from: number, to: number): number {
  let w = view.low[from] === "that" ? from + 1 : from;
  let subjects = 0;
  let inPhrase = false;
  // The content's subject(s), up to its first verb group.
  for (; w < to && pos(view, w) !== "VERB" && pos(view, w) !== "AUX"; w++) {
    const p = pos(view, w);
    const opens = p === "DET" || p === "PRON" || (!inPhrase && (p === "NOUN" || p === "PROPN" || p === "NUM"));
    if (opens && !(p === "PRON" && view.low[w - 1] !== undefined && pos(view, w - 1) === "DET")) subjects++;
    inPhrase = p === "DET" || p === "NOUN" || p === "PROPN" || p === "ADJ" || p === "NUM";
    if (p === "ADP" || p === "PUNCT") return to;
  }
  if (subjects === 0 || subjects > 2) return to;
  // Each subject has its verb group ("the man they saw was tall"); a finite verb after the last is the host's.
  for (let groups = 0; w < to; ) {
    w = groupEnd(view, w, to);
    // "that he believes the rebels are …": a verb of saying or thinking may take a clause with no "that", whose
    // subject and verb come on top ("the boat they saw was red": no subject after "saw", no clause).
    if (cueLexicon().verbEntries.has(lemmaOf(view, w - 1) as string) && w < to && !finite(view, w)) subjects++;
    if (++groups > subjects) return to;
    for (; w < to && !finite(view, w); w++) {
      const low = view.low[w] as string;
      const p = pos(view, w);
      if (RELATIVE.has(low) || p === "CCONJ" || p === "SCONJ" || p === "PUNCT" || CLAUSE_OPENERS.has(low)) return to;
      if ((low === "to" && pos(view, w + 1) === "VERB") || !OBJECT_WORDS.has(p)) return to;
    }
    if (w >= to) return to;
    const participle = /(?:ed|en)$/.test(view.low[w] as string) && view.low[w + 1] === "by";
    if (participle) return to;
    if (groups === subjects) return w;
  }
  return to;
}

/** One past a verb group starting at `w`: auxiliaries, adverbs and "not", then one verb ("would not fail", "is"). */
function groupEnd(view: View, w: number, to: number): number {
  let v = w;
  while (v < to && (pos(view, v) === "AUX" || pos(view, v) === "ADV" || pos(view, v) === "PART")) v++;
  return v < to && pos(view, v) === "VERB" ? v + 1 : v;
}

/** An auxiliary, or a verb in a finite-looking form (inflected, not an -ing form). */
function finite(view: View, w: number): boolean {
  return pos(view, w) === "AUX" || finiteForm(view, w);
}
