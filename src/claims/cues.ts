import { descriptors } from "../lexicon/descriptors.js";
import { heads } from "../lexicon/org-heads.js";
import { once } from "../lexicon/read-lexicon.js";
import { titles } from "../lexicon/titles.js";
import { checkedStart, isClause } from "./content.js";
import { type CueKind, cueLexicon, hedgeLexicon, type VerbPhrase } from "./lexicon.js";
import { findingAt, nounCueAt, pollOpener } from "./noun-cues.js";
import { FLOATING_QUANTIFIERS, loneLabel, type Phrase, phraseAfter, phraseBefore } from "./phrases.js";
import { readVia } from "./via.js";
import {
  BE_FORMS,
  glued,
  lemmaOf,
  lineStart,
  pos,
  SENTENCE_ENDS,
  type SentenceRange,
  type View,
  wordText,
} from "./view.js";

/** A cue found in a sentence: its words and its kind. */
export interface Cue {
  from: number;
  to: number;
  kind: CueKind;
  /** "seen as" cues: the word of "as". */
  as?: number;
  /** The cue is negated ("does not want"): the claim's content is denied. */
  negated?: boolean;
  /**
   * A noun cue ("his claim that …") with its owner, or "In a poll …, P" / "in his view, P" with the text or
   * holder it names: the source is read here rather than around a verb.
   */
  noun?: { owner: Phrase; link: number };
  finding?: { source: Phrase; comma: number };
  /** A colon cue inside a line ("… - Jane Roe: “…”"): where its speaker's phrase starts. */
  lead?: number;
  /** A headline's closing dash ("Drone kills three – governor"): the speaker follows it, the content comes before. */
  trailing?: boolean;
}

/** What stands before an adjective in a noun phrase (a participle after them modifies the noun that follows). */
const ATTRIBUTIVE_BEFORE = new Set(["CCONJ", "DET", "ADJ", "ADP"]);
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
  const dash = colon === null ? headlineDash(view, s) : null;
  if (colon !== null) cues.push({ from: colon, to: colon + 1, kind: lex.kinds.get("colon") as CueKind });
  else if (dash !== null)
    cues.push({ from: dash, to: dash + 1, kind: lex.kinds.get("colon") as CueKind, trailing: true });
  else {
    const inline = inlineColon(view, s);
    if (inline) cues.push({ ...inline, kind: lex.kinds.get("colon") as CueKind });
  }
  for (let w = s.from; w < s.to; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const low = view.low[w] as string;
    // Cue phrases, nouns and "in" start with a noun, a verb, a name or a preposition: other words skip the lookup.
    const p = pos(view, w);
    const start = p === "NOUN" || p === "VERB" || p === "ADP" || p === "PROPN" ? lex.starts.get(low) : undefined;
    if (start) {
      const phrase = phraseAt(view, start.phrases, w, s.to);
      if (phrase) {
        cues.push({ from: w, to: w + phrase.words.length, kind: phrase.kind });
        w += phrase.words.length - 1;
        continue;
      }
      if (start.finding) {
        const finding = findingAt(view, s, w);
        if (finding) cues.push(finding);
        continue;
      }
      const noun = start.noun ? nounCueAt(view, s, w) : null;
      if (noun) {
        cues.push(noun);
        continue;
      }
    }
    const pastAsAdjective = p === "ADJ" && pastTaggedAdjective(view, s, w);
    const participle = !pastAsAdjective && p !== "VERB" ? participleTaggedOther(view, s, w) : "";
    if (p !== "VERB" && !pastAsAdjective && !participle && !verbTaggedNoun(view, s, w)) continue;
    const lemma = pastAsAdjective || participle || (lemmaOf(view, w) as string);
    const entry = lex.verbEntries.get(lemma) ?? lex.verbEntries.get(low);
    // "police put the crowd at 30,000": an estimate by a verb that says nothing otherwise.
    const estimate = lex.kinds.get("estimate") as CueKind;
    if (p === "VERB" && lex.estimating.has(lemma) && figureAfterObject(view, s, w) > 0) {
      if (firesHere(view, s, w, estimate) !== "no") cues.push({ from: w, to: w + 1, kind: estimate });
      continue;
    }
    if (!entry || namesBeforeAs(view, s, w)) continue;
    if (entry.seenAs) {
      const as = seenAs(view, s, w);
      if (as !== null) {
        cues.push({ from: w, to: w + 1, kind: lex.kinds.get("seen-as") as CueKind, as });
        continue;
      }
    }
    const verbPhrase = verbPhraseAt(view, entry.phrases, w + 1, s.to);
    let kind = verbPhrase?.kind ?? entry.kind ?? (low !== lemma ? lex.verbEntries.get(low)?.kind : undefined);
    if (!kind || modifies(view, s, w)) continue;
    kind = verdictKind(view, s, kind, w + 1 + (verbPhrase?.rest.length ?? 0));
    // "citing officials" names whom the source relies on (a via), "citing weak demand" a reason (a claim).
    if (lex.viaMarkers.has(low) && (readVia(view, w, s.to)?.via.length ?? 0) > 0) continue;
    const to = w + 1 + (verbPhrase?.rest.length ?? 0);
    const fires = firesHere(view, s, w, kind, to);
    if (fires === "no") continue;
    cues.push({ from: w, to, kind, ...(fires === "negated" ? { negated: true } : {}) });
    w = to - 1;
  }
  // "In a poll released Monday, Clinton led …" only where no other cue speaks: "In a statement, she said …"; a poll's
  // respondents speak inside its finding ("In a poll, 31 percent said …").
  return cues.some((c) => !c.finding) ? cues.filter((c) => !c.finding || pollOpener(view, c)) : cues;
}

