import type { Certainty } from "../article/analysis.js";
import { descriptors } from "../lexicon/descriptors.js";
import { titles } from "../lexicon/titles.js";
import { catenativeSubject, purposeSubject } from "./catenative.js";
import { contactClauseHost } from "./contact-clause.js";
import { backwardStart, checkedStart, frontedComma, gerundPhrase, isClause, statesSomething } from "./content.js";
import { type Cue, colonLineStart, namesBeforeAs } from "./cues.js";
import type { Frame, Shape } from "./frame.js";
import { readFrontedCue } from "./fronted-cue.js";
import { cueLexicon } from "./lexicon.js";
import { subjectAcrossInsertions } from "./long-subject.js";
import { misreadSource } from "./misread-source.js";
import {
  ARTICLES,
  compassNoun,
  FLOATING_QUANTIFIERS,
  fractionNoun,
  isPersonalPronoun,
  linkedTail,
  loneLabel,
  OBJECT_FORMS,
  type Phrase,
  phraseAfter,
  phraseBefore,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
} from "./phrases.js";
import { isTitle } from "./quoted-titles.js";
import { closesAfterComma } from "./quotes.js";
import { restrictiveRelativeEnd } from "./restrictive-relative.js";
import { speakerHead } from "./speaker-head.js";
import { knowingSource, relativeObjectHost, withSpeaker } from "./speaker-layouts.js";
import { PLAIN_SPEECH_KINDS, SPEECH_KINDS } from "./speech-kinds.js";
import { regionAfterTown } from "./town-region.js";
import { readVia, startsVia } from "./via.js";
import {
  BE_FORMS,
  finiteForm,
  glued,
  lemmaOf,
  lineStart,
  pos,
  SENTENCE_ENDS,
  type SentenceRange,
  type View,
} from "./view.js";

const DASHES = new Set(["-", "--", "\u2014", "\u2013"]);
/** Links after which a name is who made the thing before them ("a response from X", "a statement by X"). */
const FROM_WHOM = new Set(["from", "by"]);
const CLAUSE_WORDS = new Set([
  "as",
  "while",
  "because",
  "but",
  "and",
  "so",
  "yet",
  "when",
  "after",
  "before",
  "since",
  "although",
  "though",
  "if",
  "that",
  "where",
  "once",
  "until",
  "unless",
  "whereas",
  "or",
  ";",
  "(",
]);

/** A comma, or a dash standing free (not the hyphen of "self-described"). */
function breaksAt(view: View, w: number): boolean {
  const low = view.low[w] as string;
  return low === "," || (DASHES.has(low) && !(glued(view, w - 1, w) && glued(view, w, w + 1)));
}

/** Subordinators of the writer's contrast: a cue after them starts a claim of its own. */
const CONTRASTING = new Set(["while", "whereas"]);

const NEGATORS = new Set(["not", "n't", "never"]);

/** Words that may stand between a source and its cue: adverbs, auxiliaries, negation and times ("has also said", "on Tuesday said", "does not want"). */
function between(view: View, w: number): boolean {
  const p = pos(view, w);
  if (view.timeOf[w] !== -1) return true;
  // "when reporting", "while saying": the tagger's adverb is the conjunction that leads a gerund.
  if (p === "ADV" && GERUND_LEADS.has(view.low[w] as string)) return false;
  // "the Tuareg north claims": a compass word closes the subject, no adverb of the verb.
  if (p === "ADV" && compassNoun(view, w)) return false;
  // "a third said": a fraction the tagger read as an adverb is the subject's head.
  if (p === "ADV" && fractionNoun(view, w)) return false;
  if (p === "ADV" || p === "AUX" || NEGATORS.has(view.low[w] as string)) return true;
  // "Ukraine and Russia each reported", "the two sides both said": a floating quantifier after a noun.
  // "… have all issued statements": after an auxiliary too.
  const floats = NOUNISH.has(pos(view, w - 1)) || pos(view, w - 1) === "AUX";
  if (FLOATING_QUANTIFIERS.has(view.low[w] as string) && floats) return true;
  // "in turn accused", "for its part said": a set adverbial phrase, read from either of its words.
  if (adverbialPhrase(view, w)) return true;
  // "on Tuesday said": the preposition of a time.
  return p === "ADP" && view.timeOf[w + 1] !== -1;
}

/** How many words an adverbial between commas inside a verb group may hold ("has, for months, insisted"). */
const VERB_GROUP_INSERTION = 4;

/**
 * "A poll has, however, revealed that …", "Officials have, for months, insisted …": an adverbial between commas after
 * an auxiliary stands inside the verb group. With `l` at the second comma, the auxiliary's index, else -1.
 */
function auxBeforeInsertion(view: View, s: SentenceRange, l: number): number {
  if (l < s.from || view.low[l] !== ",") return -1;
  for (let c = l - 1; c >= s.from && l - c <= VERB_GROUP_INSERTION + 1; c--) {
    if (view.low[c] === ",") return c < l - 1 && c > s.from && pos(view, c - 1) === "AUX" ? c - 1 : -1;
    // "He is, he said, ready": a clause of its own between the commas is no adverbial.
    const p = pos(view, c);
    if (p === "VERB" || p === "AUX" || p === "PUNCT" || p === "PRON") return -1;
  }
  return -1;
}

/** Two- and three-word adverbials that stand between a subject and its verb. */
const ADVERBIAL_PHRASES = [
  ["in", "turn"],
  ["in", "response"],
  ["in", "return"],
  ["in", "fact"],
  ["of", "course"],
  ["for", "its", "part"],
  ["for", "his", "part"],
  ["for", "her", "part"],
  ["for", "their", "part"],
  ["for", "our", "part"],
];

/** Every word of ADVERBIAL_PHRASES: most words before a cue are none of them, and one look-up says so. */
const ADVERBIAL_WORDS: ReadonlySet<string> = new Set(ADVERBIAL_PHRASES.flat());

/** Is the word at `w` inside one of ADVERBIAL_PHRASES that ends right before a verb? */
function adverbialPhrase(view: View, w: number): boolean {
  if (!ADVERBIAL_WORDS.has(view.low[w] as string)) return false;
  for (const phrase of ADVERBIAL_PHRASES) {
    for (let i = 0; i < phrase.length; i++) {
      const start = w - i;
      if (phrase.every((word, k) => view.low[start + k] === word)) {
        const next = pos(view, start + phrase.length);
        return next === "VERB" || next === "AUX" || next === "ADV";
      }
    }
  }
  return false;
}

function closesQuote(view: View, w: number): boolean {
  return view.quotes.closeAt.has(w);
}

/** Does a new clause start at `b`, so the phrase after it is a subject ("…, as X said", "But X said")? */
function opensClause(view: View, b: number): boolean {
  const p = pos(view, b);
  return p === "CCONJ" || p === "SCONJ" || CLAUSE_WORDS.has(view.low[b] as string) || view.quotes.openAt.has(b);
}

interface Found {
  hedge?: Certainty;
  tight?: boolean;
  shape: Shape;
  source: Phrase | null;
  via: Phrase[];
  times: number[];
  from: number;
  to: number;
  clauseStart: number | null;
  scope: { from: number; to: number } | null;
}

/**
 * Reads one cue in its sentence: which shape the attribution has, where the source phrase is, whom it
 * cites, which times sit by the cue, and where the content lies (forward contents run to the sentence end
 * here; the caller cuts them at the next clause of attribution).
 */
export function readFrame(view: View, s: SentenceRange, cue: Cue): Frame | null {
  const name = cue.kind.name;
  const found = cue.finding
    ? readFinding(view, s, cue, cue.finding)
    : cue.noun
      ? readNoun(view, s, cue, cue.noun)
      : name === "according"
        ? readAccording(view, s, cue)
        : name === "seen-as"
          ? readSeenAs(view, s, cue)
          : name === "colon"
            ? readColon(view, s, cue)
            : name === "seem"
              ? readSeem(view, s, cue)
              : readVerb(view, s, cue);
  return found ? { cue, ...withoutExistential(view, found) } : null;
}

/** "There are fears that …", "There were reports that …": the existential "there" is nobody; no one is named. */
function withoutExistential(view: View, found: Found): Found {
  const source = found.source;
  if (!source || source.to - source.from !== 1 || view.low[source.from] !== "there") return found;
  return { ...found, source: null };
}

const IRREGULAR_PARTICIPLES = new Set([
  "said",
  "told",
  "thought",
  "held",
  "known",
  "seen",
  "written",
  "shown",
  "found",
]);

/**
 * "P, local sources told AFP, an allegation denied by the army.": the denial a writer sets after what was said is
 * the by-phrase's claim, and what it denies is the words before the noun (up to the cue of whoever said them).
 */
function deniedAllegation(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (cue.kind.polarity !== "negative" || view.low[cue.to] !== "by") return null;
  const noun = cue.from - 1;
  const article = noun - 1;
  if (!cueLexicon().denialObjects.has(view.low[noun] as string) || !ARTICLES.has(view.low[article] as string))
    return null;
  if (view.low[article - 1] !== ",") return null;
  const source = phraseAfter(view, cue.to + 1, s.to);
  const to = article - 1;
  const from = afterLeadingCue(view, backwardStart(view, s, to), to);
  if (!source || to <= from) return null;
  return { shape: "postposed", source, via: [], times: [], from, to, clauseStart: to, scope: null };
}

/** How far a leading report may reach for its cue verb: "Russia's defence ministry said …". */
const LEADING_SOURCE_WORDS = 8;

/**
 * "Kyiv said Russian troops shelled the hospital, an allegation Moscow denied": what the allegation is, and what is
 * denied, is what Kyiv said, not that Kyiv said it. Where the words before the noun open with a source and its cue
 * verb, the content starts after the cue (and its "that"); otherwise at `from`.
 */
function afterLeadingCue(view: View, from: number, to: number): number {
  const start = leadingCueEnd(view, from, to);
  if (start >= 0) return start;
  // "Besides failing to return the hostages, Israel accuses Hamas of …, a claim …": past a fronted phrase's comma
  // (one a preposition or a subordinating word opens; "Troops have killed …, sources told AFP" is none).
  const fronted = pos(view, from) === "ADP" || pos(view, from) === "SCONJ";
  for (let c = from + 1; fronted && c < Math.min(to, from + LEADING_SOURCE_WORDS); c++) {
    if (view.low[c] !== ",") continue;
    const after = leadingCueEnd(view, c + 1, to);
    return after >= 0 ? after : from;
  }
  return from;
}

/** Where the content starts after a source and its cue verb opening the words at `from`; -1 when they do not. */
function leadingCueEnd(view: View, from: number, to: number): number {
  for (let w = from; w < Math.min(to, from + LEADING_SOURCE_WORDS); w++) {
    const p = pos(view, w);
    if (p === "AUX") continue;
    if (p !== "VERB") {
      if (p === "PUNCT" || view.quotes.inside[w] !== -1) return -1;
      continue;
    }
    if (w === from || !cueLexicon().verbEntries.has(lemmaOf(view, w) as string)) return -1;
    const start = view.low[w + 1] === "that" ? w + 2 : w + 1;
    return start < to ? start : -1;
  }
  return -1;
}

/**
 * "P, a claim Ukraine denied.", "P, an allegation that Moscow has rejected.": the writer sets after what was said a
 * noun for it and a relative clause whose subject denies it; that subject is the source, and what it denies is the
 * words before the noun.
 */
function deniedByRelative(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (cue.kind.polarity !== "negative") return null;
  let end = cue.from;
  while (end - 1 > s.from && (pos(view, end - 1) === "AUX" || pos(view, end - 1) === "ADV")) end--;
  let source = phraseBefore(view, end, s.from);
  if (!source || source.to !== end) return null;
  // "a claim Ukraine": the noun for what was said and the subject after it read as one phrase.
  if (
    ARTICLES.has(view.low[source.from] as string) &&
    cueLexicon().denialObjects.has(view.low[source.from + 1] as string)
  )
    source = source.from + 2 < end ? { ...source, from: source.from + 2 } : null;
  if (!source) return null;
  let noun = source.from - 1;
  if (view.low[noun] === "that" || view.low[noun] === "which") noun--;
  const article = noun - 1;
  if (!cueLexicon().denialObjects.has(view.low[noun] as string) || !ARTICLES.has(view.low[article] as string))
    return null;
  if (view.low[article - 1] !== ",") return null;
  const to = article - 1;
  const from = afterLeadingCue(view, backwardStart(view, s, to), to);
  if (to <= from) return null;
  return { shape: "postposed", source, via: [], times: [], from, to, clauseStart: to, scope: null };
}

/**
 * Passive cues: "It was reported that P" and "He is said to have P" have nobody vouching for P (source
 * null, unverified); "P was first reported by MSNBC" and "was told by officials that P" name the source
 * after "by". Returns undefined when the cue is not passive, null when it is but reports nothing.
 */
function readPassive(view: View, s: SentenceRange, cue: Cue): Found | null | undefined {
  const word = view.low[cue.from] as string;
  if (!/(?:ed|en)$/.test(word) && !IRREGULAR_PARTICIPLES.has(word)) return undefined;
  let b = cue.from - 1;
  // "is widely expected", "is not expected": adverbs and negation between the auxiliary and the participle.
  while (b >= s.from && (pos(view, b) === "ADV" || NEGATORS.has(view.low[b] as string))) b--;
  if (b < s.from || !BE_FORMS.has(view.low[b] as string) || perfectContraction(view, b, cue.to)) return undefined;
  let subjectEnd = b;
  while (subjectEnd - 1 >= s.from && (pos(view, subjectEnd - 1) === "AUX" || pos(view, subjectEnd - 1) === "ADV"))
    subjectEnd--;
  const subject =
    phraseBefore(view, subjectEnd, s.from) ??
    relativeSubject(view, s, subjectEnd) ??
    subjectAcrossInsertions(view, s, cue.from);
  const times: number[] = [];
  let q = cue.to;
  while (q < s.to && (view.timeOf[q] !== -1 || pos(view, q) === "ADV")) {
    if (view.timeOf[q] !== -1) times.push(q);
    q++;
  }
  let source: Phrase | null = null;
  if (view.low[q] === "by") {
    source = phraseAfter(view, q + 1, s.to);
    if (source) q = source.to;
    if (pos(view, q) === "ADP" && view.timeOf[q + 1] !== -1) q++;
    while (q < s.to && view.timeOf[q] !== -1) times.push(q++);
  }
  // "Ann Lee, a journalist, was quoted …": an apposition closed by a comma before the verb.
  const closed = view.low[subjectEnd - 1] === "," ? phraseBefore(view, subjectEnd - 1, s.from) : null;
  const quoted = quotedAsSaying(view, s, cue, subject ?? closed, source, q, times);
  if (quoted !== undefined) return quoted;
  const hedge: Certainty | undefined = source ? undefined : "unverified";
  const base = { source, via: [], times, clauseStart: null, scope: null, ...(hedge ? { hedge } : {}) };
  if (view.low[q] === "that" && q + 1 < s.to) return { ...base, shape: "passive", from: q, to: s.to };
  // "He is said to have won": the proposition is the whole clause ("…, which is expected to draw crowds": the
  // relative clause).
  if (view.low[q] === "to" && pos(view, q + 1) !== "DET" && subject) {
    const relative = RELATIVE_PRONOUNS.has(view.low[subject.from] as string);
    return {
      ...base,
      shape: "passive",
      from: subject.from,
      to: relative ? relativeClauseEnd(view, subject.from, s.to) : s.to,
    };
  }
  // "O'Malley's move was first reported by MSNBC": the subject is what was reported.
  if (source && subject && statesSomething(view, subject.from, subject.to) === false) {
    return { ...base, shape: "passive", from: subject.from, to: subject.to };
  }
  return null;
}

function readVerb(view: View, s: SentenceRange, cue: Cue): Found | null {
  const answered = deniedAllegation(view, s, cue) ?? deniedByRelative(view, s, cue);
  if (answered) return answered;
  if (reducedPassive(view, s, cue) || frontedParticiple(view, s, cue)) return null;
  // "the statement that was read aloud", "the cases were decided by 5-4": the passive of such a kind reports nothing.
  if (!cue.kind.passive && passiveForm(view, s, cue.from)) return null;
  return (
    readVerbLayout(view, s, cue) ??
    readFrontedCue(view, s, cue) ??
    readLongSubject(view, s, cue) ??
    listedVerb(view, s, cue)
  );
}

