import { descriptors } from "../lexicon/descriptors.js";
import { titles } from "../lexicon/titles.js";
import { isPersonalPronoun, type Phrase, phraseBefore } from "./phrases.js";
import { pos, type SentenceRange, type View } from "./view.js";

/** Prepositions a relative clause without "whom" leaves at its end: "people I spoke to", "those we talked with". */
const STRANDED = new Set(["to", "with", "by", "for", "from"]);
/** How far back from the cue the relative clause may reach. */
const MAX_CLAUSE = 8;

/**
 * "Witnesses Reuters spoke to said …", "People I've spoken with said …", "Doctors we interviewed said …": a
 * relative clause with no relative word stands between the speakers and the cue; its own subject (a pronoun or a
 * name) is whoever met them, not the source. `last` is the last word before the cue (past times and adverbs).
 * Returns the phrase before the clause, or null when the words before the cue are not such a clause.
 */
export function contactClauseHost(view: View, s: SentenceRange, last: number): Phrase | null {
  const stranded = STRANDED.has(view.low[last] as string) && (pos(view, last) === "ADP" || pos(view, last) === "PART");
  let v = stranded ? last - 1 : last;
  if (v <= s.from || pos(view, v) !== "VERB" || (view.low[v] as string).endsWith("ing")) return null;
  // "I've spoken", "we had interviewed": the clause's auxiliaries.
  v--;
  while (v > s.from && (pos(view, v) === "AUX" || pos(view, v) === "PART")) v--;
  const subject = clauseSubject(view, s, v);
  if (!subject || last - subject.from > MAX_CLAUSE) return null;
  const host = phraseBefore(view, subject.from, s.from);
  if (!host || host.to !== subject.from) return null;
  const noun = pos(view, host.head) === "NOUN" || (host.head === s.from && peopleNoun(view.low[host.head] as string));
  return noun ? host : null;
}

/** The relative clause's subject ending at `w`: a personal pronoun, or a name with the host noun split off. */
function clauseSubject(view: View, s: SentenceRange, w: number): Phrase | null {
  if (isPersonalPronoun(view, w) && view.low[w] !== "it") return { from: w, to: w + 1, head: w };
  if (pos(view, w) !== "PROPN") return null;
  let from = w;
  while (from - 1 >= s.from && pos(view, from - 1) === "PROPN") from--;
  if (view.low[from - 1] === "the") from--;
  // "Witnesses Reuters spoke to": the tagger calls the sentence's capitalised first word a name; a word that names
  // people ("witnesses", "residents") is the host's noun.
  if (from === s.from && pos(view, from) === "PROPN" && from < w && peopleNoun(view.low[from] as string)) from++;
  return from > s.from ? { from, to: w + 1, head: w } : null;
}

/** Does the word name people: a title or a person or organisation noun, singular or plural? */
function peopleNoun(low: string): boolean {
  // "residents" → "resident", "witnesses" → "witness".
  const forms = [low, low.replace(/s$/, ""), low.replace(/es$/, "")];
  return forms.some((form) => {
    const title = titles().heads.get(form);
    const described = descriptors().words.get(form);
    return (title !== undefined && title !== "kin") || described === "PERSON" || described === "ORG";
  });
}