/** Words between "at" and the number of an estimate: "at just 30,000", "at about 12", "at more than 500". */
const FIGURE_LEADS = new Set([
  "just",
  "about",
  "around",
  "some",
  "nearly",
  "almost",
  "roughly",
  "more",
  "less",
  "than",
  "only",
  "over",
  "under",
  "least",
]);
/** How far after the verb the "at" of its figure may stand. */
const FIGURE_REACH = 16;

/**
 * "put the demonstrators' numbers at just 30,000": the "at" after the verb's object that a figure follows, or -1.
 * The object has no verb or punctuation of its own.
 */
function figureAfterObject(view: View, s: SentenceRange, w: number): number {
  for (let a = w + 2; a < s.to && a <= w + FIGURE_REACH; a++) {
    const low = view.low[a] as string;
    if (low === "at") {
      let n = a + 1;
      while (n < s.to && FIGURE_LEADS.has(view.low[n] as string)) n++;
      if (pos(view, n) === "NUM") return a;
      // "the death toll from the massacre at Baga at 150": a place after "at" belongs to the object.
      continue;
    }
    const p = pos(view, a);
    if (p === "VERB" || p === "AUX" || (p === "PUNCT" && low !== "'" && low !== "'s")) return -1;
  }
  return -1;
}

/** The first of `phrases` whose words stand at w, before `to` (plain loops: "in" starts some, and is everywhere). */
function phraseAt<P extends { words: readonly string[] }>(
  view: View,
  phrases: readonly P[] | undefined,
  w: number,
  to: number,
): P | undefined {
  if (!phrases) return undefined;
  for (const p of phrases) if (wordsAt(view, p.words, w, to)) return p;
  return undefined;
}

/** The first verb phrase whose words after the verb stand at w ("for" of "call for"). */
function verbPhraseAt(
  view: View,
  phrases: readonly VerbPhrase[] | undefined,
  w: number,
  to: number,
): VerbPhrase | undefined {
  if (!phrases) return undefined;
  for (const p of phrases) if (wordsAt(view, p.rest, w, to)) return p;
  return undefined;
}

function wordsAt(view: View, words: readonly string[], w: number, to: number): boolean {
  if (w + words.length > to) return false;
  for (let i = 0; i < words.length; i++) if (view.low[w + i] !== words[i]) return false;
  return true;
}

const COLON_REACH = 8;
/** A headline "Name on topic:" may run longer than a bare name. */
const TOPIC_REACH = 12;
const TOPIC_WORDS = new Set(["on", "to"]);

/**
 * "Graham: Trump is wrong", "Republican pollster Daron Shaw: “…”": a name or noun phrase alone before a
 * colon at the start of a line (or sentence) is who speaks. Labels ("Update:", "Photo:"), times and
 * phrases with a determiner ("The Latest:") are not.
 */
/**
 * Where the line of a colon starts: the sentence start, or a line break inside the sentence (a headline run on),
 * past a quotation mark opening it ('"WALLACE: Let's start …': a transcript quoted paragraph by paragraph opens
 * each with a mark, and the speaker's label comes right after it).
 */
export function colonLineStart(view: View, s: SentenceRange, colon: number): number {
  const start = lineStart(view, s, colon - 1);
  return view.quotes.openAt.has(start) && start + 1 < colon ? start + 1 : start;
}