/**
 * The last reading of a finite cue verb: the sentence's subject stands before it across insertions the other
 * readings do not cross (see subjectAcrossInsertions), and the content follows.
 */
function readLongSubject(view: View, s: SentenceRange, cue: Cue): Found | null {
  const word = view.low[cue.from] as string;
  if (word.endsWith("ing") || cue.from === s.from || view.low[cue.from - 1] === "to") return null;
  // "The agency, under pressure, is expected to …": the subject of a passive holds no view of its own.
  if (afterBe(view, s, cue.from)) return null;
  const source = subjectAcrossInsertions(view, s, cue.from);
  if (!source) return null;
  const times: number[] = [];
  for (let w = source.to; w < cue.from; w++) if (view.timeOf[w] !== -1) times.push(w);
  // A cue inside the insertions ("…, which endorsed him in May, said …") reports no further than its comma.
  let b = cue.from - 1;
  while (b > source.to && view.low[b] !== ",") b--;
  const clauseStart = view.low[b] === "," ? b : null;
  return forwardFound(view, s, cue, source, clauseStart, [], times, { from: source.to, to: cue.from });
}

/**
 * "He's said he …", "she's told reporters …": a contracted "'s" after "he" or "she" before a participle is "has"
 * unless what follows is a passive's ("he's said to be ill", "she's told by aides"). After a name it may be an
 * owner's ("Stumpf's repeated emphasis").
 */
function perfectContraction(view: View, b: number, after: number): boolean {
  const low = view.low[b] as string;
  if ((low !== "'s" && low !== "\u2019s") || !PERFECT_SUBJECTS.has(view.low[b - 1] as string)) return false;
  const next = view.low[after];
  return next !== "to" && next !== "by";
}

const PERFECT_SUBJECTS = new Set(["he", "she", "who"]);

/**
 * "released her records in July, which showed …": where a time adjunct ending at `end` opens (its preposition
 * included), so that a relative word after it stands for the phrase before; `end` when no time ends there.
 */
function beforeTimeAdjunct(view: View, s: SentenceRange, end: number): number {
  let b = end;
  while (b > s.from && view.timeOf[b - 1] !== -1) b--;
  if (b === end) return end;
  return b > s.from && pos(view, b - 1) === "ADP" ? b - 1 : b;
}

/** ", which is expected to …": a relative word after a comma stands for the phrase before it. */
function relativeSubject(view: View, s: SentenceRange, end: number): Phrase | null {
  const w = end - 1;
  const relative = view.low[w] === "which" || view.low[w] === "who";
  return relative && w - 1 > s.from && view.low[w - 1] === "," ? { from: w, to: end, head: w } : null;
}

/** A form of "be" (past adverbs and negation) before a verb not in -ing: "was read aloud", "were not decided". */
function passiveForm(view: View, s: SentenceRange, w: number): boolean {
  if ((view.low[w] as string).endsWith("ing")) return false;
  let b = w - 1;
  while (b >= s.from && (pos(view, b) === "ADV" || NEGATORS.has(view.low[b] as string))) b--;
  return b >= s.from && PASSIVE_BE.has(view.low[b] as string);
}

/** Forms of "be" that make a passive ("he's decided to run" is "has"). */
const PASSIVE_BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** A participle after a form of "be" (past adverbs and negation): "is (widely) expected", "were not told". */
function afterBe(view: View, s: SentenceRange, w: number): boolean {
  let b = w - 1;
  while (b >= s.from && (pos(view, b) === "ADV" || NEGATORS.has(view.low[b] as string))) b--;
  return (
    b >= s.from &&
    BE_FORMS.has(view.low[b] as string) &&
    /(?:ed|en)$|^(?:said|told|known|seen|thought)$/.test(view.low[w] as string)
  );
}

function readVerbLayout(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (cue.kind.questions) {
    const asked = readAskedQuestion(view, s, cue);
    if (asked) return asked;
  }
  const tail = lineClosingCue(view, s, cue);
  if (tail) return tail;
  const passive = cue.kind.passive ? readPassive(view, s, cue) : undefined;
  if (passive !== undefined) return passive;
  const times: number[] = [];
  let l = cue.from - 1;
  for (;;) {
    while (l >= s.from && between(view, l)) {
      if (view.timeOf[l] !== -1) times.push(l);
      l--;
    }
    const aux = auxBeforeInsertion(view, s, l);
    if (aux < 0) break;
    for (let w = aux + 1; w < l; w++) if (view.timeOf[w] !== -1) times.push(w);
    l = aux;
  }
  const scope = { from: l + 1, to: cue.from };
  const left = l >= s.from ? (view.low[l] as string) : "";
  const ing = (view.low[cue.from] as string).endsWith("ing");
  if (ing && left === "as") {
    const quoted = outletQuoting(view, s, cue, l, times);
    if (quoted !== undefined) return quoted;
  }

  // "Insisting that the vote was fair, the board rejected …": a participle opening the sentence is the subject's
  // after its comma, as after a preposition.
  // "Citing weak demand, the company …" names whom or what the subject relies on (a via), no claim of its own.
  if (ing && opensSentence(view, s, cue.from)) {
    if (cueLexicon().viaMarkers.has(view.low[cue.from] as string)) return null;
    return openingGerund(view, s, cue, times);
  }
  // "responded by saying that …", "before adding that …", "After thanking the crowd, he …": a gerund after a
  // preposition is the subject's of the clause it hangs on.
  if (ing && gerundLead(view, s, l)) {
    if (opensSentence(view, s, l)) return openingGerund(view, s, cue, times);
    const inserted = insertedGerund(view, s, cue, l, times);
    if (inserted) return inserted;
    const found = inherited(view, s, cue, "participle", times);
    return found && { ...found, clauseStart: l };
  }
  // ", noting that …" and "…, and admitted that …": the source is the one of the cue before ('as “fantastic,”
  // telling reporters …' too, where the comma sits inside the quotation marks).
  // "X, speaking in Ohio, is criticizing Y": an auxiliary makes the -ing form the sentence's own verb.
  const progressive = ing && pos(view, cue.from - 1) === "AUX";
  // "described the results as bogus claiming …": a participle right after a predicative "as" phrase, no comma.
  const afterVerdict = view.low[l - 1] === "as" && (pos(view, l) === "ADJ" || pos(view, l) === "NOUN");
  // "…, with Abdul Qani, a spokesman for the ministry, alleging that …": the absolute phrase's own speaker.
  const absolute = ing && left === "," ? withSpeaker(view, s, l) : null;
  if (absolute) return forwardFound(view, s, cue, absolute, null, [], times, scope);
  if (ing && !progressive && (breaksAt(view, l) || left === ";" || afterVerdict || closesAfterComma(view, l))) {
    const found = inherited(view, s, cue, "participle", times);
    return found && { ...found, clauseStart: afterVerdict ? cue.from : l };
  }
  if ((left === "and" || left === "but") && l >= s.from) {
    if (sharesInnerVerb(view, s, cue, l)) return null;
    const found = inherited(view, s, cue, "coordinated", times);
    return found && { ...found, clauseStart: view.low[l - 1] === "," ? l - 1 : l };
  }
  // "captions that said …", "the agency, which said …"
  if (RELATIVE_PRONOUNS.has(left) && pos(view, l) !== "SCONJ") {
    const end = view.low[l - 1] === "," ? l - 1 : l;
    const host = phraseBefore(view, end, s.from) ?? phraseBefore(view, beforeTimeAdjunct(view, s, end), s.from);
    // "a harsh response from Donald Trump Jr., who said", "scrutiny from some who saw": "who" is whoever gave what the
    // phrase names, after "from" or "by"; not the place of "a spokesman for the ministry in Oslo, who said", whose
    // head already names a person.
    const tail =
      left === "who" && host && pos(view, host.head) !== "PROPN" && !titles().heads.has(view.low[host.head] as string)
        ? linkedTail(view, host)
        : null;
    const person = tail && FROM_WHOM.has(view.low[tail.from - 1] as string) ? tail : null;
    // "issued a statement, which said …": whoever issued it speaks, as with "issued a statement saying …" (unless
    // the clause hangs on whom it went to: "sent a letter to the union, which said …").
    const to = host ? recipient(view, host) : null;
    const speaker = host && to === host ? (issuerOf(view, s, host) ?? host) : to;
    const found = speaker ? forwardFound(view, s, cue, person ?? speaker, null, [], times, scope) : null;
    if (!found) return null;
    // "the agency, which said …, has …" ends at the comma; "teachers who said P joined …" where the host's verb is.
    return end < l
      ? { ...found, to: relativeClauseEnd(view, found.from, found.to) }
      : { ...found, to: restrictiveRelativeEnd(view, found.from, found.to) };
  }
  if (
    RELATIVE_PRONOUNS.has(left) &&
    pos(view, l) === "SCONJ" &&
    l > s.from &&
    (pos(view, l - 1) === "NOUN" || pos(view, l - 1) === "PROPN")
  ) {
    const host = phraseBefore(view, l, s.from);
    if (host) return forwardFound(view, s, cue, host, null, [], times, scope);
  }
  // "a caption saying …": a participle right after its noun.
  // "with the Israeli military saying": a noun the tagger read as an adjective ends the phrase too.
  const nounAsAdjective = pos(view, l) === "ADJ" && NOUN_PHRASE_INSIDE.has(pos(view, l - 1));
  if (ing && l >= s.from && (pos(view, l) === "NOUN" || pos(view, l) === "PROPN" || nounAsAdjective)) {
    const host = phraseBefore(view, l + 1, s.from);
    return host
      ? forwardFound(view, s, cue, issuerOf(view, s, issuedObject(view, host)) ?? host, null, [], times, scope)
      : null;
  }
  if (l >= s.from && (breaksAt(view, l) || closesQuote(view, l))) return readAfterBreak(view, s, cue, l, times, scope);
  // "''It's anti-reform.'' said Holtz-Eakin": the sentence ended inside the quotation, whose closing mark ends the
  // sentence before; the quotation is the content, as if it stood in this sentence.
  if (l < s.from && s.from > 0 && closesQuote(view, s.from - 1) && view.paragraphOf[s.from - 1] === s.paragraph)
    return readAfterBreak(view, { ...s, from: s.from - 1 }, cue, s.from - 1, times, scope);
  const contacted = l > s.from ? contactClauseHost(view, s, l) : null;
  if (contacted) return decide(view, s, cue, wholeSubject(view, s, contacted), [], times, scope);
  // "voters tended to support Clinton", "he was quick to embrace the mogul": the subject of the predicate before "to".
  if (left === "to") {
    const subject = catenativeSubject(view, s, l) ?? purposeSubject(view, s, l);
    return (
      subject && decide(view, s, cue, wholeSubject(view, s, subject), [], times, { from: subject.to, to: cue.from })
    );
  }
  let np = phraseBefore(view, l + 1, s.from);
  // "X did not elaborate, but in a statement said …": how it was said, after "but", is no speaker; the subject is.
  if (
    np &&
    CHANNEL_LINKS.has(view.low[np.from - 1] as string) &&
    cueLexicon().adjuncts.has(view.low[np.head] as string)
  ) {
    const link = np.from - 1;
    const joint = view.low[link - 1];
    if (joint === "but" || joint === "and") {
      const found = inherited(view, s, cue, "coordinated", times);
      return found && { ...found, clauseStart: view.low[link - 2] === "," ? link - 2 : link - 1 };
    }
  }
  // "A news report published Wednesday said …": a participle between the source and the cue.
  if (!np && pos(view, l) === "VERB" && !left.endsWith("ing")) {
    np = phraseBefore(view, l, s.from);
    // "The report published Tuesday showed": a participle and its time are part of the source (the time is also
    // when it was said); not "she began", "I interviewed" (a subject and its own verb).
    let end = l + 1;
    while (end < cue.from && view.timeOf[end] !== -1) end++;
    const participle = /(?:ed|en)$/.test(left) || IRREGULAR_PARTICIPLES.has(left);
    if (np && end > l + 1 && participle && !isPersonalPronoun(view, np.head)) np = { ...np, to: end };
  }
  np ??= gerundSubject(view, s, l);
  // "groups that have endorsed him say …": an object pronoun is no speaker; the relative clause's host is.
  if (np && np.to - np.from === 1 && OBJECT_PRONOUNS.has(view.low[np.from] as string))
    np = shareOf(view, s, np) ?? relativeHost(view, s, np.from);
  np ??= bareShare(view, s, l);
  if (np) np = relativeObjectHost(view, s, np) ?? knowingSource(view, s, np) ?? np;
  if (np) np = afterObject(view, s, withoutChannel(view, np));
  if (!np) return null;
  return decide(view, s, cue, wholeSubject(view, s, np), [], times, scope);
}

/**
 * Where a backward content starts when a headline closed by its own cue ("…, Ukraine says⏎") runs into the sentence:
 * after that line; otherwise at `from`.
 */
function afterClosingCueLine(view: View, from: number, to: number): number {
  let start = from;
  for (let w = from + 1; w < to; w++) {
    const closing = view.paragraphOf[w] !== view.paragraphOf[w - 1] && pos(view, w - 1) === "VERB";
    if (closing && cueLexicon().verbEntries.has(lemmaOf(view, w - 1) as string)) start = w;
  }
  return start;
}

/**
 * "Air defence destroys 28 of 31 drones, Ukraine says⏎Russia launched …": a cue that ends its line (a headline the
 * tagger ran into the story) says the words before its source on that line, not the next line's.
 */
function lineClosingCue(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (cue.to >= s.to || view.paragraphOf[cue.to] === view.paragraphOf[cue.to - 1]) return null;
  const start = lineStart(view, s, cue.from);
  const np = phraseBefore(view, cue.from, start);
  const comma = np ? np.from - 1 : -1;
  if (!np || comma <= start || view.low[comma] !== ",") return null;
  return {
    shape: "postposed",
    source: np,
    via: [],
    times: [],
    from: start,
    to: comma,
    clauseStart: comma,
    scope: null,
  };
}

/** Particles of a phrasal verb of issuing ("sent out", "put up"). */
const ISSUING_PARTICLES = new Set(["out", "up", "off"]);

/** "all issued statements" read as one phrase: the object starts after the verb of issuing inside it. */
function issuedObject(view: View, host: Phrase): Phrase {
  for (let k = host.head - 1; k >= host.from; k--)
    if (pos(view, k) === "VERB" && cueLexicon().issuing.has(lemmaOf(view, k) as string))
      return { ...host, from: k + 1 };
  return host;
}

/**
 * "The council approved a resolution condemning …", "The senator emailed supporters saying …": when the phrase before
 * a participle is the object of a verb of issuing, the participle is the issuer's, the verb's subject.
 */
function issuerOf(view: View, s: SentenceRange, object: Phrase): Phrase | null {
  let v = object.from - 1;
  while (v > s.from && (ISSUING_PARTICLES.has(view.low[v] as string) || pos(view, v) === "ADV")) v--;
  if (v <= s.from || pos(view, v) !== "VERB" || !cueLexicon().issuing.has(lemmaOf(view, v) as string)) return null;
  // "after issuing a statement saying …": a gerund of its own has no subject before it.
  if ((view.low[v] as string).endsWith("ing") && pos(view, v - 1) !== "AUX") return null;
  let end = v;
  while (end - 1 >= s.from && between(view, end - 1)) end--;
  return phraseBefore(view, end, s.from);
}

/**
 * "said that when Ward railed against the banks, “she spoke for us”": a clause opening right after "that" is
 * fronted inside the reported clause, so the cue before goes on past it (no contrast of its own).
 */
function frontedInThatClause(view: View, b: number): boolean {
  const before = view.low[b - 1] === "," ? b - 2 : b - 1;
  return view.low[before] === "that" && pos(view, before) === "SCONJ";
}

const CHANNEL_LINKS = new Set(["in", "on", "via", "during", "through"]);
const CHANNEL_OPENERS = new Set(["a", "an", "its", "his", "her", "their", "our", "separate", "joint"]);

