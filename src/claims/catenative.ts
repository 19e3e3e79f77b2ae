import { cueLexicon } from "./lexicon.js";
import { type Phrase, phraseBefore } from "./phrases.js";
import { BE_FORMS, lemmaOf, pos, type SentenceRange, type View } from "./view.js";

/** Small words that sit inside a predicate before "to": "went on to", "went so far as to", "set out to". */
const PREDICATE_PARTICLES = new Set(["on", "out", "up", "so", "far", "as", "not", "never"]);
const PREDICATE_POS = new Set(["VERB", "AUX", "ADJ", "ADV", "PART"]);
/** Subjects that hold no one: "it is hard to know", "there is reason to believe". */
const DUMMIES = new Set(["it", "there", "this", "that", "what"]);
/** How many words the predicate before "to" may hold. */
const PREDICATE_WORDS = 6;

/**
 * The subject of a cue in an infinitive that hangs on a predicate of the subject's own: "voters tended to
 * support Clinton", "McConnell was quick to embrace him", "Democrats are more likely to say …", "he went on
 * to ridicule them". `to` is the "to" before the cue. Null when a noun comes right before "to" ("urged voters
 * to back", "a chance to say": someone else does it or nobody), when the predicate is a passive ("was expected
 * to win": someone else expects it), or when the subject is a dummy ("it is hard to know").
 */
export function catenativeSubject(view: View, s: SentenceRange, to: number): Phrase | null {
  // "too close to call": a degree, not a doing of the subject's.
  if (view.low[to - 2] === "too") return null;
  let w = to - 1;
  let verbal = false;
  while (w >= s.from && to - w <= PREDICATE_WORDS) {
    const low = view.low[w] as string;
    const p = pos(view, w);
    if (!PREDICATE_POS.has(p) && !PREDICATE_PARTICLES.has(low)) break;
    if (p === "VERB" || p === "ADJ") verbal = true;
    // "was expected to", "were not authorized to", "were meant to": a passive's doer is someone else.
    if (p === "VERB" && !low.endsWith("ing") && passiveAfter(view, w, s.from)) return null;
    w--;
  }
  if (!verbal || w === to - 1 || w < s.from) return null;
  const p = pos(view, w);
  if (p !== "NOUN" && p !== "PROPN" && p !== "PRON") return null;
  if (DUMMIES.has(view.low[w] as string)) return null;
  // The predicate opens with a verb of the subject's ("voters tended to", "he is quick to"); an adjective or a
  // participle right after the noun describes it instead ("donors reluctant to back him", "polls continuing to show").
  let first = w + 1;
  while (pos(view, first) === "ADV") first++;
  const opener = pos(view, first);
  if (opener !== "AUX" && (opener !== "VERB" || (view.low[first] as string).endsWith("ing"))) return null;
  if (!cueLexicon().catenatives.has(predicateKey(view, w + 1, to))) return null;
  const subject = phraseBefore(view, w + 1, s.from);
  return subject && opensClause(view, s, subject.from - 1) ? subject : null;
}

/** Words of the object or place phrase between a purpose host and "to": "took to Twitter", "used his speech". */
const STRETCH_POS = new Set(["NOUN", "PROPN", "DET", "ADJ", "NUM", "ADP", "PART"]);
const OWNERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** How many words the host's object or place may hold. */
const STRETCH_WORDS = 10;

/**
 * The subject of a cue in a purpose infinitive after a host verb and its object or place (lexicon
 * purposeHosts): "Clinton took to Twitter to say …", "Ramos used his acceptance speech to call for …", "the
 * reporter will come on the show to talk about …". Verbs that hand the doing to their object ("urged voters to
 * back …", "sent troops to fight") are no hosts. `to` is the "to" before the cue.
 */
export function purposeSubject(view: View, s: SentenceRange, to: number): Phrase | null {
  const last = pos(view, to - 1);
  if (last !== "NOUN" && last !== "PROPN") return null;
  let w = to - 1;
  while (w >= s.from && to - w <= STRETCH_WORDS) {
    const p = pos(view, w);
    if (!STRETCH_POS.has(p) && !(p === "PRON" && OWNERS.has(view.low[w] as string)) && p !== "ADV") break;
    w--;
  }
  if (w < s.from || pos(view, w) !== "VERB" || (view.low[w] as string).endsWith("ing")) return null;
  if (!cueLexicon().purposeHosts.has(lemmaOf(view, w) as string)) return null;
  let b = w - 1;
  while (b >= s.from && (pos(view, b) === "AUX" || pos(view, b) === "ADV" || pos(view, b) === "PART")) b--;
  if (b < s.from || passiveAfter(view, w, s.from)) return null;
  const p = pos(view, b);
  if ((p !== "NOUN" && p !== "PROPN" && p !== "PRON") || DUMMIES.has(view.low[b] as string)) return null;
  const subject = phraseBefore(view, b + 1, s.from);
  return subject && opensClause(view, s, subject.from - 1) ? subject : null;
}

const CLAUSE_OPENERS = new Set(["PUNCT", "CCONJ", "SCONJ"]);
const RELATIVES = new Set(["who", "that", "which"]);

/**
 * The subject stands at the start of its clause: "the delegates needed to assure her …" after "on the number of"
 * is an object with a participle, not a subject with its verb.
 */
function opensClause(view: View, s: SentenceRange, before: number): boolean {
  return before < s.from || CLAUSE_OPENERS.has(pos(view, before)) || RELATIVES.has(view.low[before] as string);
}

/** "tend" for "tended to", "quick" for "was quick to", "go so far as" for "went so far as to": the last verb or adjective and the words after it. */
function predicateKey(view: View, from: number, to: number): string {
  let head = to - 1;
  while (head >= from && pos(view, head) !== "VERB" && pos(view, head) !== "ADJ") head--;
  const words = [lemmaOf(view, head) as string];
  for (let w = head + 1; w < to; w++)
    if (PREDICATE_PARTICLES.has(view.low[w] as string)) words.push(view.low[w] as string);
  return words.join(" ");
}

/** A form of "be" before the verb at `w`, past adverbs and negation. */
function passiveAfter(view: View, w: number, limit: number): boolean {
  let b = w - 1;
  while (b >= limit && (pos(view, b) === "ADV" || pos(view, b) === "PART")) b--;
  return BE_FORMS.has(view.low[b] as string);
}