function headlineColon(view: View, s: SentenceRange): number | null {
  const labels = cueLexicon().colonLabels;
  for (let colon = s.from + 1; colon < s.to - 2; colon++) {
    if (view.low[colon] !== ":") continue;
    const start = colonLineStart(view, s, colon);
    // Inside a quotation only when it opens the line (a transcript's '"WALLACE: …').
    const quoted = view.quotes.inside[colon] ?? -1;
    if (quoted !== -1 && view.quotes.pairs[quoted]?.open !== start - 1) continue;
    if (colon - start > TOPIC_REACH) continue;
    const first = wordText(view, start);
    if (!/^\p{Lu}/u.test(first) || pos(view, start) === "DET") continue;
    const np = phraseAfter(view, start, colon) ?? loneLabel(view, start, colon);
    if (!np || view.timeOf[np.head] !== -1) continue;
    const p = np.to - np.from === 1 && np.to === colon ? "PROPN" : pos(view, np.head);
    // "Merkel on migrants: …", "Clinton to Planned Parenthood: …": a name, then what or whom it speaks to.
    const topical = TOPIC_WORDS.has(view.low[np.to] as string) && p === "PROPN";
    if (np.to !== colon ? !topical : colon - start > COLON_REACH) continue;
    if (p !== "PROPN" && p !== "NOUN") continue;
    const whole = view.low.slice(start, colon).join(" ");
    if (labels.has(whole) || labels.has(view.low[np.head] as string)) continue;
    // In a title-case headline the tagger calls every word a name: "NY Daily News: Paris Attacks Highlight Threat".
    if (!saysSomething(view, colon + 1, s.to) && !(titleCase(view, s) && s.to - colon > 3)) continue;
    return colon;
  }
  return null;
}

const DASHES = new Set(["-", "--", "\u2014", "\u2013"]);
/** How many words a headline's closing speaker may have ("– governor", "- Russian Defence Ministry"). */
const DASH_SPEAKER_WORDS = 4;

/**
 * "Downed Drone Kills Three in Russia, Including Child – Governor", "Troops will stay - Kremlin": a headline line
 * (a paragraph of one sentence with no full stop) that closes on a free-standing dash and a short noun phrase
 * names who says the rest. Null when the words after the dash are more than a speaker or the line says too little.
 */
function headlineDash(view: View, s: SentenceRange): number | null {
  let end = s.to;
  while (end > s.from && pos(view, end - 1) === "PUNCT" && !DASHES.has(view.low[end - 1] as string)) end--;
  if (SENTENCE_ENDS.has(view.low[s.to - 1] as string)) return null;
  const paragraph = view.paragraphOf[s.from];
  if (view.paragraphOf[s.from - 1] === paragraph || view.paragraphOf[s.to] === paragraph) return null;
  for (let d = end - 2; d >= Math.max(s.from + 3, end - 1 - DASH_SPEAKER_WORDS); d--) {
    // "Israeli strike kills two in Lebanon: health ministry": a colon before the closing speaker works as the dash.
    const colon = view.low[d] === ":" && !glued(view, d, d + 1);
    if (!colon && (!DASHES.has(view.low[d] as string) || glued(view, d - 1, d) || glued(view, d, d + 1))) continue;
    const speaker = phraseAfter(view, d + 1, end);
    // After a dash the speaker is capitalised ("– Governor"); after a colon it may not be (": health ministry").
    if (!speaker || speaker.to !== end || (!colon && !/^\p{Lu}/u.test(wordText(view, d + 1)))) return null;
    // '…, Mr Meniaylo said. – Reuters': a credit after a finished sentence is no headline's speaker.
    if (SENTENCE_ENDS.has(view.low[d - 1] as string)) return null;
    // The line before says something (a verb: "Drone Kills Three"); "Live updates – Ukraine war" says nothing.
    let verb = false;
    for (let w = s.from; w < d && !verb; w++) verb = pos(view, w) === "VERB" || pos(view, w) === "AUX";
    return verb && speaks(view, speaker.head) ? d : null;
  }
  return null;
}

/** A head that can speak a headline: a name, an office ("Governor"), an organization's head word, or a source noun. */
function speaks(view: View, head: number): boolean {
  const low = view.low[head] as string;
  return pos(view, head) === "PROPN" || titles().heads.has(low) || heads().org.has(low) || HEADLINE_SOURCES.has(low);
}
const HEADLINE_SOURCES = new Set([
  "sources",
  "officials",
  "report",
  "reports",
  "study",
  "poll",
  "survey",
  "media",
  "experts",
  "analysts",
  "witnesses",
  "residents",
  "police",
]);
/** Words that hand over to a quoted speaker: "More from Jones: “…”", "From the report: “…”", "Here's Clinton in 1992: “…”". */
const HANDOVERS = new Set(["from", "here's", "here", "'s", "\u2019s"]);