/**
 * "the armed groups in a statement denied …": how the source spoke is no part of it. Only "a …" or an owner's
 * ("in its statement"); "the man in the video said" is described by the video.
 */
function withoutChannel(view: View, np: Phrase): Phrase {
  const link = np.to - 3 >= np.from ? np.to - 3 : np.to - 2;
  for (let w = Math.max(np.from + 1, link); w < np.to - 1; w++) {
    if (!CHANNEL_LINKS.has(view.low[w] as string) || !CHANNEL_OPENERS.has(view.low[w + 1] as string)) continue;
    if (!cueLexicon().adjuncts.has(view.low[np.to - 1] as string)) return np;
    const from = np.from;
    return { from, to: w, head: np.head < w ? np.head : w - 1 };
  }
  return np;
}

/**
 * "… released footage at a briefing intended to show …": a past participle right after a noun, with "to" or "by"
 * after it, in a sentence whose own verb came before, describes the noun (a briefing that was intended); the noun
 * does not speak.
 */
function reducedPassive(view: View, s: SentenceRange, cue: Cue): boolean {
  const word = view.low[cue.from] as string;
  const l = cue.from - 1;
  if (cue.to - cue.from !== 1 || !/ed$/.test(word)) return false;
  // "the South China Sea claimed by both nations": after a name only "by" tells the participle from a past tense.
  const after = view.low[cue.to];
  const noun = pos(view, l) === "NOUN" && (after === "to" || after === "by");
  if (!noun && !(pos(view, l) === "PROPN" && after === "by")) return false;
  for (let w = s.from; w < l; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const p = pos(view, w);
    const low = view.low[w] as string;
    if ((p === "VERB" || p === "AUX") && !low.endsWith("ing") && view.low[w - 1] !== "to" && pos(view, w - 1) !== "DET")
      return true;
  }
  return false;
}

/**
 * "In a Facebook message posted Friday, Cruz said …", "In a statement released by the campaign, …": a participle
 * after the noun of a phrase that opens the sentence with a preposition, closed by a comma, describes the noun.
 */
function frontedParticiple(view: View, s: SentenceRange, cue: Cue): boolean {
  const word = view.low[cue.from] as string;
  if (cue.to - cue.from !== 1 || (!/(?:ed|en)$/.test(word) && !IRREGULAR_PARTICIPLES.has(word))) return false;
  const l = cue.from - 1;
  if (pos(view, l) !== "NOUN" && pos(view, l) !== "PROPN") return false;
  const np = phraseBefore(view, l + 1, s.from);
  const prep = np ? np.from - 1 : -1;
  if (prep < s.from || pos(view, prep) !== "ADP" || (prep !== s.from && view.low[prep - 1] !== ",")) return false;
  // "As Politico reported, …": "as" opens a clause with its own verb.
  if (CLAUSAL_PREPS.has(view.low[prep] as string)) return false;
  let r = cue.to;
  while (r < s.to && (view.timeOf[r] !== -1 || pos(view, r) === "ADV")) r++;
  if (view.low[r] === "by") {
    r = phraseAfter(view, r + 1, s.to)?.to ?? r;
    while (r < s.to && view.timeOf[r] !== -1) r++;
  }
  return view.low[r] === ",";
}

/** A participle right after its noun with "as" or "by" next: "known as FENA", "published by the UN". */
function participleBeforeAsOrBy(view: View, b: number): boolean {
  const low = view.low[b] as string;
  if (!/(?:ed|en|wn)$/.test(low) && !IRREGULAR_PARTICIPLES.has(low)) return false;
  if (pos(view, b - 1) !== "NOUN" && pos(view, b - 1) !== "PROPN") return false;
  const next = view.low[b + 1];
  return next === "as" || next === "by";
}

const CLAUSAL_PREPS = new Set(["as", "like", "than", "because", "since", "while", "after", "before", "until", "once"]);

const OWNERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Words before an -ing subject that make it a noun: "Exit polling showed …", "the paper's reporting found …". */
const GERUND_NOUN_LEADS = new Set(["DET", "ADJ", "PROPN", "NOUN", "PART"]);

/**
 * "Exit polling showed that …", "Recent polling shows …", "USA Today's reporting indicated …": an -ing word the
 * tagger read as a verb heads the subject when it opens the sentence or follows a determiner, an adjective, a
 * name or a possessive. Not "Critics opposing the plan said …" (a noun before a participle with its object).
 */
function gerundSubject(view: View, s: SentenceRange, l: number): Phrase | null {
  if (l < s.from || pos(view, l) !== "VERB" || !(view.low[l] as string).endsWith("ing")) return null;
  // The cue must be a finite verb with an ending ("shows", "found"): "Running counter to …" has none.
  if (view.low[l + 1] === lemmaOf(view, l + 1)) return null;
  if (l === s.from) return { from: l, to: l + 1, head: l };
  const before = pos(view, l - 1);
  if (!GERUND_NOUN_LEADS.has(before) && !(before === "PRON" && OWNERS.has(view.low[l - 1] as string))) return null;
  const lead = phraseBefore(view, l, s.from);
  if (!lead) return null;
  const opener = pos(view, lead.from - 1);
  if (lead.from > s.from && !breaksAt(view, lead.from - 1) && opener !== "CCONJ" && opener !== "SCONJ") return null;
  return { from: lead.from, to: l + 1, head: l };
}

/**
 * "She urged the allies to act, proposed that more troops stay, and pushed to arm the rebels": a finite cue verb
 * after a comma, when the stretch before the comma holds a finite verb too, is one more predicate of the same
 * subject (the source of the cue before, else the sentence's subject).
 */
function listedVerb(view: View, s: SentenceRange, cue: Cue): Found | null {
  const times: number[] = [];
  let l = cue.from - 1;
  while (l >= s.from && between(view, l)) {
    if (view.timeOf[l] !== -1) times.push(l);
    l--;
  }
  const word = view.low[cue.from] as string;
  if (view.low[l] !== "," || word.endsWith("ing") || word === lemmaOf(view, cue.from)) return null;
  // "…, said Rita Katz, the director …": a speaker after the verb.
  const after = phraseAfter(view, cue.to, s.to);
  const person = after && (pos(view, after.head) === "PROPN" || isPersonalPronoun(view, after.head));
  if (person && (after.to >= s.to - 1 || view.low[after.to] === ",")) return null;
  // The stretch before the comma has a finite verb with words after it: "Rather, he said, continued struggles …"
  // has the cue of an aside there instead.
  let finite = -1;
  for (let b = l - 1; b >= s.from && view.low[b] !== "," && view.low[b] !== ";"; b--) {
    const low = view.low[b] as string;
    // "the agency known as FENA", "a report published by the UN": a participle after its noun, no predicate.
    if (participleBeforeAsOrBy(view, b)) continue;
    if (pos(view, b) === "VERB" && !low.endsWith("ing") && view.low[b - 1] !== "to" && low !== lemmaOf(view, b))
      finite = Math.max(finite, b);
  }
  if (finite < 0 || finite === l - 1) return null;
  const found = inherited(view, s, cue, "coordinated", times);
  return found && { ...found, clauseStart: l };
}

/**
 * Prepositions whose gerund is done by the subject of the clause ("by saying", "after adding", "in calling");
 * not "for", "of", "from" ("criticized him for saying", "accused her of lying": the object speaks).
 */
export const GERUND_LEADS: ReadonlySet<string> = new Set([
  "by",
  "after",
  "before",
  "while",
  "when",
  "in",
  "without",
  "despite",
  "upon",
  "on",
  "since",
]);

/** Does the word at `l` lead a gerund of the subject's: one of GERUND_LEADS, "instead of", "as well as"? */
function gerundLead(view: View, s: SentenceRange, l: number): boolean {
  if (l < s.from || pos(view, l) === "VERB" || view.quotes.inside[l] !== -1) return false;
  const low = view.low[l] as string;
  if (GERUND_LEADS.has(low)) return true;
  if (low === "of") return view.low[l - 1] === "instead";
  // "aside from saying …", "apart from noting …": the subject's own words besides.
  if (low === "from") return view.low[l - 1] === "aside" || view.low[l - 1] === "apart";
  return low === "as" && view.low[l - 1] === "well" && view.low[l - 2] === "as";
}

/** Only conjunctions and adverbs stand before `l` in its sentence. */
function opensSentence(view: View, s: SentenceRange, l: number): boolean {
  for (let w = s.from; w < l; w++) if (pos(view, w) !== "CCONJ" && pos(view, w) !== "ADV") return false;
  return true;
}

/**
 * "After thanking the crowd, he touted …", "In rejecting the challenge, the commission said …": the gerund's
 * content runs to the comma that ends the opening phrase, and its source is the subject after that comma.
 */
function openingGerund(view: View, s: SentenceRange, cue: Cue, times: number[]): Found | null {
  let comma = cue.to;
  while (comma < s.to && !phraseComma(view, comma)) comma++;
  // 'After saying it was “a mess,” she left': the comma inside the closing quotation mark ends the phrase.
  const after = closesQuote(view, comma + 1) ? comma + 2 : comma + 1;
  if (after >= s.to) return null;
  const source = sentenceSubject(view, { ...s, from: after }, s.to);
  if (!source || source.from !== after) return null;
  const found = forwardFound(view, s, cue, source, null, [], times, null);
  if (!found || found.from >= comma) return null;
  return { ...found, to: after };
}

/** A comma outside quotation marks, or one right inside a closing mark ('“a mess,”'). */
function phraseComma(view: View, w: number): boolean {
  return view.low[w] === "," && (view.quotes.inside[w] === -1 || closesQuote(view, w + 1));
}

/**
 * "Mr. Sanders, after initially saying he would not advertise, took to the airwaves": a gerund phrase set off by
 * commas right after the sentence's subject is that subject's; its content runs to the comma after which the main
 * clause's verb comes back.
 */
function insertedGerund(view: View, s: SentenceRange, cue: Cue, l: number, times: number[]): Found | null {
  if (view.low[l - 1] !== ",") return null;
  const subject = phraseBefore(view, l - 1, s.from);
  if (!subject || subject.to !== l - 1 || !opensSentence(view, s, subject.from)) return null;
  let comma = cue.to;
  while (comma < s.to && (view.low[comma] !== "," || view.quotes.inside[comma] !== -1)) comma++;
  let verb = comma + 1;
  while (verb < s.to && pos(view, verb) === "ADV") verb++;
  if (verb >= s.to || (pos(view, verb) !== "VERB" && pos(view, verb) !== "AUX")) return null;
  const found = forwardFound(view, s, cue, subject, null, [], times, null);
  if (!found || found.from >= comma) return null;
  return { ...found, to: comma };
}

/**
 * "X, the head of a union, which endorsed Y in May, said …": a relative clause set off by commas ends at the
 * comma after which the main clause's verb comes back.
 */
function relativeClauseEnd(view: View, from: number, to: number): number {
  for (let w = from + 1; w < to - 1; w++) {
    if (view.low[w] !== "," || view.quotes.inside[w] !== -1) continue;
    let v = w + 1;
    while (v < to && pos(view, v) === "ADV") v++;
    const p = pos(view, v);
    if (p === "AUX" || (p === "VERB" && !(view.low[v] as string).endsWith("ing"))) return w;
  }
  return to;
}

/**
 * "a woman asked for a photo and Clinton said …": a phrase joined by "and" after a verb or a preposition is
 * that one's object and a new subject; only the part after the conjunction speaks.
 */
function afterObject(view: View, s: SentenceRange, np: Phrase): Phrase {
  const before = np.from - 1;
  // "denied funding the militia and …": a gerund the tagger read as a noun, after its verb.
  const gerund = before > s.from && (view.low[before] as string).endsWith("ing") && pos(view, before - 1) === "VERB";
  if (before < s.from || (pos(view, before) !== "ADP" && pos(view, before) !== "VERB" && !gerund)) return np;
  // "denied supporting M23 and the armed group maintains …": a verb's object, then a new subject with its own
  // determiner; not "rebels fighting the army and militias say", whose participle belongs to the subject.
  const ownVerb =
    gerund ||
    (pos(view, before) === "VERB" &&
      !((view.low[before] as string).endsWith("ing") && NOUNISH.has(pos(view, before - 1))));
  for (let w = np.to - 2; w > np.from; w--) {
    if (pos(view, w) !== "CCONJ") continue;
    // A thing, then a name or a pronoun: no pair that speaks together ("a photo and Clinton").
    const mixed = pos(view, w - 1) === "NOUN" && (pos(view, w + 1) === "PROPN" || isPersonalPronoun(view, w + 1));
    const newSubject = ownVerb && NEW_SUBJECT_OPENERS.has(pos(view, w + 1)) && view.low[w] === "and";
    return (mixed || newSubject) && np.head > w ? { ...np, from: w + 1 } : np;
  }
  return np;
}

/** What opens a phrase of its own after "and": a determiner, an owner, a name. */
const NEW_SUBJECT_OPENERS = new Set(["DET", "PROPN", "PRON"]);

const SUBJECT_OPENERS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"]);
const RELATIVE_WORDS = new Set(["who", "that", "which", "whose"]);

/**
 * "A study that appeared in the journal found …", "Observers in Ohio and around the country say …": the phrase
 * right before the cue ends a longer subject that opens the sentence. With a preposition before the phrase and
 * nothing but prepositions, participles and relative clauses back to the sentence start, the subject is it all.
 */
/** "Earlier Wednesday, a source briefed on …": past a fronted phrase with no verb and its comma, or `from` itself. */
function frontedEnd(view: View, from: number, limit: number): number {
  for (let w = from; w < limit; w++) {
    if (view.low[w] === ",") return w > from ? w + 1 : from;
    const p = pos(view, w);
    if (p === "VERB" || p === "AUX" || view.quotes.inside[w] !== -1) return from;
  }
  return from;
}

function wholeSubject(view: View, s: SentenceRange, np: Phrase): Phrase {
  const listed = listSubject(view, s, np);
  if (listed) return listed;
  const placed = placeAfterComma(view, s, np);
  if (placed) return placed;
  const described = relativeHostOf(view, s, np);
  if (described) return described;
  // "M23 rebels fighting government forces claim …": an -ing participle after the subject's noun takes the
  // phrase after it into the subject.
  const ing = np.from - 1;
  if (pos(view, ing) === "VERB" && (view.low[ing] as string).endsWith("ing") && NOUNISH.has(pos(view, ing - 1))) {
    const host = phraseBefore(view, ing, s.from);
    if (host && host.to === ing && host.from === frontedEnd(view, s.from, host.from))
      return { from: host.from, to: np.to, head: host.head };
  }
  if (pos(view, np.from - 1) !== "ADP") return np;
  // "… issued the statement hours after Ukraine claimed …": a conjunction opens the cue's own clause.
  if (CLAUSE_OPENERS.has(view.low[np.from - 1] as string)) return np;
  let start = frontedEnd(view, s.from, np.from);
  while (start < np.from && (pos(view, start) === "CCONJ" || pos(view, start) === "ADV")) start++;
  if (start >= np.from || !SUBJECT_OPENERS.has(pos(view, start)) || view.timeOf[start] !== -1) return np;
  const first = phraseAfter(view, start, np.from);
  if (!first || first.from !== start || isPersonalPronoun(view, start)) return np;
  let relative = false;
  for (let w = first.to; w < np.from; w++) {
    const low = view.low[w] as string;
    const p = pos(view, w);
    if (p === "PUNCT" || view.quotes.openAt.has(w) || view.quotes.inside[w] !== view.quotes.inside[np.from]) return np;
    if (RELATIVE_WORDS.has(low)) relative = true;
    if ((p === "VERB" || p === "AUX") && !relative && !/(?:ed|en|ing)$/.test(low)) return np;
  }
  return { from: start, to: np.to, head: first.head };
}

/**
 * "Officials who visited the site said …": the phrase before the cue is the object of a "who" clause; the subject is
 * the phrase "who" describes, with its clause.
 */
