import type { CueKind } from "./lexicon.js";
import { hedgeLexicon } from "./lexicon.js";
import { BE_FORMS, lemmaOf, pos, type View } from "./view.js";

/** Words that open a subordinate clause: a negation after them and after the main verb is not the content's. */
const SUBORDINATORS = new Set([
  "that",
  "why",
  "how",
  "what",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "although",
  "though",
  "while",
  "if",
  "unless",
  "until",
  "since",
  "after",
  "before",
  "when",
  "where",
  "whether",
  "as",
  "so",
]);

/**
 * Negative when the source denies the content ("denied that …") or the content's main clause is negated:
 * "did not", "never", "no signs of", "no evidence that", "there were no casualties". The rule: a negator
 * counts when it stands before the first subordinate clause that follows the main verb, so "the troops, who
 * had not been paid, left" stays positive while "it saw no signs that X was preparing" is negative (the
 * evidence for X is said to be absent). Negations that do not deny ("not only … but", "would not hesitate
 * to respond", "did not rule out") stay positive. A denial of a negated content is positive again.
 */
export function polarityOf(view: View, from: number, to: number, kind: CueKind): "positive" | "negative" {
  const negated = mainClauseNegated(view, from, to) !== deniedAsFalse(view, from, to);
  const denies = kind.polarity === "negative";
  return negated !== denies ? "negative" : "positive";
}

function mainClauseNegated(view: View, from: number, to: number): boolean {
  const lex = hedgeLexicon();
  let sawVerb = false;
  for (let w = from; w < to; w++) {
    const low = view.low[w] as string;
    const p = pos(view, w);
    if (low === "," && !sawVerb && (view.low[w + 1] === "who" || view.low[w + 1] === "which")) {
      // "the fans, who had not been warned, left": the relative clause is not the main clause.
      let c = w + 1;
      while (c < to && view.low[c] !== ",") c++;
      w = c;
      continue;
    }
    // "… had seen reports but did not have details": a second clause after "but" is no denial of the first.
    if (sawVerb && (SUBORDINATORS.has(low) || low === "," || low === ";" || low === "but" || low === "yet")) {
      // "no signs that …", "no evidence of …": the absence noun before it was the main clause's.
      return false;
    }
    // "claimed they killed 13 soldiers and lost none": a second verb phrase after "and" is no denial of the first.
    if (sawVerb && low === "and" && secondVerbPhrase(view, w + 1, to)) return false;
    if (p === "VERB" || p === "AUX") sawVerb = true;
    const word = low === "n't" ? "not" : low;
    if (!lex.negators.has(word)) continue;
    if (word === "no" && p !== "DET" && p !== "INTJ" && p !== "ADV") continue;
    // "the dead were armed men with no connection to …": "no" after a preposition negates that phrase only.
    if (sawVerb && word === "no" && pos(view, w - 1) === "ADP") continue;
    // "He told them not to kill me": after the main verb, "not to" negates its infinitive, not the clause.
    if (sawVerb && word === "not" && view.low[w + 1] === "to") continue;
    if (notNegating(view, w, to)) continue;
    return true;
  }
  return false;
}

/** Does a phrase of `notNegating` ("not only", "not hesitate") start at `w`, with auxiliaries in between allowed? */
function notNegating(view: View, w: number, to: number): boolean {
  const lex = hedgeLexicon();
  const first = view.low[w] === "n't" ? "not" : (view.low[w] as string);
  const phrases = lex.notNegating.get(first);
  if (!phrases) return false;
  for (const phrase of phrases) {
    let at = w + 1;
    let ok = true;
    for (const x of phrase.slice(1)) {
      // "not to hesitate", "not have hesitated": skip auxiliaries and "to" between the negator and the verb.
      while (at < to && (pos(view, at) === "AUX" || view.low[at] === "to") && view.low[at] !== x) at++;
      const word = view.low[at] as string;
      const lemma = lemmaOf(view, at) as string;
      if (at >= to || (word !== x && lemma !== x)) {
        ok = false;
        break;
      }
      at++;
    }
    if (ok) return true;
  }
  return false;
}

/** Does a verb phrase with no subject of its own open at `w` ("and lost none", "and then fled")? */
function secondVerbPhrase(view: View, w: number, to: number): boolean {
  let v = w;
  while (v < to && pos(view, v) === "ADV") v++;
  return v < to && (pos(view, v) === "VERB" || pos(view, v) === "AUX");
}

/**
 * "Reports that allege that rockets targeted ships are baseless", "the report of an attack is patently false": the
 * content's last words are a copula and a word of falsity (hedges.json polarity.falsity), so it denies its subject.
 */
function deniedAsFalse(view: View, from: number, to: number): boolean {
  let end = to;
  while (end > from && (pos(view, end - 1) === "PUNCT" || view.quotes.closeAt.has(end - 1))) end--;
  const falsity = hedgeLexicon().falsity;
  let last = end - 1;
  // "are fake news", "is a fabricated story": a word of falsity before the predicate's noun.
  if (pos(view, last) === "NOUN" && !falsity.has(view.low[last] as string) && falsity.has(view.low[last - 1] as string))
    last--;
  if (last <= from || !falsity.has(view.low[last] as string)) return false;
  let b = last - 1;
  // "is patently false", "were not false" (the "not" counts as a negation of its own), "is a fabricated story".
  while (
    b > from &&
    (pos(view, b) === "ADV" || pos(view, b) === "DET" || view.low[b] === "not" || view.low[b] === "n't")
  )
    b--;
  return b > from && BE_FORMS.has(view.low[b] as string);
}