/**
 * "SOME HEADLINE - Jane Roe: “…”", "More from Roe: “…”": a name or noun phrase after a dash or a word that
 * hands over, then a colon and a quotation. Only with the quotation, which shows the phrase is who speaks.
 */
function inlineColon(view: View, s: SentenceRange): { from: number; to: number; lead: number } | null {
  for (let colon = s.from + 1; colon < s.to - 1; colon++) {
    if (view.low[colon] !== ":" || view.quotes.inside[colon] !== -1 || !view.quotes.openAt.has(colon + 1)) continue;
    const found = phraseBefore(view, colon, s.from);
    if (!found || found.to !== colon) continue;
    // "More from Roe:": the phrase may have swallowed the words that hand over.
    const from = [found.from, found.from + 1].find((w) => view.low[w] === "from" && w + 1 < colon);
    const np = from === undefined ? found : { ...found, from: from + 1 };
    if (np.from === s.from) continue;
    const p = pos(view, np.head);
    if ((p !== "PROPN" && p !== "NOUN") || view.timeOf[np.head] !== -1) continue;
    const before = view.low[np.from - 1] as string;
    if (!DASHES.has(before) && !HANDOVERS.has(before)) continue;
    if (cueLexicon().colonLabels.has(view.low[np.head] as string)) continue;
    return { from: colon, to: colon + 1, lead: np.from };
  }
  return null;
}

/** Does the stretch hold a verb, a noun or a quotation? "Clinton: 1,769" (a tally) says nothing; "Graham: Trump is wrong" does. */
function saysSomething(view: View, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    const p = pos(view, w);
    if (p === "VERB" || p === "AUX" || p === "NOUN" || p === "ADJ" || view.quotes.openAt.has(w)) return true;
  }
  return false;
}

/**
 * "Six in 10 say …", "Trump says …", "8 in 10 in Alabama support the plan": the tagger calls the verb a noun
 * after a number, a name or a pronoun. "the final say", "16 states", "the Trump plan to …" and "with Turkish
 * support," stay nouns: after a number the verb is bare (a plural "states" is a noun), after a name it ends in
 * -s or -ed or an object follows.
 */
/**
 * "The lawyer alleged that officers …": a past form the tagger read as an adjective, between a subject (a noun, a
 * name, a pronoun or "had") and "that" with a clause after it, is the verb. Its lemma, or "" when it is none.
 */
function pastTaggedAdjective(view: View, s: SentenceRange, w: number): string {
  const low = view.low[w] as string;
  if (w === s.from || !low.endsWith("ed")) return "";
  // '"…," the veteran alleged.': the cue closes the sentence after a quotation and its speaker.
  const closing = (w + 1 >= s.to || view.low[w + 1] === ".") && quoteBeforeSpeaker(view, s, w);
  if (!closing && (view.low[w + 1] !== "that" || !finiteAfter(view, w + 2, s.to))) return "";
  const before = pos(view, w - 1);
  const ageNoun = closing && view.low[w - 1] === "old" && view.low[w - 2] === "-";
  // "X of the party, commonly known as Y, alleged that …": after the comma closing an insertion too.
  const afterInsertion = view.low[w - 1] === "," && !closing;
  if (before !== "NOUN" && before !== "PROPN" && before !== "PRON" && before !== "AUX" && !ageNoun && !afterInsertion)
    return "";
  const verbs = cueLexicon().verbEntries;
  for (const lemma of [low.slice(0, -1), low.slice(0, -2)]) if (verbs.has(lemma)) return lemma;
  return "";
}

/** Words before a participle of the subject's: a comma, or a preposition that leads a gerund ("by promising to …"). */
const PARTICIPLE_LEADS = new Set([",", ";", "by", "after", "before", "while", "when", "without", "upon", "despite"]);

/**
 * ", promising to build …", "by promising to impose …", ", repeating that …": an -ing form of a cue verb the tagger
 * read as an adjective or a noun ("a promising start", "the repeating pattern") is the verb where a participle of the
 * subject's stands: after a comma or a gerund's preposition, or opening the sentence, with "that" and a clause, "to"
 * and a verb, a quotation or a colon after it. Its lemma, or "" when it is none.
 */
function participleTaggedOther(view: View, s: SentenceRange, w: number): string {
  const low = view.low[w] as string;
  const p = pos(view, w);
  // "Promising that …," opening the sentence: capitalised, the tagger may call it a name.
  const tagged = p === "ADJ" || p === "NOUN" || (p === "PROPN" && w === s.from);
  if (!tagged || !low.endsWith("ing") || low.length < 6) return "";
  if (w !== s.from && !PARTICIPLE_LEADS.has(view.low[w - 1] as string)) return "";
  const next = view.low[w + 1];
  const opensContent =
    (next === "that" && isClause(view, w + 2, s.to)) ||
    (next === "to" && pos(view, w + 2) === "VERB") ||
    next === ":" ||
    view.quotes.openAt.has(w + 1);
  if (!opensContent) return "";
  const stem = low.slice(0, -3);
  // "promising" → "promise", "repeating" → "repeat", "admitting" → "admit".
  const doubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  const verbs = cueLexicon().verbEntries;
  for (const lemma of [stem, `${stem}e`, doubled]) if (verbs.get(lemma)?.kind) return lemma;
  return "";
}