function relativeHostOf(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  let v = np.from - 1;
  while (v > s.from && pos(view, v) === "ADV") v--;
  if (pos(view, v) !== "VERB" || view.low[v - 1] !== "who") return null;
  const host = phraseBefore(view, v - 1, s.from);
  return host ? { from: host.from, to: np.to, head: host.head } : null;
}

/** How many words one item of a listed subject may have ("Sen. Rand Paul (Ky.)"). */
const LIST_ITEM_WORDS = 6;

/**
 * "Ann Roe, Bo Li, and other Democrats want …", "Ann Roe, Bo Li, Cy Day and Di Eze applaud …": a list of names or
 * short phrases that opens the sentence is the subject, not only its last items. The list must be joined by "and"
 * or "or" at its end and every earlier item set off by a comma.
 */
function listSubject(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  let b = np.from - 1;
  let joined = false;
  for (let w = np.from; w < np.to; w++) if (view.low[w] === "and" || view.low[w] === "or") joined = true;
  if (view.low[b] === "and" || view.low[b] === "or") {
    joined = true;
    b--;
  }
  // ("Early in the campaign, he and others said": a fronted phrase, no item.)
  if (!joined || view.low[b] !== "," || isPersonalPronoun(view, np.from)) return null;
  let start = np.from;
  while (view.low[b] === ",") {
    const item = phraseBefore(view, b, s.from);
    if (!item || item.to !== b || item.to - item.from > LIST_ITEM_WORDS) return null;
    for (let w = item.from; w < item.to; w++) if (pos(view, w) === "ADP" || pos(view, w) === "ADV") return null;
    start = item.from;
    b = item.from - 1;
  }
  let lead = s.from;
  while (lead < start && (pos(view, lead) === "CCONJ" || pos(view, lead) === "ADV")) lead++;
  return start === lead && start < np.from ? { from: start, to: np.to, head: np.head } : null;
}

/** Prepositions of where someone is: "a source at the barracks", "a spokesman in Salem". */
const LOCATIVES = new Set(["in", "at", "near", "outside", "from"]);
const NOUNISH = new Set(["NOUN", "PROPN"]);

/**
 * "A source at the 14 Brigade, Ohafia said …", "A spokesman in Salem, Oregon said …": a name after a comma that
 * ends a place phrase is where the place is, and the subject is all of it; the name alone says nothing.
 */
function placeAfterComma(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  const comma = np.from - 1;
  if (view.low[comma] !== "," || np.to - np.from > 3) return null;
  for (let w = np.from; w < np.to; w++) if (pos(view, w) !== "PROPN") return null;
  const place = phraseBefore(view, comma, s.from);
  if (!place) return null;
  // The subject opens the sentence: "In a speech in Toledo, Clinton says …" has a subject of its own.
  const opens = (p: Phrase) => p.from === s.from && pos(view, p.from) !== "ADP";
  if (LOCATIVES.has(view.low[place.from - 1] as string)) {
    const whole = wholeSubject(view, s, place);
    // "Hillary Clinton marched in the parade, CNN reported": a verb before the place makes it a clause's.
    for (let w = whole.from; w < place.from; w++) if (pos(view, w) === "VERB" || pos(view, w) === "AUX") return null;
    return whole.from < place.from && opens(whole) ? { ...whole, to: np.to } : null;
  }
  // The place phrase read as part of the subject already ("A spokesman in Salem").
  if (!opens(place)) return null;
  // "Ann Lee of Columbia, South Carolina says …": "of" a town, then its state.
  const region = regionAfterTown(view, np.from, np.to);
  for (let w = place.head + 1; w < comma; w++) {
    const low = view.low[w] as string;
    if ((LOCATIVES.has(low) || (low === "of" && region)) && pos(view, w) === "ADP") return { ...place, to: np.to };
  }
  return null;
}

/** Words for a share of a group: "most of them", "some of us", "two of them". */
const SHARES = new Set([
  "most",
  "many",
  "some",
  "all",
  "none",
  "both",
  "each",
  "half",
  "several",
  "few",
  "one",
  "any",
  "others",
]);

/**
 * "Most said …", "Some argue …", "Many have said …": a share standing alone as the subject, at the start of its
 * clause (the tagger calls it an adverb, a determiner or an adjective). `l` is the last word before the cue
 * that is no adverb or auxiliary.
 */
function bareShare(view: View, s: SentenceRange, l: number): Phrase | null {
  const w = l >= s.from && SHARES.has(view.low[l] as string) ? l : SHARES.has(view.low[l + 1] as string) ? l + 1 : -1;
  if (w < s.from) return null;
  const before = w - 1;
  const opens = before < s.from || breaksAt(view, before) || pos(view, before) === "CCONJ" || view.low[before] === ";";
  return opens ? { from: w, to: w + 1, head: w } : null;
}

/** "Most of them said …": an object pronoun after "of" and a share is the group the share speaks for. */
function shareOf(view: View, s: SentenceRange, np: Phrase): Phrase | null {
  const of = np.from - 1;
  const share = of - 1;
  if (share < s.from || view.low[of] !== "of") return null;
  if (!SHARES.has(view.low[share] as string) && pos(view, share) !== "NUM") return null;
  return { from: share, to: np.to, head: share };
}

/** "a letter to the union, which said …": the relative clause describes the recipient, the phrase after "to". */
function recipient(view: View, host: Phrase): Phrase {
  for (let w = host.to - 2; w > host.from; w--) {
    if (view.low[w] === "to" && pos(view, w) === "ADP") return { from: w + 1, to: host.to, head: host.to - 1 };
  }
  return host;
}

const OBJECT_PRONOUNS = new Set(["him", "them", "me", "us", "whom"]);

/** The phrase a relative clause before `w` hangs on ("groups" of "groups that have endorsed him"), or null. */
function relativeHost(view: View, s: SentenceRange, w: number): Phrase | null {
  for (let b = w - 1; b > s.from; b--) {
    if (view.low[b] === "," || view.low[b] === ";") return null;
    if (RELATIVE_PRONOUNS.has(view.low[b] as string)) return phraseBefore(view, b, s.from);
  }
  return null;
}

/**
 * "what it calls an unfair freeze", "what she described as a reckless budget": the name the source gives
 * to something, after a naming cue whose object is "what". The content is the name, up to the clause's end.
 */
function namedAs(
  view: View,
  s: SentenceRange,
  b: number,
  cue: Cue,
  np: Phrase,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  const predicative = cue.kind.predicative;
  // "what it calls …", and the relative "a plan, which she called “a disgrace,” …".
  const relative = NAMED_RELATIVES.has(view.low[b] as string) && relativeHostBefore(view, b);
  let from = cue.to;
  if (predicative === "as") {
    if (view.low[from] !== "as") return null;
    from++;
  }
  // "in videos he calls “Consumer TV”": a relative clause with no relative word, a quoted name right after the cue.
  // Its subject has no article: "a short film called “Familias”" is the film's name.
  const contact =
    (pos(view, b) === "NOUN" || view.low[b] === "one") && pos(view, np.from) !== "DET" && quotedNameAt(view, from);
  if (!predicative || (view.low[b] !== "what" && !relative && !contact)) return null;
  let to = from;
  while (to < s.to) {
    const low = view.low[to] as string;
    const quoted = view.quotes.inside[to] !== -1 && view.quotes.inside[to] === view.quotes.inside[from + 1];
    if (!quoted && (breaksAt(view, to) || low === ";" || SENTENCE_ENDS.has(low))) break;
    if (closesQuote(view, to)) {
      to++;
      // The second half of a mark written as two apostrophes ('' … '').
      if (closesQuote(view, to)) to++;
      break;
    }
    to++;
  }
  // "what they called him": a pronoun is no name given.
  if (to <= from || isPersonalPronoun(view, from)) return null;
  // 'which he called a “disaster”', "that critics called anti-rural": after a relative, a quoted noun or a bare
  // adjective is a name given too (a free relative's "what" keeps to a phrase or a quotation).
  const given = view.low[b] !== "what" && (quotedNameAt(view, from) || pos(view, from) === "ADJ");
  if (!phraseAfter(view, from, s.to) && !view.quotes.openAt.has(from) && !given) return null;
  return { shape: "forward", source: np, via: [], times, from, to, clauseStart: null, scope };
}

/** Relative words whose clause may give the name: "a plan which she called …", "Bannon, who Beck called …". */
const NAMED_RELATIVES = new Set(["which", "that", "who", "whom"]);

/** A quotation at `w`, or after its article or adjective ('“Consumer TV”', 'a “disaster”'). */
function quotedNameAt(view: View, w: number): boolean {
  const lead = pos(view, w) === "DET" || pos(view, w) === "ADJ";
  return view.quotes.openAt.has(w) || (lead && view.quotes.openAt.has(w + 1));
}

/** Does a relative word at `b` follow the noun it describes, or the comma after it? */
function relativeHostBefore(view: View, b: number): boolean {
  const p = pos(view, b - 1);
  // "…, one which X calls …": a pronoun "one" may head the phrase too.
  return p === "NOUN" || p === "PROPN" || view.low[b - 1] === "," || view.low[b - 1] === "one";
}

/** Relative words whose clause may hold a cue with a gap where its subject was ("which X said was P"). */
const GAP_RELATIVES = new Set(["which", "that", "who"]);

/**
 * "the plan, which an internal review said was flawed, …": the relative word at `b` is the subject of what
 * the cue reports, so the content is the verb phrase right after the cue, up to the end of the relative
 * clause (a comma, a dash or the sentence's end). Null when the cue is not followed by a verb.
 */
function relativeGap(view: View, s: SentenceRange, b: number, cue: Cue): { from: number; to: number } | null {
  if (!GAP_RELATIVES.has(view.low[b] as string) || b === s.from) return null;
  // "said that which …" is no relative clause; a relative follows the noun it describes (or its comma).
  const host = pos(view, b - 1);
  if (host !== "NOUN" && host !== "PROPN" && view.low[b - 1] !== "," && !closesQuote(view, b - 1)) return null;
  let from = cue.to;
  while (from < s.to && pos(view, from) === "ADV") from++;
  const p = pos(view, from);
  if (p !== "AUX" && p !== "VERB") return null;
  // "which she said she wanted": a subject after the cue means an object gap, handled as a forward clause.
  if ((view.low[from] as string).endsWith("ing")) return null;
  let to = from + 1;
  while (to < s.to) {
    const low = view.low[to] as string;
    // "Chaklun-V", "Su-35": a hyphen glued on both sides joins a word (breaksAt); a dash between words ends the clause.
    if (breaksAt(view, to) || low === ";" || SENTENCE_ENDS.has(low) || closesQuote(view, to)) break;
    to++;
  }
  return { from, to };
}

/**
 * "an assault that officials blamed on jihadists", "the attack which the army attributed to rebels": the relative
 * word at `b` is the object of a cue that takes one, with a preposition after the cue. The content runs from the
 * host's phrase through the preposition's phrase, up to the end of the relative clause. Null otherwise.
 */
function objectGap(view: View, s: SentenceRange, b: number, cue: Cue): { from: number; to: number } | null {
  if (!cue.kind.object || (view.low[b] !== "that" && view.low[b] !== "which") || b === s.from) return null;
  if (pos(view, b - 1) !== "NOUN" || pos(view, cue.to) !== "ADP" || view.low[cue.to] === "that") return null;
  // The host's own words only: "a deadly assault" of "set on fire in a deadly assault".
  let from = b;
  while (from > s.from && HOST_WORDS.has(pos(view, from - 1))) from--;
  if (from === b) return null;
  let to = cue.to + 1;
  while (to < s.to && !breaksAt(view, to) && view.low[to] !== "," && view.low[to] !== ";") {
    if (SENTENCE_ENDS.has(view.low[to] as string) || closesQuote(view, to)) break;
    to++;
  }
  return to > cue.to + 1 ? { from, to } : null;
}

const HOST_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** Words that open an indirect question after "asked". */
const ASKED_QUESTIONS = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which"]);
/** Prepositions after "asked" that say who asked, where or when, before the question. */
const ASKED_ADJUNCTS = new Set(["by", "on", "in", "at", "during"]);
/** Words that may lead a sentence-opening "asked" ("When asked whether …, X said"). */
const ASKED_LEADS = new Set(["when", "after", "once", "and", "but", "if"]);

/**
 * "Asked (by reporters) whether P, X said …" and "X was asked if P": a question put to someone, whose asker
 * is the "by" phrase or nobody named. The content is the question, up to the comma after it for the opener.
 */
function readAskedQuestion(view: View, s: SentenceRange, cue: Cue): Found | null {
  const word = view.low[cue.from] as string;
  if (!word.endsWith("ed")) return null;
  let b = cue.from - 1;
  while (b >= s.from && pos(view, b) === "ADV") b--;
  const opener = b < s.from || (b === s.from && ASKED_LEADS.has(view.low[b] as string));
  // "…, she said when asked whether …": a "when" clause later in the sentence puts the question too.
  const later = !opener && cue.from - 1 > s.from && view.low[cue.from - 1] === "when";
  const passive = !opener && !later && b >= s.from && BE_FORMS.has(view.low[b] as string);
  if (!opener && !later && !passive) return null;
  let q = cue.to;
  const times: number[] = [];
  let source: Phrase | null = null;
  for (let guard = 0; guard < 4 && q < s.to; guard++) {
    // "why" and "how" are adverbs too, but open the question.
    if (ASKED_QUESTIONS.has(view.low[q] as string)) break;
    if (view.timeOf[q] !== -1 || pos(view, q) === "ADV") {
      if (view.timeOf[q] !== -1) times.push(q);
      q++;
      continue;
    }
    const low = view.low[q] as string;
    // "asked by reporters", "asked on Fox News", "asked during a debate": who asked, and where.
    if (pos(view, q) === "ADP" && ASKED_ADJUNCTS.has(low)) {
      const np = phraseAfter(view, q + 1, s.to);
      if (!np) break;
      if (low === "by" && !source) source = np;
      q = np.to;
      continue;
    }
    break;
  }
  if (!ASKED_QUESTIONS.has(view.low[q] as string) || q + 1 >= s.to) return null;
  let to = s.to;
  if (opener || later) {
    to = q + 1;
    while (to < s.to && view.low[to] !== "," && !closesQuote(view, to)) to++;
    if (closesQuote(view, to) && view.low[to + 1] === ",") to++;
    // No comma: not an opener of a longer sentence ("Asked what he wants" as a headline).
    if (to >= s.to && opener) return null;
  }
  return { shape: "passive", source, via: [], times, from: q, to, clauseStart: null, scope: null };
}