const SPEAKER_WORDS = 8;

/**
 * "rejected the results as fraudulent", "dismissed as fraudulent the results": a verdict on what a denial cue takes
 * that names no claim. The source asserts the verdict, so the cue reads as a description ("describe"), not a denial.
 */
function verdictKind(view: View, s: SentenceRange, kind: CueKind, end: number): CueKind {
  if (!kind.needsDenialObject) return kind;
  // "rejected the results as fraudulent": a denial object with "as" after it carries a verdict all the same.
  const object = view.low[end] === "as" ? null : phraseAfter(view, end, s.to);
  const verdict = view.low[end] === "as" || (object !== null && view.low[object.to] === "as");
  if (!verdict && checkedStart(view, s, end, kind)) return kind;
  const describe = cueLexicon().kinds.get("describe");
  return describe && checkedStart(view, s, end, describe) ? describe : kind;
}

/** A closing quotation mark a few words before `w`, with no verb between: '"…," the 62-year-old alleged'. */
function quoteBeforeSpeaker(view: View, s: SentenceRange, w: number): boolean {
  for (let b = w - 1; b >= s.from && w - b <= SPEAKER_WORDS; b--) {
    if (view.quotes.closeAt.has(b)) return b < w - 1;
    const p = pos(view, b);
    if (p === "VERB" || p === "AUX") return false;
  }
  return false;
}

/** A verb of a clause somewhere after `from`: an auxiliary, or a verb that is no gerund or infinitive. */
function finiteAfter(view: View, from: number, to: number): boolean {
  if (isClause(view, from, to)) return true;
  for (let w = from + 1; w < to; w++) {
    const p = pos(view, w);
    if (p === "AUX" && view.low[w - 1] !== "to") return true;
    if (p === "VERB" && !(view.low[w] as string).endsWith("ing") && view.low[w - 1] !== "to") {
      const before = pos(view, w - 1);
      if (before === "NOUN" || before === "PROPN" || before === "PRON" || before === "ADV" || view.low[w - 1] === ",")
        return true;
    }
  }
  return false;
}

function verbTaggedNoun(view: View, s: SentenceRange, w: number): boolean {
  if (pos(view, w) !== "NOUN" || w === s.from) return false;
  const before = pos(view, w - 1);
  const low = view.low[w] as string;
  if (before === "NUM" || shareSubject(view, s, w - 1)) return !low.endsWith("s");
  const next = pos(view, w + 1);
  // "Media reports say …", "News reports claim …": a cue verb right after the -s form makes it the subject's noun.
  const after = view.low[w + 1] as string;
  if (low.endsWith("s") && ((next === "VERB" && !after.endsWith("ing")) || cueLexicon().verbEntries.has(after)))
    return false;
  // "Media reports about a large number of …", "Claims of fraud …": a reported noun with what it is about.
  if (cueLexicon().denialObjects.has(low) && (after === "about" || after === "of")) return false;
  const object = next === "DET" || next === "PRON" || next === "PROPN" || view.low[w + 1] === "that";
  // "Republicans support deportation", "voters support raising the tax": after a plural, a bare noun or a gerund
  // is the verb's object too.
  const plural =
    (view.low[w - 1] as string).endsWith("s") ||
    view.low[w - 1] === "percent" ||
    view.low[w - 1] === "%" ||
    pluralHeadBefore(view, s, w);
  // "figures show 300 people died": a count opens the clause after a plural's bare verb.
  const bareObject =
    object || next === "NOUN" || next === "NUM" || (next === "VERB" && (view.low[w + 1] as string).endsWith("ing"));
  if ((before === "NOUN" || before === "PROPN") && !low.endsWith("s") && closesClause(view, s, w)) return true;
  // "the suit claims that Gowdy lied", "the campaign worries that …": after a singular noun, an -s form with
  // "that" and a clause after it.
  if (before === "NOUN" && !plural && low.endsWith("s") && view.low[w + 1] === "that" && isClause(view, w + 2, s.to))
    return true;
  // "Israel's military claims it hit …": a pronoun opening a clause after the -s form of a singular subject (whose
  // last word the tagger may call an adjective).
  // "The government claims Galen runs …", 'The ad claims “Jeb is …”': a name opening a clause, or a quotation.
  const opensReport =
    ((next === "PRON" || next === "PROPN") && isClause(view, w + 1, s.to)) || view.quotes.openAt.has(w + 1);
  if ((before === "NOUN" || before === "ADJ") && !plural && low.endsWith("s") && opensReport) return true;
  // "The army claims capturing the town": a gerund after the -s form of a singular subject.
  const subjectOpens = w - 1 === s.from || pos(view, w - 2) === "DET" || pos(view, w - 2) === "PART";
  const gerund = next === "VERB" && (view.low[w + 1] as string).endsWith("ing");
  if (before === "NOUN" && !plural && low.endsWith("s") && gerund && subjectOpens) return true;
  // "Two jets shot down, claims Pakistan": after a comma, an -s form with a name that closes the clause.
  if (view.low[w - 1] === "," && low.endsWith("s") && next === "PROPN") {
    let n = w + 1;
    while (n < s.to && pos(view, n) === "PROPN") n++;
    return n >= s.to || CLAUSE_ENDS.has(view.low[n] as string);
  }
  // "A TV show he hosted": a base form after a phrase that "a" opens is that phrase's noun.
  if (!low.endsWith("s") && singularOpened(view, s, w)) return false;
  if (before === "PROPN") return /(?:s|ed)$/.test(low) || object || (plural && !low.endsWith("s") && bareObject);
  // "Court records show she paid": after a plural noun, with a clause or an object after it.
  // "64 percent call him …": a share of people counts as a plural subject.
  if (before === "NOUN" && plural && !low.endsWith("s")) return bareObject || relativeGapAfter(view, s, w);
  return before === "PRON" && !["his", "her", "its", "their", "our", "my", "your"].includes(view.low[w - 1] as string);
}