/** With the source phrase found before the cue, tells a forward attribution from one that follows its content. */
function decide(
  view: View,
  s: SentenceRange,
  cue: Cue,
  np: Phrase,
  via: Phrase[],
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  const b = np.from - 1;
  if (b < s.from)
    return forwardFound(view, s, cue, np, null, via, times, scope) ?? afterQuote(view, s, cue, np, times, scope);
  const bl = view.low[b] as string;
  const named = namedAs(view, s, b, cue, np, times, scope);
  if (named) return named;
  const gap = relativeGap(view, s, b, cue);
  if (gap) {
    // "which officials said killed 12 people": the gap leaves a bare verb phrase, no clause of its own to check.
    const found = forwardFound(view, s, cue, np, null, via, times, scope);
    const bare: Found = { shape: "forward", source: np, via, times, from: 0, to: 0, clauseStart: null, scope };
    return { ...(found ?? bare), from: gap.from, to: gap.to };
  }
  // "a deadly assault that officials blamed on jihadists": what the cue is about is the host; it and the cue's
  // phrase after it are the content.
  const objectGapped = objectGap(view, s, b, cue);
  if (objectGapped) return { shape: "forward", source: np, via, times, ...objectGapped, clauseStart: null, scope };
  const asSaid = asClause(view, s, cue, np, b, via, times, scope);
  if (asSaid) return asSaid;
  if (opensClause(view, b)) {
    const cut = bl === "that" || frontedInThatClause(view, b) ? null : view.low[b - 1] === "," ? b - 1 : b;
    return forwardFound(
      view,
      s,
      cue,
      np,
      // "said they took the city while Kinshasa claimed …": a contrast ends the content before; other subordinate
      // clauses ("because officials said …") may be part of it.
      pos(view, b) === "SCONJ" && bl !== "as" && !CONTRASTING.has(bl) && cut === b ? null : cut,
      via,
      times,
      scope,
    );
  }
  // 'Sunday on Fox News channel's “Sunday Morning Futures,” Issa said Clinton's …': a show's title before the
  // source is part of the occasion; the content follows the cue.
  const title = closingTitle(view, b);
  if (title) {
    const ahead = forwardFound(view, s, cue, np, null, via, times, scope);
    if (ahead) return ahead;
  }
  if (breaksAt(view, b) || closesQuote(view, b) || bl === ":") {
    const tail = adjunctTail(view, s, cue.to, cue);
    // A headline run into the story without a full stop: the content stays on the source's line.
    const content = afterClosingCueLine(view, backwardStart(view, s, np.from), np.from);
    const to = closesQuote(view, b) ? b + 1 : b;
    // After a closing quotation mark the quote is the content, whatever follows the cue.
    const quoted = closesQuote(view, b) || (bl === "," && closesQuote(view, b - 1));
    // 'Citing “obligations in Tennessee,” the spokeswoman told POLITICO that …': a quotation some word of the
    // sentence takes as its object is no fronted statement; the content follows the cue.
    if (quoted && quoteTakenBefore(view, s, closesQuote(view, b) ? b : b - 1)) {
      const ahead = forwardFound(view, s, cue, np, null, via, times, scope);
      if (ahead) return ahead;
    }
    // "People like Scott, he said.": a verbless fragment is what a speaker said when nothing else is in the sentence.
    const closes = cue.to === s.to || (cue.to === s.to - 1 && SENTENCE_ENDS.has(view.low[cue.to] as string));
    const opener = pos(view, content);
    const fragment =
      closes &&
      cue.kind.name === "say" &&
      (opener === "NOUN" || opener === "PROPN" || opener === "DET") &&
      shortSpeaker(view, np);
    // "…, less than 10% of the number of deaths originally reported in the attack": a count is no speaker; the
    // participle describes it.
    if (COUNTED_HEADS.has(view.low[np.to - 1] as string)) return null;
    const postposed: Found = {
      shape: "postposed",
      source: np,
      via: [...via, ...tail.via],
      times: [...times, ...tail.times],
      from: content,
      to,
      clauseStart: b,
      scope,
    };
    // 'After X said that P, Trump said: “…”': a colon after the cue opens what it says. 'the “Avatar” star posted':
    // a quoted title after a determiner is part of the subject's phrase.
    if (quoted && (colonAhead(view, s, cue.to) || titleInPhrase(view, b))) {
      const ahead = forwardFound(view, s, cue, np, b, via, times, scope);
      if (ahead) return ahead;
    }
    if ((tail.ends || quoted) && to > content && (statesSomething(view, content, to) || fragment)) return postposed;
    // 'Asked what he wants, Adelson said, “They …”': the quotation after the comma is the content.
    if (tail.comma !== null && view.quotes.openAt.has(tail.comma + 1))
      return forwardFound(view, s, cue, np, b, via, times, scope);
    if (tail.comma !== null && to > content) {
      // "A strike killed one person, the ministry said, in the latest violation of the truce": a whole clause
      // before the cue and no clause after it; what follows is the writer's, not the rest of what was said.
      const after = tail.comma + 1;
      if (isClause(view, content, to) && writersContext(view, after, s.to)) return postposed;
      return { shape: "parenthetical", source: np, via, times, from: content, to: s.to, clauseStart: null, scope };
    }
    return forwardFound(view, s, cue, np, b, via, times, scope);
  }
  return forwardFound(view, s, cue, np, null, via, times, scope);
}

/** A quoted title closing at `b` right after a determiner or an owner: 'the “Avatar” star', 'Fox's “Hannity” host'. */
function titleInPhrase(view: View, b: number): boolean {
  if (!closesQuote(view, b)) return false;
  const pair = view.quotes.pairs[view.quotes.closeAt.get(b) as number];
  if (!pair || !isTitle(view, pair)) return false;
  const before = pair.open - (pair.doubled ? 2 : 1);
  const low = view.low[before] ?? "";
  return pos(view, before) === "DET" || low === "'s";
}

/** How many words after a cue a colon may come and still open its content ("said on Monday night: …"). */
const COLON_REACH = 8;

/** A colon after `from` in the sentence before any other punctuation, within a few words. */
function colonAhead(view: View, s: SentenceRange, from: number): boolean {
  for (let w = from; w < Math.min(s.to, from + COLON_REACH); w++) {
    if (view.low[w] === ":") return true;
    if (pos(view, w) === "PUNCT") return false;
  }
  return false;
}

/** Does an opening participle take the quotation that closes at `close` as its object ('Citing “…,”')? */
function quoteTakenBefore(view: View, s: SentenceRange, close: number): boolean {
  const pair = view.quotes.pairs[view.quotes.closeAt.get(close) ?? -1];
  if (!pair) return false;
  const before = pair.open - 1;
  // Only an opening participle ("Citing", "Quoting"): a verb inside the content ('means “he must be …”') keeps the
  // quotation as part of what was said.
  return before === s.from && pos(view, before) === "VERB" && (view.low[before] as string).endsWith("ing");
}

/** A personal pronoun or a name as the whole source phrase: "he", "she", "Scott". */
function shortSpeaker(view: View, np: Phrase): boolean {
  return np.to - np.from <= 2 && (isPersonalPronoun(view, np.from) || pos(view, np.head) === "PROPN");
}

/** Does a quoted title ('“Meet the Press,”') close right before `b`'s comma or at `b`? */
function closingTitle(view: View, b: number): boolean {
  const at = closesQuote(view, b) ? b : view.low[b] === "," && closesQuote(view, b - 1) ? b - 1 : -1;
  if (at < 0) return false;
  const pair = view.quotes.pairs[view.quotes.closeAt.get(at) as number];
  if (!pair || pair.single || !isTitle(view, pair)) return false;
  // A show is named after its outlet or a preposition ("on ABC's “This Week,”", "with “Fox and Friends,”");
  // '“Judge,” Brafman said, “I …”' opens the sentence with the speaker's words.
  let before = pair.open - (pair.doubled ? 2 : 1);
  // "At the main “Women's March on Washington”": past the article and adjectives of the name's phrase.
  while (before > 0 && (pos(view, before) === "DET" || pos(view, before) === "ADJ")) before--;
  const low = view.low[before] ?? "";
  return low === "'s" || low === "\u2019s" || pos(view, before) === "ADP";
}

/**
 * "…, as Clinton supporters point out.", "…, as David Dayen noted in The Intercept.": "as", the source and the
 * cue close the sentence; what comes before the comma is what they said. Null when the cue goes on to a
 * content of its own ("as Trump said that …").
 */
function asClause(
  view: View,
  s: SentenceRange,
  cue: Cue,
  np: Phrase,
  b: number,
  via: Phrase[],
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  // "…, as the crowd applauded": a stance after "as" is what happened meanwhile, not a report of the words before.
  if (view.low[b] !== "as" || view.low[b - 1] !== "," || cue.kind.attitude) return null;
  // "…, as smaller protests continued into the evening": "continue" reports words only after a quotation.
  if (lemmaOf(view, cue.from) === "continue" && !closesQuote(view, b - 2)) return null;
  const tail = adjunctTail(view, s, cue.to, cue);
  const from = backwardStart(view, s, b);
  if (!tail.ends || b - 1 <= from || !statesSomething(view, from, b - 1)) return null;
  return {
    shape: "postposed",
    source: np,
    via: [...via, ...tail.via],
    times: [...times, ...tail.times],
    from,
    to: b - 1,
    clauseStart: b - 1,
    scope,
  };
}

/**
 * '"… the emails that are missing." Trump said.': the tokenizer ended the sentence inside the quotation, so
 * the speaker's sentence holds only "Trump said". The quotation just before is the content.
 */
function afterQuote(
  view: View,
  s: SentenceRange,
  cue: Cue,
  np: Phrase,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  const close = s.from - 1;
  const pair = view.quotes.closeAt.get(close);
  const quote = pair === undefined ? undefined : view.quotes.pairs[pair];
  if (!quote || quote.single) return null;
  const tail = adjunctTail(view, s, cue.to, cue);
  // '"…?" Trump went on, as if he didn't hear her.': what follows the comma is the author's.
  if (!tail.ends && tail.comma === null) return null;
  const from = quote.doubled ? quote.open - 1 : quote.open;
  return {
    shape: "postposed",
    source: np,
    via: tail.via,
    times: [...times, ...tail.times],
    from,
    to: s.from,
    clauseStart: null,
    scope,
  };
}

/** The cue follows a comma, a dash or a closing quotation mark. */
function readAfterBreak(
  view: View,
  s: SentenceRange,
  cue: Cue,
  l: number,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  const lex = cueLexicon();
  const dashed = dashedInsertion(view, s, cue, l, times, scope);
  if (dashed) return dashed;
  const quoteBefore = closesQuote(view, l) || (view.low[l] === "," && closesQuote(view, l - 1));
  if (quoteBefore) {
    const inserted = quotedInsertion(view, s, cue, l);
    if (inserted) return inserted;
    // 'Smith, who called the plan “a disaster,” said …': the quotation ends an insertion after the sentence's subject,
    // unless a speaker's phrase after the cue ends at a comma or the sentence's end ('…,” said the envoy, had failed').
    const after = phraseAfter(view, cue.to, s.to);
    const invertedSpeaker = after !== null && (view.low[after.to] === "," || after.to >= s.to - 1);
    const subject = closesAfterComma(view, l) && !invertedSpeaker ? subjectAcrossInsertions(view, s, cue.from) : null;
    if (subject) return withCut(decide(view, s, cue, subject, [], times, scope), l);
  }
  if (!quoteBefore && breaksAt(view, l)) {
    // The stretch between this comma and the one before it.
    let c0 = l - 1;
    while (c0 >= s.from && !breaksAt(view, c0)) c0--;
    // "a retired representative in Allentown, Pa., said": a state after its town is no stretch of its own.
    if (c0 > s.from && regionAfterTown(view, c0 + 1, l)) {
      const townComma = c0;
      c0--;
      while (c0 >= s.from && !breaksAt(view, c0)) c0--;
      // "Kasich spoke after a woman in Worcester, Massachusetts, told him …": a subordinate clause opens with the
      // phrase whose town the state follows; that phrase, state and all, is the subject.
      const town = c0 < s.from ? phraseBefore(view, townComma, s.from) : null;
      if (town && town.from > s.from && SUBORDINATORS.has(view.low[town.from - 1] as string))
        return decide(view, s, cue, { from: town.from, to: l, head: town.head }, [], times, scope);
    }
    const first = c0 + 1;
    const head = view.low[first] as string;
    const before = c0 >= s.from ? withAgeBefore(view, s, phraseBefore(view, c0, s.from)) : null;
    // "the Alliance, a coalition that includes the RSF, armed factions and parties, has refuted": the stretch ends
    // a list that is some verb's object, whose host phrase stands before the comma opening the insertion.
    const stretch = phraseAfter(view, first, l);
    // "…, and political groups,": the last item after a comma and "and".
    const lastItem = view.low[first] === "and" ? phraseAfter(view, first + 1, l) : stretch;
    const listed = before && lastItem?.to === l ? listHost(view, s, before, first, l) : null;
    if (listed)
      return withCut(decide(view, s, cue, { from: listed.from, to: l, head: listed.head }, [], times, scope), l);
    // "Ten were killed when troops fired on the base in Kitagoma, in eastern Congo, said the spokesman": a verb
    // before the phrase makes it no subject of the cue, so a source after the cue is the likelier reading.
    if (before && invertible(cue) && verbBefore(view, s.from, before.from)) {
      const inverted = readInverted(view, s, cue, l, times, scope);
      if (inverted?.source && speakerHead(view, inverted.source)) return inverted;
    }
    if (before && lex.viaMarkers.has(head)) {
      // "X, citing Y, said …"
      const via = readVia(view, first, l)?.via ?? [];
      return decide(view, s, cue, before, via, times, scope);
    }
    const inserted = namedInsertion(view, s, stretch, l);
    if (before && inserted && inserted.to === l) {
      // "Lee Seong-kweun, a lawmaker, said": the name heads, the description rides along.
      const nameFirst = pos(view, before.head) === "PROPN" || pos(view, inserted.head) !== "PROPN";
      const source: Phrase = { from: before.from, to: l, head: nameFirst ? before.head : inserted.head };
      return withCut(decide(view, s, cue, source, [], times, scope), l);
    }
    // "X, who voted for Y, said", "Trump, in Kentucky, said", "X, however, said": an insertion. A relative
    // clause or a participle describes the source and belongs to its phrase; a place or an adverb does not.
    if (before && insertion(view, first, l)) {
      let source = describesSource(view, first) ? { ...before, to: l } : before;
      // "Jo Lee, head of the union, which backed him, said": the phrase before this insertion is itself an
      // apposition; the subject opens the sentence.
      const whole = subjectAcrossInsertions(view, s, cue.from);
      if (whole && whole.from < before.from) source = { ...whole, to: source.to };
      else if (describesSource(view, first)) source = appositionChain(view, s, source);
      return withCut(decide(view, s, cue, source, [], times, scope), l);
    }
  }
  return readInverted(view, s, cue, l, times, scope);
}

/** How many words a description between dashes may hold. */
const MAX_DASHED = 30;

/**
 * "But the Houthis -- a minority Shia group that has taken control of much of Yemen, including the capital --
 * denied …": a description between two dashes, commas and all, sits between the source and its cue; the source is
 * the phrase before the first dash, with its description. Null unless `l` is a dash that closes such an insertion.
 */
function dashedInsertion(
  view: View,
  s: SentenceRange,
  cue: Cue,
  l: number,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  const dash = view.low[l] as string;
  if (!DASHES.has(dash) || !breaksAt(view, l)) return null;
  let open = l - 1;
  while (open > s.from && l - open <= MAX_DASHED && !(view.low[open] === dash && breaksAt(view, open))) open--;
  if (open <= s.from || view.low[open] !== dash || view.quotes.inside[open] !== -1) return null;
  const source = phraseBefore(view, open, s.from);
  if (!source || source.to !== open) return null;
  // The description belongs to the source, as an apposition between commas does.
  return decide(view, s, cue, { ...source, to: l }, [], times, scope);
}

/**
 * '“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said': after a
 * content, appositions go back to the name they describe; the chain starts right after the content's end (a
 * closing quotation mark, or a comma after a clause). The name heads.
 */
function appositionChain(view: View, s: SentenceRange, source: Phrase): Phrase {
  let out = source;
  for (let hops = 0; hops < 3; hops++) {
    const c = out.from - 1;
    if (!breaksAt(view, c)) return out;
    const prev = phraseBefore(view, c, s.from);
    if (!prev) return out;
    const b = prev.from - 1;
    const opens = b < s.from || closesQuote(view, b) || (view.low[b] === "," && closesQuote(view, b - 1));
    const afterClause = view.low[b] === "," && statesSomething(view, s.from, b);
    if (!opens && !afterClause) return out;
    const head = pos(view, prev.head) === "PROPN" ? prev.head : out.head;
    out = { from: prev.from, to: out.to, head };
    if (opens || afterClause) return out;
  }
  return out;
}

/** Words that open a subordinate clause with its own subject ("after a woman … told him"). */
const SUBORDINATORS = new Set(["after", "before", "when", "as", "because", "since", "until", "while", "once", "if"]);

/** "…, experts said, despite denials by Kigali", "…, he said, without giving evidence": the writer's words. */
const CONTEXT_OPENERS = new Set(["amid", "as", "despite", "although", "though", "while", "whereas", "without"]);
const TIME_UNITS = new Set(["minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year"]);
const DISTANCE_LEADS = new Set(["nearly", "almost", "about", "just", "some", "barely", "only", "more", "than", "over"]);

/**
 * Does the writer's own context open at `w`, after a cue put between commas: "in the latest violation of …",
 * "amid …", "as they bristled …", "nearly 11 months after …", "a day after …"? Not a continuation of the words.
 */
function writersContext(view: View, w: number, limit: number): boolean {
  const low = view.low[w] as string;
  if (CONTEXT_OPENERS.has(low)) return true;
  // "…, a war monitor said Wednesday, raising an earlier toll of 248": the speaker's participle, no more content.
  if (pos(view, w) === "VERB" && low.endsWith("ing")) return true;
  // "…, the ministry said, with Israel saying they were fighters": an absolute phrase of the writer's.
  if (low === "with" && withParticiple(view, w + 1, limit)) return true;
  if (low === "in" && (view.low[w + 1] === "what" || (view.low[w + 1] === "the" && view.low[w + 2] === "latest")))
    return true;
  // "…, authorities said, the latest targeting the route", "…, the ministry said, the deadliest in months": a phrase
  // that ranks the event among others is the writer's.
  const next = view.low[w + 1] as string;
  if (low === "the" && (RANKING_WORDS.has(next) || (/est$/.test(next) && pos(view, w + 1) === "ADJ"))) return true;
  let q = w;
  while (q < limit && DISTANCE_LEADS.has(view.low[q] as string)) q++;
  if (pos(view, q) === "NUM" || view.low[q] === "a" || view.low[q] === "an") q++;
  return TIME_UNITS.has(view.low[q] as string) && ["after", "before", "since"].includes(view.low[q + 1] as string);
}

/** A noun phrase and an -ing or past participle after "with": "with Israel saying …", "with two people killed". */
function withParticiple(view: View, w: number, limit: number): boolean {
  const np = phraseAfter(view, w, limit);
  if (!np) return false;
  const v = np.to;
  return pos(view, v) === "VERB" && /(?:ing|ed|en)$/.test(view.low[v] as string);
}

/** Last words of a phrase that counts rather than speaks: before a postposed participle, it is described, no source. */
const COUNTED_HEADS = new Set(["deaths", "death", "number", "toll", "casualties"]);

/** Words that rank an event among others after "the" ("the latest", "the worst"), besides superlatives in -est. */
const RANKING_WORDS = new Set(["latest", "worst"]);

const MODALS = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must", "to", "'ll"]);

/**
 * "He told the radio that leaders will contest the results and denounce the fraud": a bare verb after "and" is
 * coordinated with the bare verb after a modal inside the content, not with the cue; it reports nothing itself.
 */
function sharesInnerVerb(view: View, s: SentenceRange, cue: Cue, l: number): boolean {
  const low = view.low[cue.from] as string;
  if (low !== lemmaOf(view, cue.from) || pos(view, cue.from - 1) === "AUX") return false;
  const verbs = cueLexicon().verbEntries;
  for (let w = l - 1; w > s.from; w--) {
    if (pos(view, w) !== "VERB" || !MODALS.has(view.low[w - 1] as string)) continue;
    return view.low[w] === lemmaOf(view, w) && !verbs.has(lemmaOf(view, w) as string);
  }
  return false;
}

/** Verbs of saying put after their content ("…, charged the spokesman"); not a stance, a hearer or a finding. */
function invertible(cue: Cue): boolean {
  const k = cue.kind;
  return !k.attitude && !k.addressee && !k.strict && k.predicative === null;
}

/** A verb of a clause between `from` and `to` outside quotations: an auxiliary or a verb that is no gerund, not after "to". */
function verbBefore(view: View, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    const p = pos(view, w);
    if ((p !== "AUX" && p !== "VERB") || view.low[w - 1] === "to" || view.timeOf[w] !== -1) continue;
    // A quotation's verbs are the speaker's words, not the clause the source stands in.
    if ((view.quotes.inside[w] ?? -1) >= 0) continue;
    if (p === "AUX" || !(view.low[w] as string).endsWith("ing")) return true;
  }
  return false;
}

/** "Cecelia Purner, 67, a retired …": an age between commas belongs to the name before it, which heads. */
function withAgeBefore(view: View, s: SentenceRange, np: Phrase | null): Phrase | null {
  if (!np || np.to - np.from !== 1 || pos(view, np.from) !== "NUM" || view.low[np.from - 1] !== ",") return np;
  const name = phraseBefore(view, np.from - 1, s.from);
  return name && pos(view, name.head) === "PROPN" ? { from: name.from, to: np.to, head: name.head } : np;
}

const DESCRIBING = new Set(["who", "whose", "which", "including"]);

/** Parts of speech that open a description of the phrase before: "a lawyer", "chief of staff", "58". */
const DESCRIPTION_OPENERS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * Does the insertion at `w` describe the phrase before it (an apposition, a relative clause, a participle
 * such as "wearing …") rather than add a time, a place or an adverb to the clause?
 */
function describesSource(view: View, w: number): boolean {
  const low = view.low[w] as string;
  if (DESCRIBING.has(low)) return true;
  if (view.timeOf[w] !== -1) return false;
  const p = pos(view, w);
  if (DESCRIPTION_OPENERS.has(p)) return true;
  // "clad in red", "based in Ohio" describe the source; "speaking to reporters" describes the saying.
  return p === "VERB" && low.endsWith("ed");
}

const INSERTION_LEAD = 4;

/**
 * "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win": the quotation before the
 * cue sits in an insertion after the source, and a clause follows the cue. Null when that is not the layout.
 */
function quotedInsertion(view: View, s: SentenceRange, cue: Cue, l: number): Found | null {
  const close = closesQuote(view, l) ? l : l - 1;
  const pair = view.quotes.pairs[view.quotes.closeAt.get(close) as number];
  if (!pair) return null;
  let q = cue.to;
  while (q < s.to && view.timeOf[q] !== -1) q++;
  if (!isClause(view, q, s.to)) return null;
  const open = pair.doubled ? pair.open - 1 : pair.open;
  for (let c = open - 1; c >= s.from && open - c <= INSERTION_LEAD; c--) {
    if (view.low[c] !== ",") continue;
    const before = phraseBefore(view, c, s.from);
    return before ? withCut(decide(view, s, cue, before, [], [], { from: cue.from, to: cue.from }), l) : null;
  }
  return null;
}

/** An earlier cue's content ends at the comma before this cue ("X, who said A, said B"). */
function withCut(found: Found | null, comma: number): Found | null {
  return found && found.shape === "forward" && found.clauseStart === null ? { ...found, clauseStart: comma } : found;
}

/**
 * Is the stretch between two commas an insertion into the source phrase: a description, a place, an
 * adverb, a relative clause? It holds no finite verb before any relative pronoun.
 */
function insertion(view: View, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let w = from; w < to; w++) {
    const low = view.low[w] as string;
    if (low === "who" || low === "which" || low === "whose" || low === "including") return true;
    const p = pos(view, w);
    if (p === "AUX" && view.low[w - 1] !== "to") return false;
    // Participles that describe: "wearing a hat", "clad in red", "a statement released by the campaign",
    // "a T-shirt covered in buttons"; a relative "that" after a noun ("lights that formed …").
    if (low === "that" && (pos(view, w - 1) === "NOUN" || pos(view, w - 1) === "PROPN")) return true;
    const participle =
      w === from ||
      (low.endsWith("ing") && pos(view, w - 1) === "ADP") ||
      // "one of the states suing the agency", "a diplomat then working for …": an -ing form right after its noun
      // (and an adverb) describes it.
      (low.endsWith("ing") && afterNoun(view, w)) ||
      (/(?:ed|en)$/.test(low) && afterNoun(view, w)) ||
      view.low[w - 1] === "-" ||
      view.low[w + 1] === "by";
    if (p === "VERB" && !participle && !/^\p{Lu}/u.test(view.text[view.words[w]?.start ?? 0] ?? "")) return false;
  }
  return true;
}

/** Does a noun stand right before `w`, past one adverb ("a diplomat then working")? */
function afterNoun(view: View, w: number): boolean {
  const b = pos(view, w - 1) === "ADV" ? w - 2 : w - 1;
  return pos(view, b) === "NOUN" || pos(view, b) === "PROPN";
}

/**
 * "X was quoted by Y as saying (that) P", '"P," X was quoted by Y as saying': X speaks, Y is whom the words came
 * through. Undefined when the cue is no "quoted … as saying"; null when its content cannot be placed.
 */
function quotedAsSaying(
  view: View,
  s: SentenceRange,
  cue: Cue,
  subject: Phrase | null,
  by: Phrase | null,
  q: number,
  times: number[],
): Found | null | undefined {
  if (lemmaOf(view, cue.from) !== "quote" || view.low[q] !== "as" || view.low[q + 1] !== "saying") return undefined;
  if (!subject) return null;
  let after = q + 2;
  const via = by ? [by] : [];
  // "X was quoted as saying by The Washington Post": whom the words came through after the saying.
  if (view.low[after] === "by") {
    const through = phraseAfter(view, after + 1, s.to);
    if (through) {
      via.push(through);
      after = through.to;
    }
  }
  const base = { source: subject, via, times, clauseStart: null, scope: null };
  if (lastWord(view, after, s.to) > after) return { ...base, shape: "passive", from: after, to: s.to };
  // "P, Hussein Ali, a journalist who tracks the strikes, was quoted as saying": a name after the comma that
  // closes a clause speaks, with its description; the clause is what it said.
  const from = backwardStart(view, s);
  for (let c = from + 1; c < subject.from; c++) {
    if (view.low[c] !== "," || pos(view, c + 1) !== "PROPN" || !statesSomething(view, from, c)) continue;
    const speaker = { from: c + 1, to: subject.to, head: c + 1 };
    return { ...base, source: speaker, shape: "postposed", from, to: c };
  }
  // The quotation before the speaker: '"…," Rajabzadeh was quoted …'.
  const close = closesQuote(view, subject.from - 1)
    ? subject.from - 1
    : view.low[subject.from - 1] === "," && closesQuote(view, subject.from - 2)
      ? subject.from - 2
      : -1;
  if (close < 0) return null;
  return close + 1 > from ? { ...base, shape: "postposed", from, to: close + 1 } : null;
}

/** "…, said X" and '"…," said X': the source follows the cue, the content comes before. */
function readInverted(
  view: View,
  s: SentenceRange,
  cue: Cue,
  l: number,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  let q = cue.to;
  const found = [...times];
  while (q < s.to && view.timeOf[q] !== -1) found.push(q++);
  const np = phraseAfter(view, q, s.to);
  if (!np) return null;
  let end = np.to;
  let source = np;
  // "said Smith, a spokesman for the ministry."
  if (view.low[end] === "," && !startsVia(view, end, s.to)) {
    const apposition = phraseAfter(view, end + 1, s.to);
    const next = apposition ? (view.low[apposition.to] as string) : "";
    // "said Jeffrey Trimble, a senior official with the board that oversees them": a relative clause ends it.
    const relativeAfter = next === "that" || next === "which";
    if (
      apposition &&
      (apposition.to >= s.to || SENTENCE_ENDS.has(next) || next === "," || RELATIVES.has(next) || relativeAfter)
    ) {
      source = { ...np, to: apposition.to };
      end = relativeAfter ? s.to : apposition.to;
      // "said RoseAnn DeMoro, executive director of the union, a union that has broken away …": more description.
      // "said Rita Katz, the director of SITE Intelligence Group, which tracks …": the group is described.
      if (view.low[end] === "," && (describes(view, end + 1, s.to) || view.low[end + 1] === "which")) end = s.to;
    } else {
      // "said Chad Bown, an expert on trade at the Peterson Institute(, in a statement).": a longer description.
      const described = descriptionEnd(view, s, cue, end + 1);
      if (described > 0) {
        source = { ...np, to: lastWord(view, end + 1, described) };
        end = described;
      }
    }
  }
  // "said DeSantis, who was elected in 2012", "said an official who was briefed": the rest describes the source
  // and is part of its phrase.
  const relative = view.low[end] === "," ? end + 1 : end;
  if (RELATIVES.has(view.low[relative] as string)) end = s.to;
  if (end === s.to) source = { ...source, to: lastWord(view, source.to, s.to) };
  // After a closing quotation mark the layout is sure; after a bare comma the rest must be about the saying.
  const tail = adjunctTail(view, s, end, cue);
  const quoted = closesQuote(view, l) || (view.low[l] === "," && closesQuote(view, l - 1));
  if (!tail.ends && !quoted) return insideSentence(view, s, cue, l, source, end, tail, found, scope);
  const from = backwardStart(view, s, l);
  const to = closesQuote(view, l) ? l + 1 : l;
  if (to <= from || !statesSomething(view, from, to)) return null;
  return {
    shape: "inverted",
    source,
    via: tail.via,
    times: [...found, ...tail.times],
    from,
    to,
    clauseStart: l,
    scope,
  };
}

/**
 * "The program has drawn a following, said Ms. Gil, with games of …", "The attack, said a spokesman, was …": the
 * cue and its speaker, set off by commas, sit inside the sentence they report, which goes on after them.
 */
function insideSentence(
  view: View,
  s: SentenceRange,
  cue: Cue,
  l: number,
  source: Phrase,
  end: number,
  tail: Tail,
  times: number[],
  scope: { from: number; to: number },
): Found | null {
  if (!PLAIN_SPEECH_KINDS.has(cue.kind.name) || view.low[l] !== "," || tail.comma !== end || end + 1 >= s.to - 1)
    return null;
  const from = backwardStart(view, s, l);
  if (l <= from || view.quotes.openAt.has(tail.comma + 1)) return null;
  return {
    shape: "parenthetical",
    source,
    via: tail.via,
    times: [...times, ...tail.times],
    from,
    to: s.to,
    clauseStart: null,
    scope,
  };
}

/**
 * Where a description of the source that starts at `w` ends: opened like a noun phrase ("an expert on trade
 * at …", "now a consultant in …"), with no finite verb or quotation, up to the sentence end or a comma after
 * which only phrases about the saying follow (", in a statement"). -1 when it is no such description.
 */
function descriptionEnd(view: View, s: SentenceRange, cue: Cue, w: number): number {
  const opener = pos(view, w) === "ADV" && pos(view, w + 1) === "DET" ? w + 1 : w;
  if (opener >= s.to || !DESCRIPTION_OPENERS.has(pos(view, opener)) || view.timeOf[opener] !== -1) return -1;
  const last = lastWord(view, w, s.to);
  for (let a = opener; a < last; a++) {
    const p = pos(view, a);
    const low = view.low[a] as string;
    if (low === ",") return a > opener && adjunctTail(view, s, a + 1, cue).ends ? a : -1;
    if (low === ";" || view.quotes.openAt.has(a) || view.quotes.inside[a] !== view.quotes.inside[w]) return -1;
    if (p === "AUX" || (p === "VERB" && !/(?:ed|en|ing)$/.test(low))) return -1;
  }
  return last > opener ? s.to : -1;
}

/** One past the last word before `to` that is no closing punctuation or quotation mark. */
function lastWord(view: View, from: number, to: number): number {
  let e = to;
  while (e > from && /^[\p{P}]+$/u.test(view.low[e - 1] as string)) e--;
  return e;
}

/** Words read as prepositions that open a clause of their own ("after Ukraine claimed …"). */
const CLAUSE_OPENERS = new Set([
  "after",
  "before",
  "since",
  "until",
  "as",
  "because",
  "while",
  "although",
  "if",
  "once",
]);

/** What stands inside a noun phrase before its last word: "the Israeli military". */
const NOUN_PHRASE_INSIDE = new Set(["DET", "ADJ", "PROPN"]);

/** "citing documents seen by reporters": past a participle phrase describing what is cited; else `q` itself. */
function participleAfter(view: View, q: number, limit: number): number {
  if (pos(view, q) !== "VERB" || !/(?:ed|en)$/.test(view.low[q] as string) || pos(view, q + 1) !== "ADP") return q;
  return phraseAfter(view, q + 2, limit)?.to ?? q;
}

/** Conjunctions that open the writer's own clause after a closing cue: "…, X said, although Y denied it". */
const WRITER_CLAUSES = new Set(["although", "though", "whereas", "while", "but", "because"]);