/** Prepositions that hang a phrase on the noun before them: "records from the 2008 cycle", "polls by Gallup". */
const POSTMODIFYING = new Set(["of", "from", "by", "for", "in", "on", "at", "with"]);

/**
 * "FEC records from the 2008 election cycle show …", "results of polls conducted by Edison for The Associated Press
 * show …": the subject's plural head stands before the phrases that hang on it, which end in a singular word. True
 * when, walking back over those phrases (and a participle after a noun), a plural noun sits right before a
 * preposition and nothing before it in the sentence is a verb.
 */
function pluralHeadBefore(view: View, s: SentenceRange, w: number): boolean {
  for (let b = w - 1; b > s.from && w - b <= 14; b--) {
    const p = pos(view, b);
    const low = view.low[b] as string;
    if (POSTMODIFYING.has(low) && p === "ADP") {
      const head = b - 1;
      const plural = /s$/.test(view.low[head] as string) && view.low[head] !== "'s";
      // The tagger calls a sentence's capitalised first word a name ("Records from …").
      const noun = pos(view, head) === "NOUN" || (pos(view, head) === "PROPN" && head === s.from);
      if (noun && plural && !verbBefore(view, s, head)) return true;
      continue;
    }
    if (p === "VERB" && /ed$/.test(low) && (pos(view, b - 1) === "NOUN" || pos(view, b - 1) === "PROPN")) continue;
    if (!NOUN_PHRASE_WORDS.has(p)) return false;
  }
  return false;
}

const NOUN_PHRASE_WORDS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);

/**
 * "the kind of job that many economists say is the future": a verb right after the cue word, whose subject is the
 * relative word that opens the phrase before it, makes the word the relative clause's cue verb.
 */
function relativeGapAfter(view: View, s: SentenceRange, w: number): boolean {
  const next = pos(view, w + 1);
  if (next !== "AUX" && !(next === "VERB" && !(view.low[w + 1] as string).endsWith("ing"))) return false;
  const b = beforeNounRun(view, s, w);
  return b >= 0 && (view.low[b] === "that" || view.low[b] === "which");
}

const NOUN_RUN = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** The word before the nouns and modifiers that end right before `w` ("that" of "that many economists say"), or -1. */
function beforeNounRun(view: View, s: SentenceRange, w: number): number {
  let b = w - 1;
  while (b > s.from && NOUN_RUN.has(pos(view, b))) b--;
  return b < w - 1 ? b : -1;
}

const SINGULAR_DETERMINERS = new Set(["a", "an", "this", "each", "every", "another"]);

/** Is the word at `w` inside a noun phrase a singular determiner opens ("a TV show", "this cooking show")? */
function singularOpened(view: View, s: SentenceRange, w: number): boolean {
  const b = beforeNounRun(view, s, w);
  return b >= 0 && SINGULAR_DETERMINERS.has(view.low[b] as string);
}