/** Does the writer go on in their own words after the comma at `next - 1`, past what the source said? */
function writersAfterComma(view: View, s: SentenceRange, next: number): boolean {
  const low = view.low[next] ?? "";
  // "…, two medical sources said, although the army denied …"; "…, police said, while eight others, including
  // the captain, remain …": a clause, or at least its subject, after the conjunction.
  const subject = low !== "but" && SUBJECT_OPENERS.has(pos(view, next + 1));
  if (WRITER_CLAUSES.has(low) && (subject || isClause(view, next + 1, s.to))) return true;
  // "…, TV Asahi reported, citing an official, in what would be the longest flight": the writer's comment.
  if (pos(view, next) === "ADP" && view.low[next + 1] === "what") return true;
  // "…, the ministry said, while providing no details": a gerund clause about the saying, to the sentence end
  // ("The plan, she said, while smiling, is dead" goes on past a comma).
  if (!GERUND_LEADS.has(low) || pos(view, next + 1) !== "VERB" || !(view.low[next + 1] as string).endsWith("ing"))
    return false;
  for (let w = next + 2; w < s.to; w++) if (view.low[w] === ",") return false;
  return true;
}

/**
 * '“…,” he said at a news conference, and then predicted: …', "…, she said, but later retracted": "and" or "but"
 * (past adverbs) before an inflected verb goes on with the speaker's own next act, not with what was said.
 */
function speakerGoesOn(view: View, next: number): boolean {
  const low = view.low[next];
  if (low !== "and" && low !== "but") return false;
  let v = next + 1;
  while (pos(view, v) === "ADV") v++;
  return finiteForm(view, v);
}

/** Tags of a word that "her" owns ("told her closest aides"). */
const OWNED = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** Relative pronouns that open a description of the source after an inverted cue. */
const RELATIVES = new Set(["who", "whose", "whom"]);

/** Quotations this short after a preposition are titles ("on “Meet the Press”"), not speech. */
const TITLE_WORDS = 8;

/** Does a description of the source start at `w`: a noun phrase followed by a relative clause or the end? */
function describes(view: View, w: number, limit: number): boolean {
  const np = phraseAfter(view, w, limit);
  if (!np) return false;
  const next = view.low[np.to] ?? "";
  return (
    np.to >= limit ||
    SENTENCE_ENDS.has(next) ||
    next === "who" ||
    next === "which" ||
    next === "that" ||
    next === "whose"
  );
}

interface Tail {
  /** Nothing but phrases about the saying follow, to the sentence end or a further cue. */
  ends: boolean;
  /** A comma after which a clause goes on ("The plan, she said, is dead"). */
  comma: number | null;
  times: number[];
  via: Phrase[];
}

/**
 * Reads what follows a cue (and an inverted source) up to the sentence end: times, a hearer, phrases like
 * "in a statement", "citing Y". It "ends" when nothing else follows, so the content must lie before the cue.
 */
function adjunctTail(view: View, s: SentenceRange, from: number, cue: Cue): Tail {
  const lex = cueLexicon();
  const tail: Tail = { ends: false, comma: null, times: [], via: [] };
  let addressed = false;
  let q = from;
  for (let guard = 0; guard < 24; guard++) {
    // A semicolon ends the clause the cue is in ("…, analysts say; in 2012, …").
    if (q >= s.to || view.low[q] === ";") {
      tail.ends = true;
      return tail;
    }
    const low = view.low[q] as string;
    const p = pos(view, q);
    if (view.timeOf[q] !== -1) {
      tail.times.push(q++);
      continue;
    }
    // '…, Mr Meniaylo said. – Reuters': what follows a sentence's full stop inside one tokenizer sentence (a
    // credit line) is no part of the saying.
    if (SENTENCE_ENDS.has(low) && !closesQuote(view, q + 1) && !SENTENCE_ENDS.has(view.low[q + 1] ?? "")) {
      tail.ends = true;
      return tail;
    }
    if (SENTENCE_ENDS.has(low) || closesQuote(view, q) || p === "ADV") {
      q++;
      continue;
    }
    if (cue.kind.addressee && !addressed) {
      // "…, the president told her.": "her" before the end is the hearer, not an owner.
      // ("told her closest aides": "her" before a noun phrase owns it.)
      const owner = low === "her" && OWNED.has(pos(view, q + 1));
      const pronoun = OBJECT_FORMS.has(low) && !owner ? { from: q, to: q + 1, head: q } : null;
      const hearer = pronoun ?? phraseAfter(view, q, s.to);
      if (hearer) {
        addressed = true;
        q = hearer.to;
        continue;
      }
    }
    // "… told his aides as he worked on the speech": a subordinator the tagger reads as a preposition opens a clause.
    if (p === "ADP" && low !== "that" && !occasionAt(view, s, q)) {
      const np = phraseAfter(view, q + 1, s.to);
      if (np) {
        // "wrote in a March 3 email", "said at a Friday rally": the time inside the occasion is when it was said.
        for (let t = np.from; t < np.to; t++) if (view.timeOf[t] !== -1) tail.times.push(t);
        q = np.to;
        continue;
      }
      // 'said on “Morning Joe.”': a title in quotation marks.
      const title = view.quotes.openAt.get(q + 1);
      const pair = title === undefined ? undefined : view.quotes.pairs[title];
      if (pair?.closed && pair.close - pair.open <= TITLE_WORDS) {
        q = pair.close + 1;
        continue;
      }
      // "said of waterboarding", "said in posing the question to Christie": a gerund, with its object.
      const gerund = gerundPhrase(view, q + 1, s.to);
      if (gerund) {
        q = gerund.to;
        continue;
      }
      if (view.timeOf[q + 1] !== -1) {
        q++;
        continue;
      }
    }
    if (startsVia(view, q, s.to)) {
      const chain = readVia(view, q, s.to);
      if (chain) {
        tail.via.push(...chain.via);
        q = participleAfter(view, chain.end, s.to);
        continue;
      }
    }
    // "… told Reuters when asked if he had met Trump": a shortened clause about the occasion; "… told his aides as
    // he worked on the speech": a whole one.
    if (occasionAt(view, s, q)) {
      tail.ends = true;
      return tail;
    }
    if (low === ",") {
      const next = q + 1;
      // ", adding that …", ", according to …": another cue takes over; this one's tail ends here.
      const nextLow = view.low[next] ?? "";
      if ((nextLow.endsWith("ing") && lex.verbs.has(lemmaOf(view, next) as string)) || nextLow === "according") {
        tail.ends = true;
        return tail;
      }
      if (writersAfterComma(view, s, next) || (SPEECH_KINDS.has(cue.kind.name) && speakerGoesOn(view, next))) {
        tail.ends = true;
        return tail;
      }
      const np = phraseAfter(view, next, s.to);
      if (np && (np.to >= s.to || SENTENCE_ENDS.has(view.low[np.to] as string))) {
        q = np.to;
        continue;
      }
      // "…, the ministry added in a statement, Sputnik reported.": a further source and cue close the sentence.
      if (np && lex.verbs.has(lemmaOf(view, np.to) as string) && adjunctTail(view, s, np.to + 1, cue).ends) {
        tail.ends = true;
        return tail;
      }
      tail.comma = q;
      return tail;
    }
    return tail;
  }
  return tail;
}

/**
 * "A poll released Monday found Lee leading", "The inquiry found virtually nothing new": a text or count that finds
 * may find an object, as "shows" does ("Police found the body" still finds no claim).
 */
function textFinding(view: View, s: SentenceRange, cue: Cue, source: Phrase | null): ReturnType<typeof checkedStart> {
  if (!cue.kind.strict || !source || !cueLexicon().findings.has(view.low[source.head] as string)) return null;
  return checkedStart(view, s, cue.to, { ...cue.kind, strict: false, object: true });
}

/** Conjunctions of a clause about when or why something was said, after the cue and its hearer. */
/**
 * Does a clause about the occasion open at `q`: "when asked …", "as he worked on the speech" (a subject pronoun
 * after the subordinator is a clause even where the tagger misreads its verb).
 */
function occasionAt(view: View, s: SentenceRange, q: number): boolean {
  if (!OCCASION_LEADS.has(view.low[q] as string)) return false;
  return pos(view, q + 1) === "VERB" || SUBJECT_PRONOUNS.has(view.low[q + 1] as string) || isClause(view, q + 1, s.to);
}

const OCCASION_LEADS = new Set(["when", "while", "after", "before", "as", "because", "since", "until", "once"]);

/** A forward attribution: the content starts after the cue and what belongs to it. */
function forwardFound(
  view: View,
  s: SentenceRange,
  cue: Cue,
  source: Phrase | null,
  clauseStart: number | null,
  via: Phrase[],
  times: number[],
  scope: { from: number; to: number } | null,
): Found | null {
  const start = checkedStart(view, s, cue.to, cue.kind) ?? textFinding(view, s, cue, source);
  if (!start || reducedRelative(view, cue, start.start, start.complement)) return null;
  const tight =
    start.complement === "to" ||
    (start.complement === "bare" &&
      (cue.kind.attitude || !isClause(view, start.start, s.to)) &&
      frontedComma(view, start.start, s.to) < 0);
  return {
    shape: "forward",
    source,
    via,
    times: [...times, ...start.times],
    from: start.start,
    to: s.to,
    clauseStart,
    scope,
    ...(tight ? { tight } : {}),
  };
}

/** How many items before the last a listed insertion may hold. */
const MAX_LIST_ITEMS = 6;

/**
 * The host of an insertion whose last items, after commas, are a list that is a verb's or a preposition's object
 * ("a coalition that includes A, B and C," / "a coalition of A, B and C,"): the phrase before the comma that opens
 * the insertion. Null unless the stretch ends the list with "and"/"or".
 */
function listHost(view: View, s: SentenceRange, before: Phrase, first: number, l: number): Phrase | null {
  let joined = false;
  for (let w = first; w < l; w++) if (view.low[w] === "and" || view.low[w] === "or") joined = true;
  let lead = before.from - 1;
  if (!joined || lead <= s.from) return null;
  // "includes the RSF, several armed movements, and political groups,": with a comma before "and", the items before
  // the last one stand between commas; step back over them to what takes the list.
  for (let hops = 0; hops < MAX_LIST_ITEMS && view.low[lead] === "," && view.low[first] === "and"; hops++) {
    const item = phraseBefore(view, lead, s.from);
    if (!item || item.to !== lead || (pos(view, item.from - 1) !== "VERB" && view.low[item.from - 1] !== ",")) break;
    lead = item.from - 1;
    if (pos(view, lead) === "VERB") break;
  }
  // "Jo Lee, a friend of Ana, Tom and Bo, said": the list hangs on a description's preposition; the name before
  // the description is the host.
  if (view.low[lead] === "," && pos(view, before.head) === "NOUN") {
    let linked = false;
    for (let w = before.from; w < before.to; w++) if (pos(view, w) === "ADP") linked = true;
    const host = linked ? phraseBefore(view, lead, s.from) : null;
    return host && host.to === lead ? host : null;
  }
  if (pos(view, lead) !== "VERB" && pos(view, lead) !== "ADP") return null;
  let comma = lead;
  while (comma > s.from && view.low[comma] !== ",") {
    if (view.quotes.inside[comma] !== -1 || view.low[comma] === ";") return null;
    comma--;
  }
  if (comma <= s.from) return null;
  const host = phraseBefore(view, comma, s.from);
  return host && host.to === comma ? host : null;
}

/** Verbs of "IRNA quoted Elham as saying …": the object speaks, the subject passes the words on. */
const QUOTING = new Set(["quote", "cite"]);

/**
 * "IRNA quoted Elham as saying that …", '"…," the agency quoted an officer as saying.': the quoted speaker is the
 * source, the outlet that quotes is whom the source is known through (via). The content follows "saying", or,
 * when nothing does, is the quotation or clause before the outlet. Undefined when the layout is another one.
 */
function outletQuoting(view: View, s: SentenceRange, cue: Cue, as: number, times: number[]): Found | null | undefined {
  const speaker = phraseBefore(view, as, s.from);
  const verb = speaker ? speaker.from - 1 : -1;
  if (!speaker || verb <= s.from || pos(view, verb) !== "VERB" || !QUOTING.has(lemmaOf(view, verb) as string))
    return undefined;
  let end = verb;
  while (end > s.from && (pos(view, end - 1) === "AUX" || pos(view, end - 1) === "ADV")) end--;
  const outlet = phraseBefore(view, end, s.from);
  const via = outlet ? [outlet] : [];
  const scope = { from: speaker.from, to: cue.from };
  const ahead = forwardFound(view, s, cue, speaker, null, via, times, scope);
  if (ahead) return ahead;
  const b = (outlet?.from ?? end) - 1;
  if (b < s.from || !(breaksAt(view, b) || closesQuote(view, b))) return null;
  const from = backwardStart(view, s, b);
  const to = closesQuote(view, b) ? b + 1 : b;
  if (to <= from || !statesSomething(view, from, to)) return null;
  return { shape: "postposed", source: speaker, via, times, from, to, clauseStart: b, scope };
}

/** "head of the agency known as FENA": the name given after "known as" belongs to the inserted phrase. */
function namedInsertion(view: View, s: SentenceRange, inserted: Phrase | null, l: number): Phrase | null {
  if (!inserted || inserted.to >= l || !namesBeforeAs(view, s, inserted.to)) return inserted;
  let as = inserted.to + 1;
  while (view.low[as] !== "as") as++;
  return phraseAfter(view, as + 1, l)?.to === l ? { ...inserted, to: l } : inserted;
}

/**
 * "Figures reported on Sunday now suggest that …": a participle right after its noun, whose "content" opens
 * with the sentence's own finite verb, describes the noun; the verb after it is the one that reports.
 */
function reducedRelative(view: View, cue: Cue, start: number, complement: string): boolean {
  if (complement !== "bare" || !/(?:ed|en)$/.test(view.low[cue.from] as string)) return false;
  // Only past a phrase of its own ("reported on Sunday"): "Trump criticized Ford …" may be tagged alike.
  if (start <= cue.to || cue.to - cue.from > 1 || view.low[start - 1] === "to") return false;
  const before = pos(view, cue.from - 1);
  if (before !== "NOUN" && before !== "PROPN") return false;
  let w = start;
  while (pos(view, w) === "ADV") w++;
  const low = view.low[w] as string;
  return pos(view, w) === "VERB" && !low.endsWith("ing") && !/(?:ed|en)$/.test(low);
}

/** Participles and coordinated cues: the source comes from the cue before (filled in by the caller). */
function inherited(view: View, s: SentenceRange, cue: Cue, shape: Shape, times: number[]): Found | null {
  const start = checkedStart(view, s, cue.to, cue.kind);
  if (!start || reducedRelative(view, cue, start.start, start.complement)) return null;
  const tight =
    start.complement === "to" ||
    (start.complement === "bare" &&
      (cue.kind.attitude || !isClause(view, start.start, s.to)) &&
      frontedComma(view, start.start, s.to) < 0);
  return {
    ...(tight ? { tight } : {}),
    shape,
    source: null,
    via: [],
    times: [...times, ...start.times],
    from: start.start,
    to: s.to,
    clauseStart: null,
    scope: null,
  };
}