/** A verb or auxiliary between the sentence's start and `w`. */
function verbBefore(view: View, s: SentenceRange, w: number): boolean {
  for (let b = s.from; b < w; b++) if (pos(view, b) === "VERB" || pos(view, b) === "AUX") return true;
  return false;
}

const CLAUSE_ENDS = new Set([".", ",", "!", "?", ";"]);
const PLURAL = /(?:s|^data)$/;

/**
 * "…, campaign records show.", "…, F.A.A. records show, the plane flew …": a bare word after a plural record
 * (lexicon findings: records, polls, reports) that ends its clause, whose subject comes after a comma, is the verb
 * of a cue standing after its content ("…, the fireworks show." is a noun).
 */
function closesClause(view: View, s: SentenceRange, w: number): boolean {
  if (!CLAUSE_ENDS.has(view.low[w + 1] as string) && w + 1 < s.to) return false;
  const subject = phraseBefore(view, w, s.from);
  // "…, the official results of the election show.": the phrase's head is the record, whatever ends it.
  // A plural record ("records show", "the results of the election show"): a bare verb agrees with it.
  const record = (k: number) => cueLexicon().findings.has(view.low[k] as string) && PLURAL.test(view.low[k] as string);
  if (!subject || (!record(w - 1) && !record(subject.head))) return false;
  return view.low[subject.from - 1] === ",";
}

/** Shares that stand alone as a subject: "Some argue …", "Many say …". */
const SHARE_SUBJECTS = new Set(["most", "many", "some", "several", "few", "both", "all"]);

/** Is the word at `w` a share standing alone as the subject, at the start of the sentence or after a comma or "and"? */
function shareSubject(view: View, s: SentenceRange, w: number): boolean {
  if (!SHARE_SUBJECTS.has(view.low[w] as string)) return false;
  const before = view.low[w - 1] ?? "";
  return w === s.from || before === "," || before === ";" || before === "and" || before === "but";
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
  // "establishment-backed", "GOP-endorsed": a participle hyphened to its agent.
  if (view.low[w - 1] === "-" && glued(view, w - 1, w)) return true;
  const before = pos(view, w - 1);
  const after = pos(view, w + 1);
  return (before === "DET" || before === "NUM" || before === "ADJ") && (after === "NOUN" || after === "PROPN");
}

/**
 * The checks that keep a cue verb from firing where it reports nothing: "no", "yes", or "negated" for a
 * negated cue of a kind that still reports when negated ("does not want …").
 */
function firesHere(view: View, s: SentenceRange, w: number, kind: CueKind, end = w + 1): "no" | "yes" | "negated" {
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
    return "no";
  // "the said company" is no cue; "the two sides both said", "Ukraine and Russia each reported" are.
  const floating = FLOATING_QUANTIFIERS.has(previous) && (pos(view, w - 2) === "NOUN" || pos(view, w - 2) === "PROPN");
  if (
    w > s.from &&
    pos(view, w - 1) === "DET" &&
    !["that", "which"].includes(previous) &&
    !floating &&
    !shareSubject(view, s, w - 1)
  )
    return "no";
  // In capitals ("EVEN OZ'S BOSS THINKS …"): a heading over the story, not a report of its own.
  if (text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) return "no";
  // A participle before a noun that a title or name goes on is an adjective: "and accused doctor killer James
  // Kopp", "alleged ringleader Abdel …" ("denied reports that …" stays a cue: its noun stands alone).
  if (
    /(?:ed|en)$/.test(view.low[w] as string) &&
    pos(view, w + 1) === "NOUN" &&
    /^\p{Ll}/u.test(wordText(view, w + 1)) &&
    (pos(view, w + 2) === "NOUN" || pos(view, w + 2) === "PROPN") &&
    ATTRIBUTIVE_BEFORE.has(pos(view, w - 1))
  )
    return "no";
  // Negated or refused: "did not say", "never confirmed", "declined to comment".
  let negated = false;
  for (let b = w - 1; b >= s.from && b >= w - 3; b--) {
    const low = view.low[b] as string;
    if (NEGATORS.has(low)) {
      if (!kind.negatable) return "no";
      negated = true;
      continue;
    }
    if (low === "to" && b - 1 >= s.from && hedges.refusals.has(lemmaOf(view, b - 1) as string)) return "no";
    const p = pos(view, b);
    if (p !== "AUX" && p !== "ADV" && p !== "PART") break;
  }
  // "… whether": an indirect question, not a claim (unless asking is what the cue does).
  for (let a = w + 1; a < s.to && a <= w + 3 && !kind.questions; a++) {
    if (hedges.questions.has(view.low[a] as string)) return "no";
    // "said when asked whether …": the question belongs to the verb of another clause.
    if (view.low[a] === "that" || view.low[a] === "," || OCCASIONS.has(view.low[a] as string)) break;
  }
  // "Having said that, …", "That said, …": nothing reported. Past the cue's own words: "as she put it, …" reports.
  const next = view.low[end] ?? "";
  const after = end + 1 < s.to ? pos(view, end + 1) : "PUNCT";
  if (
    EMPTY_OBJECTS.has(next) &&
    after === "PUNCT" &&
    !/^["\u201c\u2018':]$/.test(view.low[end + 1] ?? "") &&
    !thatBeforeAside(view, s, end)
  )
    return "no";
  if (w === s.from + 1 && previous === "that" && next === ",") return "no";
  return negated ? "negated" : "yes";
}

/** Words that open a shortened clause about the occasion of saying ("said when asked whether …"). */
const OCCASIONS = new Set(["when", "while", "after", "before", "once"]);

const ASIDE_WORDS = 16;

/**
 * "added that, based on what he has seen, the judge was fair": "that" and an aside between commas, then a
 * clause. Not "Having said that, the mayor left" (one comma, and what follows is the writer's).
 */
function thatBeforeAside(view: View, s: SentenceRange, w: number): boolean {
  if (view.low[w] !== "that" || view.low[w + 1] !== ",") return false;
  for (let c = w + 3; c < Math.min(s.to - 1, w + ASIDE_WORDS); c++) {
    if (view.low[c] === ";" || view.low[c] === ":") return false;
    if (view.low[c] === ",") return isClause(view, c + 1, s.to);
  }
  return false;
}

/**
 * The participles of the names stage's alias cues that stand right before "as" ("known" of "also known as"): they
 * give a name, not a view.
 */
const namingParticiples = once(
  (): ReadonlySet<string> =>
    new Set(descriptors().aliasCues.flatMap((c) => (c.words.at(-1) === "as" ? [c.words.at(-2) ?? ""] : []))),
);

/** "the mission known as MONUSCO", "known locally as": a name given, not a view reported. */
export function namesBeforeAs(view: View, s: SentenceRange, w: number): boolean {
  if (!namingParticiples().has(view.low[w] as string)) return false;
  let a = w + 1;
  while (a < s.to && pos(view, a) === "ADV") a++;
  return view.low[a] === "as";
}

/** For a passive "seen (by X) as …": the word of "as", or null. Active uses ("analysts see him as …") do not count. */

function seenAs(view: View, s: SentenceRange, w: number): number | null {
  // Only the participle ("seen", "viewed", "regarded"), never "see" or "sees".
  if (!/(?:ed|en|wn)$/.test(view.low[w] as string)) return null;
  let b = w - 1;
  while (b >= s.from && pos(view, b) === "ADV") b--;
  const before = b >= s.from ? (view.low[b] as string) : "";
  const passive = BE_FORMS.has(before) || [",", "-", "--", "\u2014", "\u2013", "(", "and"].includes(before);
  const reduced = b >= s.from && (pos(view, b) === "NOUN" || pos(view, b) === "PROPN");
  if (!passive && !reduced) return null;
  // Only adverbs or "by" and the holders may stand between the participle and "as" ("described the deal as" is active).
  let a = w + 1;
  // "seen as capable": the tagger may call that "as" an adverb too.
  while (a < s.to && pos(view, a) === "ADV" && view.low[a] !== "as") a++;
  if (view.low[a] === "by") {
    for (a++; a < s.to && a <= w + 10; a++) {
      const low = view.low[a] as string;
      if (low === "as") break;
      if (low === "," || pos(view, a) === "VERB" || pos(view, a) === "AUX") return null;
    }
  }
  if (view.low[a] !== "as" || a + 1 >= s.to) return null;
  return pos(view, a) !== "ADV" || verdictEnds(view, s, a + 1) ? a : null;
}

/**
 * 'seen as capable', 'a state seen as critical for the party': after an "as" the tagger calls an adverb, the
 * verdict ends with its phrase; not "as briefly as she could" (a comparison) or "people seen as likely
 * troublemakers are …" (the phrase runs into the sentence's own verb).
 */
function verdictEnds(view: View, s: SentenceRange, w: number): boolean {
  for (let c = w; c < s.to; c++) {
    const low = view.low[c] as string;
    if (low === "," || low === ";" || SENTENCE_ENDS.has(low)) return true;
    if (low === "as" || pos(view, c) === "AUX" || (pos(view, c) === "VERB" && !low.endsWith("ing"))) return false;
  }
  return true;
}