/** "According to X, …", "…, according to X", "…, according to X, citing Y". */
function readAccording(view: View, s: SentenceRange, cue: Cue): Found | null {
  const found = phraseAfter(view, cue.to, s.to) ?? misreadSource(view, cue.to, s.to);
  if (!found) return null;
  const np = withParticipleTail(view, found, s.to);
  let end = np.to;
  const via: Phrase[] = [];
  if (startsVia(view, end, s.to)) {
    const chain = readVia(view, end, s.to);
    if (chain) {
      via.push(...chain.via);
      end = chain.end;
    }
  }
  const times: number[] = [];
  while (end < s.to && view.timeOf[end] !== -1) times.push(end++);
  let lead = s.from;
  while (lead < cue.from && (pos(view, lead) === "CCONJ" || pos(view, lead) === "ADV" || view.low[lead] === ","))
    lead++;
  if (lead === cue.from) {
    // Content after: "According to X, the plan failed." (past a description of X up to the comma; a relative
    // clause on X may run longer: "According to the story, which was later confirmed by two papers, …").
    const relative = view.low[end] === "," && (view.low[end + 1] === "which" || view.low[end + 1] === "who");
    let comma = relative ? end + 1 : end;
    while (comma < s.to && comma - end < (relative ? 20 : 10) && view.low[comma] !== ",") comma++;
    const from = view.low[comma] === "," ? comma + 1 : end;
    if (from >= s.to) return null;
    return { shape: "forward", source: np, via, times, from, to: s.to, clauseStart: null, scope: null };
  }
  const comma = view.low[cue.from - 1] === "," ? cue.from - 1 : cue.from;
  const from = backwardStart(view, s);
  let rest = end;
  while (rest < s.to && (SENTENCE_ENDS.has(view.low[rest] as string) || closesQuote(view, rest))) rest++;
  if (rest < s.to && view.low[end] === ",") {
    // "P, according to Ko Zaw Tun, an anti-coup fighter from the village.": a description of the source ends it.
    const described = describesSpeaker(view, end + 1, s.to) ? descriptionEnd(view, s, cue, end + 1) : -1;
    if (described > 0 && comma > from && !isPersonalPronoun(view, np.from))
      return {
        shape: "postposed",
        source: { ...np, to: lastWord(view, end + 1, described) },
        via,
        times,
        from,
        to: comma,
        clauseStart: comma,
        scope: null,
      };
    // "P, according to X, with two more deaths reported …", "P, according to X, who said …": the writer's phrase or
    // a clause about X follows; the content is the words before.
    const after = view.low[end + 1] as string;
    if (comma > from && (writersContext(view, end + 1, s.to) || after === "who" || after === "which"))
      return { shape: "postposed", source: np, via, times, from, to: comma, clauseStart: comma, scope: null };
    // "The plan, according to X, is dead": the content surrounds the cue.
    return { shape: "parenthetical", source: np, via, times, from, to: s.to, clauseStart: null, scope: null };
  }
  if (comma <= from) return null;
  return { shape: "postposed", source: np, via, times, from, to: comma, clauseStart: comma, scope: null };
}

/**
 * "an anti-coup fighter from the village", "the policy-making arm of the courts", "an analyst at …": a description
 * whose head is a person's or an organization's noun (not "a huge sum", "the most of any candidate").
 */
function describesSpeaker(view: View, from: number, limit: number): boolean {
  for (let w = from; w < limit && w - from < 8; w++) {
    const p = pos(view, w);
    if (p === "ADP" || p === "PUNCT" || p === "VERB" || p === "AUX") return false;
    if (p !== "NOUN" || pos(view, w + 1) === "NOUN") continue;
    const word = view.low[w] as string;
    const type = descriptors().words.get(word);
    return type === "PERSON" || type === "ORG" || titles().heads.has(word) || SPEAKER_NOUNS.has(word);
  }
  return false;
}

/** Nouns for a source no lexicon lists as a title or descriptor. */
const SPEAKER_NOUNS = new Set(["fighter", "arm", "activist", "researcher", "monitor", "watchdog"]);

/** How far a participle phrase describing an "according to" source may run ("a poll conducted by X for Y"). */
const PARTICIPLE_TAIL = 16;

/**
 * "according to a poll released Monday", "according to exit polls conducted by Edison Research": a
 * participle right after the source describes it, up to the next comma or the sentence's end.
 */
function withParticipleTail(view: View, np: Phrase, limit: number): Phrase {
  const w = np.to;
  const word = view.low[w] ?? "";
  if (pos(view, w) !== "VERB" || !(/ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word) || /[^e]en$/.test(word)))
    return np;
  let to = w + 1;
  while (to < limit && to - w < PARTICIPLE_TAIL) {
    const low = view.low[to] as string;
    if (breaksAt(view, to) || low === ";" || SENTENCE_ENDS.has(low) || closesQuote(view, to)) break;
    if (pos(view, to) === "VERB" || pos(view, to) === "AUX" || RELATIVE_PRONOUNS.has(low)) return np;
    to++;
  }
  if (to - w >= PARTICIPLE_TAIL) return np;
  return { from: np.from, to, head: np.head };
}

/** "In a poll released Monday, P", "in his view, P", "P, in the eyes of many voters": the text or holder says P. */
function readFinding(view: View, s: SentenceRange, cue: Cue, finding: NonNullable<Cue["finding"]>): Found | null {
  const base = { source: finding.source, via: [], times: [], clauseStart: null, scope: null };
  const lead = backwardStart(view, s);
  if (lead >= cue.from) {
    if (finding.comma < 0) return null;
    return { ...base, shape: "forward", from: finding.comma + 1, to: s.to };
  }
  const before = view.low[cue.from - 1] === "," ? cue.from - 1 : cue.from;
  if (finding.comma >= 0 && finding.comma + 1 < s.to) return { ...base, shape: "parenthetical", from: lead, to: s.to };
  if (before <= lead || !statesSomething(view, lead, before)) return null;
  return { ...base, shape: "postposed", from: lead, to: before, clauseStart: before };
}

/**
 * "his claim that P", "Trump's plan to P", "her support for P": the owner is the source; the content runs
 * from the link to the end of its clause (the next finite verb outside it: "… to deport millions drew fire").
 */
function readNoun(view: View, s: SentenceRange, cue: Cue, noun: NonNullable<Cue["noun"]>): Found | null {
  const link = view.low[noun.link] as string;
  const from = link === ":" || cue.to > noun.link ? noun.link + 1 : noun.link;
  const to = clauseEnd(view, from, s.to);
  if (to <= from) return null;
  return { shape: "forward", source: noun.owner, via: [], times: [], from, to, clauseStart: null, scope: null };
}

/** Conjunctions that join a new clause after a comma. */
const JOINTS = new Set(["but", "and", "yet", "while", "whereas"]);

/**
 * Where a content that sits inside a noun phrase ends: at a comma or semicolon, or at a finite verb that
 * is not its own ("to build a wall and make Mexico pay" keeps its verbs; "… drew criticism" is the sentence's).
 */
function clauseEnd(view: View, from: number, to: number): number {
  const that = view.low[from] === "that";
  let verbs = 0;
  for (let w = from + 1; w < to; w++) {
    const low = view.low[w] as string;
    if (view.quotes.openAt.has(w)) {
      const pair = view.quotes.pairs[view.quotes.openAt.get(w) as number];
      if (pair) w = Math.max(w, pair.close);
      continue;
    }
    if (low === ";" || (low === "," && !that)) return w;
    // "claim that the junta dropped bombs, but he did not …": a new clause of the writer's after the comma.
    if (low === "," && JOINTS.has(view.low[w + 1] as string) && isClause(view, w + 2, to)) return w;
    const p = pos(view, w);
    if (p !== "VERB" && p !== "AUX") continue;
    const before = view.low[w - 1] as string;
    const own =
      before === "to" || pos(view, w - 1) === "CCONJ" || (pos(view, w - 1) === "ADV" && view.low[w - 2] === "to");
    // A "that" clause has a verb of its own first; the next one belongs to the sentence.
    if (that && verbs === 0) {
      verbs++;
      continue;
    }
    if (!own && !low.endsWith("ing") && pos(view, w - 1) !== "AUX") return w;
    verbs++;
  }
  return to;
}

/** "(widely) seen (by X) as Y": X holds the view Y. */
function readSeenAs(view: View, s: SentenceRange, cue: Cue): Found | null {
  const as = cue.as ?? -1;
  if (as < 0) return null;
  let source: Phrase | null = null;
  if (view.low[cue.to] === "by") source = phraseAfter(view, cue.to + 1, as);
  let to = as + 1;
  while (to < s.to && !breaksAt(view, to) && view.low[to] !== ";" && !SENTENCE_ENDS.has(view.low[to] as string)) to++;
  if (to <= as + 1) return null;
  let l = cue.from - 1;
  while (l >= s.from && pos(view, l) === "ADV") l--;
  // "what the mediator Oman described as “logistical reasons”": after "what", the phrase before the verb holds the view.
  if (!source && l >= s.from && NOUNISH.has(pos(view, l))) {
    const subject = phraseBefore(view, l + 1, s.from);
    // "a relic that most experts regarded as harmful": after a relative "that" or "which", the subject holds it too.
    const relative = view.low[(subject?.from ?? 0) - 1];
    if (subject && (relative === "what" || relative === "that" || relative === "which")) source = subject;
  }
  return {
    shape: "seen-as",
    source,
    via: [],
    times: [],
    from: as + 1,
    to,
    clauseStart: null,
    scope: { from: l + 1, to: cue.from },
  };
}

/** "Graham: Trump is wrong": the phrase before the colon speaks the rest of the sentence. */
/** What may follow "seem" or "appear" when they report an impression: "to be", "like", "that", "as if", an adjective. */
const SEEM_LINKS = new Set(["to", "like", "that", "as"]);
/** Words before "seems" that stand for no subject: "it seems that …", "there appears to be …". */
const EXPLETIVES = new Set(["it", "there"]);

/**
 * "The plan seems to have failed", "Voters appeared unconvinced", "It seems that P": an impression nobody is
 * named for. The content is the subject with what it seems (the cue inside it), or the clause after "it seems".
 * "appeared on television", "appeared at a rally" are no impressions: a link word or an adjective must follow.
 */
function readSeem(view: View, s: SentenceRange, cue: Cue): Found | null {
  let n = cue.to;
  while (n < s.to && pos(view, n) === "ADV") n++;
  const next = view.low[n] as string;
  const p = pos(view, n);
  const after = view.low[n + 1] ?? "";
  const link =
    p === "ADJ" ||
    (p === "DET" && lemmaOf(view, cue.from) === "seem") ||
    (next === "to" ? pos(view, n + 1) === "AUX" || pos(view, n + 1) === "VERB" : false) ||
    (next === "as" ? after === "if" || after === "though" : SEEM_LINKS.has(next));
  if (!link || n >= s.to) return null;
  let l = cue.from - 1;
  while (l >= s.from && (pos(view, l) === "AUX" || pos(view, l) === "ADV" || pos(view, l) === "PART")) l--;
  const scope = { from: l + 1, to: cue.from };
  const base = { shape: "forward" as const, source: null, via: [], times: [], clauseStart: null, scope };
  if (l >= s.from && EXPLETIVES.has(view.low[l] as string)) {
    // "It seems that P": the clause is the content; "it seems unlikely that P" keeps the adjective.
    return { ...base, from: cue.to, to: s.to };
  }
  const subject = l >= s.from ? phraseBefore(view, l + 1, s.from) : null;
  if (!subject || view.timeOf[subject.head] !== -1) return null;
  return { ...base, from: subject.from, to: s.to };
}

function readColon(view: View, s: SentenceRange, cue: Cue): Found | null {
  if (cue.trailing) {
    // "Drone kills three – governor": the words after the dash speak the line before it.
    const speaker = phraseAfter(view, cue.to, s.to);
    if (!speaker) return null;
    return {
      shape: "postposed",
      source: speaker,
      via: [],
      times: [],
      from: s.from,
      to: cue.from,
      clauseStart: cue.from,
      scope: null,
    };
  }
  const start = cue.lead ?? colonLineStart(view, s, cue.from);
  let source = phraseAfter(view, start, cue.from) ?? loneLabel(view, start, cue.from);
  if (!source) return null;
  // "Said Ellis: “…”": a fronted verb of saying is no part of the speaker's name.
  if (source.to - source.from > 1 && cueLexicon().frontedSaying.has(view.low[source.from] as string))
    source = { ...source, from: source.from + 1, head: Math.max(source.head, source.from + 1) };
  // "Macron to the farmers: …", "Merkel on migrants: …": the name speaks; whom to or what about is no part of it.
  for (let w = source.from + 1; w < source.to; w++) {
    if ((view.low[w] === "to" || view.low[w] === "on") && pos(view, w - 1) === "PROPN") {
      source = { from: source.from, to: w, head: w - 1 };
      break;
    }
  }
  return { shape: "forward", source, via: [], times: [], from: cue.to, to: s.to, clauseStart: null, scope: null };
}

/** Words a subject may carry after its first noun phrase: "and their allies in the movement", "inside the tower". */
const SUBJECT_MATERIAL = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PART"]);
const SUBJECT_WORDS = 12;

/**
 * "Republican politicians and their allies in the conservative movement speak …", "One operative inside Trump
 * Tower tried …": the phrase goes on with links and more nouns up to the sentence's verb. Only words of noun
 * phrases (and possessive pronouns) may stand between; the verb must not be a participle or an infinitive.
 */
function subjectBeforeVerb(view: View, np: Phrase, limit: number): Phrase | null {
  // "Trump on Tuesday dismissed …": a time ends the subject, though the verb comes after it.
  let end = -1;
  for (let c = np.to; c < Math.min(limit, np.to + SUBJECT_WORDS); c++) {
    const p = pos(view, c);
    const low = view.low[c] as string;
    if (p === "VERB" || p === "AUX") {
      if (c === np.to || low.endsWith("ing") || view.low[c - 1] === "to") return null;
      if (!SUBJECT_MATERIAL.has(pos(view, c - 1))) return null;
      return { from: np.from, to: end > 0 ? end : c, head: np.head };
    }
    if (end < 0 && (view.timeOf[c] !== -1 || (p === "ADP" && view.timeOf[c + 1] !== -1))) end = c;
    // "Transcript as follows": only the links of a noun phrase, not "as".
    if (p === "ADP" && !SUBJECT_PREPS.has(low)) return null;
    if (!SUBJECT_MATERIAL.has(p) && !(p === "PRON" && OWNERS.has(low))) return null;
  }
  return null;
}

const SUBJECT_PREPS = new Set([
  "of",
  "in",
  "for",
  "at",
  "from",
  "with",
  "on",
  "inside",
  "outside",
  "within",
  "among",
  "across",
]);

/** The subject of the sentence, for a participle cue with no cue before it ("Police arrested him, saying …"). */
const EMPHATIC: ReadonlySet<string> = new Set(["himself", "herself", "itself", "themselves"]);

export function sentenceSubject(view: View, s: SentenceRange, limit: number): Phrase | null {
  let w = s.from;
  // "A few minutes later they …": a leading time is no subject.
  while (w < limit && (pos(view, w) === "CCONJ" || pos(view, w) === "ADV" || view.timeOf[w] !== -1)) w++;
  // "Walking to the next address, Ebeling …": an opening participle's phrase up to its comma is no subject.
  if (pos(view, w) === "VERB" && /(?:ing|ed)$/.test(view.low[w] as string)) {
    for (let c = w + 1; c < Math.min(limit, w + 16); c++) {
      if (view.low[c] === ",") return c + 1 < limit ? sentenceSubject(view, { ...s, from: c + 1 }, limit) : null;
      if (SENTENCE_ENDS.has(view.low[c] as string)) break;
    }
  }
  const np = phraseAfter(view, w, limit);
  if (np) {
    let next = np.to;
    // "Morton Blackwell, founder of the institute, endorsed Cruz, saying …": skip the description; "Clinton, who was
    // speaking to the mayors, did not …": a relative clause too, verbs and all.
    if (view.low[next] === ",") {
      // "House members, looking for a way to shake up the debate, seized …": a participle's clause, verbs and all.
      const participle = pos(view, next + 1) === "VERB" && /(?:ing|ed)$/.test(view.low[next + 1] as string);
      const relative = view.low[next + 1] === "who" || view.low[next + 1] === "which" || participle;
      for (let c = next + 1; c < Math.min(limit, next + 20); c++) {
        const p = pos(view, c);
        if (!relative && (p === "VERB" || p === "AUX")) break;
        if (view.low[c] === ",") {
          next = c + 1;
          if (relative) break;
        }
      }
    }
    // "Mr. Rubio himself has been …": an emphatic reflexive stands with the subject.
    while (next < limit && (pos(view, next) === "ADV" || EMPHATIC.has(view.low[next] as string))) next++;
    const p = pos(view, next);
    if (p === "VERB" || p === "AUX") return np;
    const longer = subjectBeforeVerb(view, np, limit);
    if (longer) return longer;
  }
  // "On Tuesday, police …": an opening phrase without a verb.
  for (let c = w; c < limit; c++) {
    const p = pos(view, c);
    if (p === "VERB" || p === "AUX") return null;
    if (view.low[c] === ",")
      return c + 1 < limit && c + 1 !== w ? sentenceSubject(view, { ...s, from: c + 1 }, limit) : null;
  }
  return null;
}
