import type { Claim, Entity, SourceRef, TimeExpression } from "../article/analysis.js";
import { span } from "../article/span.js";
import { isCommonWord } from "../lexicon/common-words.js";
import { descriptors } from "../lexicon/descriptors.js";
import { heads } from "../lexicon/org-heads.js";
import { titles } from "../lexicon/titles.js";
import type { Sentence, Token } from "../pipeline/layers.js";
import { info } from "../pipeline/messages.js";
import type { StageMessage } from "../pipeline/stage.js";
import { certaintyOf, provenanceDoubt, weaker } from "./certainty.js";
import { contrastEnd, frontedClauseEnd, frontedComma, quoteEnd, trimContent } from "./content.js";
import { cueSpan } from "./cue-span.js";
import { findCues } from "./cues.js";
import { describedSpeakers } from "./described-speakers.js";
import type { Draft } from "./draft.js";
import type { Frame, ViaPhrase } from "./frame.js";
import { cueLexicon } from "./lexicon.js";
import { objectTailEnd } from "./object-tail.js";
import { ARTICLES, type Phrase, phraseBefore, RELATIVE, RELATIVE_PRONOUNS } from "./phrases.js";
import { polarityOf } from "./polarity.js";
import { isQuotation } from "./quotes.js";
import { cueTime, trailingCueTime } from "./reported-at.js";
import { indexMentions, isPronounSource, type MentionIndex, pronounSpeaker, resolveSource } from "./resolve.js";
import { signedQuotes } from "./signed-quotes.js";
import { readFrame, sentenceSubject } from "./source.js";
import { subordinateSubject } from "./speaker-layouts.js";
import { speakerTailAt, verdictAt } from "./speaker-tails.js";
import { SPEECH_KINDS } from "./speech-kinds.js";
import { quoteGoesOn } from "./split-quotes.js";
import { colonQuotes, standaloneQuotes } from "./standalone-quotes.js";
import { markUnverified } from "./verification.js";
import { readVia, startsVia } from "./via.js";
import { buildView, glued, pos, type SentenceRange, type View } from "./view.js";

export interface ClaimsInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  times: readonly TimeExpression[];
  entities: readonly Entity[];
}

/**
 * Finds the article's claims in one pass over its sentences: cues by lookup, then for each cue its source,
 * via chain, content, time said, polarity and certainty. Sentences only look at themselves and their
 * neighbours, so the work grows with the article's length.
 */
export function extractClaims(input: ClaimsInput): { claims: Claim[]; messages: StageMessage[] } {
  const names = input.entities.flatMap((e) => (e.type === "PERSON" || e.type === "ORG" ? e.mentions : []));
  const view = buildView(input.text, input.tokens, input.sentences, input.times, names);
  const index = indexMentions(input.entities, input.text);
  const drafts: Draft[] = [];
  /** One past the last content word of the kept forward claims: cues before it are nested in a content. */
  let reach = -1;
  view.sentences.forEach((s, si) => {
    const cues = findCues(view, s);
    if (cues.length === 0) return;
    const frames = cues.map((cue) => readFrame(view, s, cue)).filter((f): f is Frame => f !== null);
    if (frames.length === 0) return;
    const dropped = mergeAccording(frames);
    const cuts = cutsOf(view, s, frames);
    // "Two jets shot down, claims Pakistan, India refutes": where another source's inverted cue starts.
    // "P, local sources told AFP, an allegation denied by the army": a postposed cue's clause inside a later one's words.
    const inverted = frames.flatMap((f) =>
      (f.shape === "inverted" || f.shape === "postposed") && f.clauseStart !== null ? [f.clauseStart] : [],
    );
    const doubt = provenanceDoubt(view, s);
    const here: Draft[] = [];
    for (const frame of frames) {
      if (dropped.has(frame)) continue;
      // "Cruz endorses Trump, who says he is honored": a cue in a relative clause set off by a comma is the writer's
      // aside about someone, not part of what the claim before reports.
      const aside = relativeAside(view, frame);
      const nested = frame.cue.from < reach && frame.shape !== "postposed" && frame.shape !== "inverted" && !aside;
      // "opposes what it calls an unfair freeze": the naming inside the content is a claim of its own too.
      const freeRelative = frame.source !== null && view.low[frame.source.from - 1] === "what";
      // "offered ammunition to Republicans who say the law is a money pit": whoever a relative clause inside the
      // content describes speaks for themselves.
      const describedSpeaker = frame.shape === "forward" && relativeSpeaker(view, frame) && !insideSpeech(here, frame);
      if (nested && !deniedReport(view, here, frame) && !freeRelative && !describedSpeaker) continue;
      const draft = draftOf(view, index, s, si, frame, cuts, here, doubt, inverted);
      if (!draft || headingNotSpeaker(draft) || datelineNotSpeaker(view, index, draft) || saysNothing(view, draft))
        continue;
      here.push(draft);
      const more = quoteGoesOn(view, s, draft);
      if (more) here.push(more);
      // "The toll appeared likely to rise because it said …": an impression nobody is named for holds no
      // speech of its own, so the cues inside it still speak.
      const impression = frame.cue.kind.name === "seem" && !draft.source;
      // "In a poll, 31 percent said …": the respondents' answers are claims of their own inside the poll's finding.
      const poll = frame.cue.finding !== undefined;
      const beside = frame.shape === "postposed" || frame.shape === "inverted" || frame.shape === "parenthetical";
      if (!beside && !impression && !poll) reach = Math.max(reach, draft.to);
    }
    drafts.push(...withoutNestedAttitudes(here));
  });
  drafts.push(...colonQuotes(view, drafts).map((c) => ({ ...c, source: sourceRef(view, index, c.subject) })));
  drafts.push(...signedQuotes(view, drafts).map((c) => ({ ...c, source: sourceRef(view, index, c.subject) })));
  const messages: StageMessage[] = [];
  for (const quote of standaloneQuotes(view, drafts)) {
    drafts.push(quote);
    if (!quote.source) {
      const open = view.words[quote.from];
      messages.push(
        info(
          "unattributed-quote",
          "A quotation with no speaker the text names nearby.",
          open && { start: open.start, end: open.end },
        ),
      );
    }
  }
  const at = (w: number) => view.words[w]?.start ?? 0;
  drafts.sort((a, b) => at(a.cue.from) - at(b.cue.from) || at(a.from) - at(b.from));
  // Described speakers first ("the air force said"), whom a pronoun after them may go on with ("it added"), and
  // again after the pronouns ("he said … the 62-year-old said").
  describedSpeakers(drafts, index);
  speakersGoOn(view, index, drafts);
  describedSpeakers(drafts, index);
  ownersAsSubjects(view, index, drafts);
  markUnverified(view, drafts);
  return { claims: drafts.map((d, i) => toClaim(view, d, i)), messages };
}

/**
 * Is the cue inside the content of a claim of speech before it in the sentence? "Reid claimed he had a source who
 * told him P": what the source told is Reid's claim, not the writer's; "offered ammunition to Republicans who say P"
 * (an act, no speech) leaves it to the writer.
 */
function insideSpeech(here: readonly Draft[], frame: Frame): boolean {
  for (let i = here.length - 1; i >= 0; i--) {
    const d = here[i] as Draft;
    if (d.from <= frame.cue.from && frame.cue.from < d.to) return SPEECH_KINDS.has(d.frame.cue.kind.name);
  }
  return true;
}

/** "Republicans who say …": a cue right after "who" with the phrase it describes ("that" as often has a thing). */
function relativeSpeaker(view: View, frame: Frame): boolean {
  const group = verbGroupStart(view, frame.cue.from);
  return (
    frame.source !== null &&
    view.low[group - 1] === "who" &&
    frame.source.to === group - 1 &&
    pos(view, frame.cue.from) === "VERB"
  );
}

/** Where the verb group ending in the cue starts: past its auxiliaries and adverbs ("who has long said"). */
function verbGroupStart(view: View, cue: number): number {
  let w = cue;
  while (w > 0 && (pos(view, w - 1) === "AUX" || pos(view, w - 1) === "ADV" || view.low[w - 1] === "not")) w--;
  return w;
}

/**
 * "Cruz endorses Trump, who says …", "criticized her email use, which an inquiry said was careless": a cue in a
 * relative clause set off by a comma, as its subject or with its own subject after the relative word.
 */
function relativeAside(view: View, frame: Frame): boolean {
  // ("…, who is expected to …": past auxiliaries only when someone speaks; a passive names nobody.)
  const group = frame.source ? verbGroupStart(view, frame.cue.from) : frame.cue.from;
  const at = frame.source && frame.source.to === group ? frame.source.from : group;
  const relative = view.low[at - 1] === "who" || view.low[at - 1] === "which";
  return relative && view.low[at - 2] === ",";
}

/**
 * "The army dismissed media reports that six soldiers were killed": the reports the denial names are a claim of
 * their own, by whoever reported, so the two sides stand in the record (and meet as a conflict). Only a noun cue
 * that is the denied object, between the denial's cue and its content.
 */
function deniedReport(view: View, here: readonly Draft[], frame: Frame): boolean {
  if (!frame.cue.noun && frame.shape !== "forward") return false;
  const denial = here.at(-1);
  if (denial?.polarity !== "negative" || denial.frame.cue.kind.polarity !== "negative") return false;
  // "denied reports that …", or "dismissed media reports claiming that …": the reports' own cue.
  const word = view.low[frame.cue.from] as string;
  const objects = cueLexicon().denialObjects;
  const participle = word.endsWith("ing") && objects.has(view.low[frame.cue.from - 1] as string);
  return (objects.has(word) || participle) && denial.frame.cue.to <= frame.cue.from && frame.cue.to <= denial.from;
}

/**
 * Pronoun sources read again once every claim is known (see pronounSpeaker): the claim before each is the one
 * whose cue comes before its pronoun.
 */
function speakersGoOn(view: View, index: MentionIndex, drafts: Draft[]): void {
  const charsOf = (d: Draft) => ({
    start: view.words[d.from]?.start ?? 0,
    end: view.words[d.to - 1]?.end ?? 0,
  });
  drafts.forEach((d, i) => {
    const span = d.source?.span;
    if (!d.source || !span || !isPronounSource(d.source.text)) return;
    if (unnamedBefore(drafts, i)) {
      d.source = { ...d.source, entity: null };
      return;
    }
    let previous: Draft | undefined;
    for (let j = i - 1; j >= 0 && !previous; j--) {
      const p = drafts[j] as Draft;
      if (p.source?.entity && (view.words[p.cue.from]?.start ?? 0) < span.start) previous = p;
    }
    const speaker = previous?.source?.entity;
    const speakerType = speaker ? index.types.get(speaker) : undefined;
    // "Flynn said Trump was right when he said …": in the same sentence as the claim before, a pronoun speaks of what
    // that claim is about; speakers go on from one sentence to the next.
    const sameSentence = previous !== undefined && previous.sentence === d.sentence;
    const said = previous?.source?.span;
    // "The office released a statement saying … It said …": a text speaks for its issuer, who goes on as "it".
    const lastWord = previous?.source?.text.toLowerCase().split(/\s+/).pop() ?? "";
    const issued = cueLexicon().mouthpieces.has(lastWord) && cueLexicon().documents.has(lastWord);
    const before =
      previous && speaker && speakerType && !sameSentence
        ? { content: charsOf(previous), speaker, speakerType, issued, ...(said ? { source: said } : {}) }
        : null;
    // A quotation seldom names its own speaker; a paraphrase may ("Ms. LaBelle got a roar, she added").
    const own = d.quote ? charsOf(d) : { start: 0, end: 0 };
    const continues = d.frame.cue.kind.continues === true;
    d.source = { ...d.source, entity: pronounSpeaker(view.text, index, span, { own, before, continues }) };
  });
}

const OWNER_PRONOUNS = new Set(["his", "her", "its", "their"]);

/**
 * "Trump is doubling down on his support for …", "The senators signaled their support for …": the owner of a noun cue
 * is a pronoun for the subject of its own clause, which names the source better. Only where the pronoun fits the
 * subject: "his"/"her" a person (of that gender when the article shows it), "its" no person, "their" an organization,
 * a country or a plural; and not where the pronoun was already read as someone else.
 */
function ownersAsSubjects(view: View, index: MentionIndex, drafts: Draft[]): void {
  for (const d of drafts) {
    const owner = d.frame.cue.noun?.owner;
    if (!owner || owner.to - owner.from !== 1) continue;
    const pronoun = view.low[owner.from] as string;
    if (!OWNER_PRONOUNS.has(pronoun)) continue;
    const s = view.sentences[d.sentence];
    const subject = s ? sentenceSubject(view, s, owner.from) : null;
    if (!subject || subject.to > owner.from || !oneClause(view, subject.to, owner.from)) continue;
    const named = sourceRef(view, index, subject);
    if (isPronounSource(named.text)) continue;
    if (d.source?.entity && d.source.entity !== named.entity) continue;
    if (fitsOwner(view, index, pronoun, subject, named.entity)) d.source = named;
  }
}

/** Words between a subject and an owner in its own clause: one verb group, no comma and no clause word. */
function oneClause(view: View, from: number, to: number): boolean {
  let groups = 0;
  for (let w = from; w < to; w++) {
    const p = pos(view, w);
    if (p === "PUNCT" || p === "SCONJ" || RELATIVE.has(view.low[w] as string)) return false;
    if (p !== "VERB" && p !== "AUX") continue;
    // "are not mincing", "has also said": one group across the negation and adverbs inside it.
    let b = w - 1;
    while (b >= from && (pos(view, b) === "PART" || pos(view, b) === "ADV")) b--;
    if (!(b >= from && (pos(view, b) === "VERB" || pos(view, b) === "AUX"))) groups++;
  }
  return groups === 1;
}

function fitsOwner(view: View, index: MentionIndex, pronoun: string, subject: Phrase, entity: string | null): boolean {
  const type = entity ? index.types.get(entity) : undefined;
  const head = view.low[subject.head] as string;
  const person = type === "PERSON" || (!entity && titles().heads.has(head));
  if (pronoun === "his" || pronoun === "her") {
    const gender = entity ? index.genders.get(entity) : undefined;
    return person && (!gender || gender === (pronoun === "his" ? "male" : "female"));
  }
  if (pronoun === "its") return !person && (type === "ORG" || type === "GPE" || !entity);
  return type === "ORG" || type === "GPE" || type === "NORP" || (!entity && head.endsWith("s"));
}

/**
 * "'…,' the ministry said. It said 11 drones were shot down": "it" or "they" right after a claim whose speaker the
 * article does not name (a definite noun phrase, or unnamed people in the plural for "they") goes on with that
 * speaker; no name further back is theirs.
 */
function unnamedBefore(drafts: readonly Draft[], i: number): boolean {
  const d = drafts[i] as Draft;
  const word = d.source?.text.toLowerCase();
  if (word === "he" || word === "she") return unnamedPersonBefore(drafts, i);
  if (word !== "it" && word !== "they") return false;
  const previous = drafts[i - 1];
  const source = previous?.source;
  // The sentence before, or this one ("The air force said …, but it did not say …").
  const near = previous !== undefined && (previous.sentence === d.sentence - 1 || previous.sentence === d.sentence);
  if (!previous || !source || source.entity || !near) return false;
  const words = source.text.toLowerCase().split(/\s+/);
  // "… the ministry said. “…,” it said. P, it said.": the same pronoun going on from an unnamed body goes on with it.
  if (source.text.toLowerCase() === word) return unnamedBefore(drafts, i - 1);
  if (isPronounSource(source.text)) return false;
  // "Witnesses told the AP that … They said …": unnamed people in the plural go on as "they".
  const last = words[words.length - 1] ?? "";
  if (word === "they" && (last.endsWith("s") || PLURAL_GROUPS.has(last))) return true;
  return ARTICLES.has(words[0] ?? "");
}

/**
 * "A resident of the village also said … He and others had cremated the dead, he said": "he" or "she" right after a
 * claim by an unnamed person ("a resident", "the spokesman") goes on with that person, not a name further back.
 */
function unnamedPersonBefore(drafts: readonly Draft[], i: number): boolean {
  const d = drafts[i] as Draft;
  const previous = drafts[i - 1];
  const source = previous?.source;
  if (!previous || !source || source.entity || previous.sentence !== d.sentence - 1) return false;
  const words = source.text.toLowerCase().split(/\s+/);
  if (!ARTICLES.has(words[0] ?? "")) return false;
  const link = words.findIndex((w, k) => k > 0 && HEAD_LINKS.has(w));
  const head = words[(link > 0 ? link : words.length) - 1] ?? "";
  return titles().heads.has(head) || descriptors().words.get(head) === "PERSON";
}

const HEAD_LINKS = new Set(["of", "from", "in", "at", "with", "for", "who"]);

/** Plural heads without a final s. */
const PLURAL_GROUPS = new Set(["people", "police", "staff", "children", "men", "women"]);

/**
 * "Moscow: Russia's defence ministry released …": a place before a colon opening the story's first paragraph is its
 * dateline, where it was filed, not who speaks.
 */
function datelineNotSpeaker(view: View, index: MentionIndex, draft: Draft): boolean {
  const cue = draft.frame.cue;
  const entity = draft.source?.entity;
  if (cue.kind.name !== "colon" || cue.trailing || draft.quote || !entity || (view.paragraphOf[cue.from] ?? 0) > 1)
    return false;
  const first = draft.frame.source?.from ?? cue.from;
  if (first > 0 && view.paragraphOf[first - 1] === view.paragraphOf[first]) return false;
  return index.types.get(entity) === "GPE";
}

/**
 * "Little Relief for Refugees: The refugee crisis is …": a run-in heading before a colon, English words in title
 * case that name no one the article knows, is no speaker ("Merkel: …" and "White House: …" are).
 */
function headingNotSpeaker(draft: Draft): boolean {
  const cue = draft.frame.cue;
  if (cue.kind.name !== "colon" || cue.lead !== undefined || cue.trailing || draft.quote || draft.source?.entity)
    return false;
  const words = (draft.source?.text ?? "").split(/\s+/);
  const common = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && isCommonWord(w.toLowerCase())).length;
  if (common >= 2) return true;
  // "Frustration with police: Civil rights activists say …": a label headed by a noun that names no one.
  const head = (words[0] ?? "").toLowerCase();
  const someone = titles().heads.has(head) || descriptors().words.has(head) || heads().org.has(head);
  return words.length > 1 && /^\p{Lu}\p{Ll}/u.test(words[0] ?? "") && isCommonWord(head) && !someone;
}

const SAYING_POS = new Set(["NOUN", "PROPN", "VERB", "AUX", "PRON", "NUM", "ADJ"]);

/** "According to MSNBC, basically.": a content of adverbs and punctuation reports nothing. */
function saysNothing(view: View, draft: Draft): boolean {
  if (draft.quote) return false;
  for (let w = draft.from; w < draft.to; w++) if (SAYING_POS.has(pos(view, w))) return false;
  return true;
}

/**
 * "X said P, according to Y": Y is whom X's claim comes through, not a claim of its own. "X backs P,
 * according to Y" is Y's claim about a stance of X's: the stance is part of its content; so is an impression
 * nobody is named for ("P appears likely, according to Y").
 */
function mergeAccording(frames: Frame[]): Set<Frame> {
  const dropped = new Set<Frame>();
  frames.forEach((f, i) => {
    // "Russia's military said P, Russian news agencies reported", "the ministry said P, the BBC says": the agencies
    // pass the military's words on.
    // A denial relays nothing: "P, an allegation Moscow denied" is Moscow's answer.
    const relayed =
      SPEECH_KINDS.has(f.cue.kind.name) &&
      f.cue.kind.polarity !== "negative" &&
      (f.shape === "postposed" || f.shape === "inverted");
    // "According to the story, officials said P": the officials' words, passed on through the story.
    // (A poll's finding, "In a poll, 31 percent said …", stays a claim of its own beside the respondents'.)
    if (f.cue.kind.name === "according" && f.shape === "forward" && f.source && f.cue.finding === undefined) {
      const speaker = frames.find(
        (g, j) => j > i && g.shape === "forward" && g.source?.from === f.from && SPEECH_KINDS.has(g.cue.kind.name),
      );
      if (speaker) {
        speaker.via.push(relayer(f.source, f), ...f.via);
        dropped.add(f);
      }
      return;
    }
    if ((f.cue.kind.name !== "according" && !relayed) || f.shape === "forward" || !f.source) return;
    const candidates = frames
      .slice(0, i)
      .reverse()
      .filter((g) => g.cue.kind.name !== "according" && g.shape !== "postposed" && g.shape !== "inverted");
    // Only a report that takes the host's whole clause, its source and cue included, relays it: the clause that
    // opens its words ("X was held on the suspicion he would announce P, police said" relays no "he would announce").
    // ("The mayor's claim that P had hurt the city, Lane said": a claim whose words end before the report's do is
    // what the report is about, not what it passes on.)
    const opening = (g: Frame) => {
      const start = g.source?.from ?? g.cue.from;
      return f.from <= start && start <= f.from + 1 && g.cue.to <= f.to && g.to >= f.to;
    };
    const host = relayed ? candidates.find(opening) : candidates[0];
    // ("TOKYO: P, Japan said": a dateline's colon is no speaker whose words Japan passes on.)
    if (!host || (relayed && host.cue.kind.name === "colon")) return;
    // "P seems likely, according to Y", "X is believed to P, according to Y": nobody holds the impression but Y.
    const unowned = host.source === null && (host.shape === "passive" || host.cue.kind.name === "seem");
    if (host.cue.kind.attitude || unowned) {
      dropped.add(host);
      return;
    }
    // "X invited Y to invest, according to a court filing": a cue of no speech (an act, a view, an expectation)
    // stays a claim, and the filing's report of it is one too.
    if (!SPEECH_KINDS.has(host.cue.kind.name)) return;
    host.via.push(relayer(f.source, f), ...f.via);
    dropped.add(f);
    // "P, the source recalled, adding that …": the participle goes on with the one who passed P on.
    const next = frames[i + 1];
    if (relayed && next && !next.source && (next.shape === "participle" || next.shape === "coordinated"))
      next.source = f.source;
  });
  return dropped;
}

/** The source of a relaying frame as a via, with the cue by which it passes the claim on ("According to"). */
function relayer(source: Phrase, f: Frame): ViaPhrase {
  return { ...source, cue: { from: f.cue.from, to: f.cue.to } };
}

/** "He wants a recount, she said": a stance inside another claim's content is part of that claim. */
function withoutNestedAttitudes(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => d.frame.cue.kind.attitude)) return drafts;
  return drafts.filter(
    (d) =>
      !d.frame.cue.kind.attitude ||
      !drafts.some(
        (o) => o !== d && !o.frame.cue.kind.attitude && o.from <= d.frame.cue.from && d.frame.cue.from < o.to,
      ),
  );
}

/** Where forward contents of the sentence must stop: semicolons, "citing", and the start of each further cue's clause. */
function cutsOf(view: View, s: SentenceRange, frames: Frame[]): number[] {
  const via = cueLexicon().viaMarkers;
  const cuts: number[] = [];
  for (let w = s.from; w < s.to; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    const low = view.low[w] as string;
    if (low === ";") cuts.push(w);
    else if (via.has(low) && pos(view, w) === "VERB") cuts.push(view.low[w - 1] === "," ? w - 1 : w);
  }
  for (const f of frames) {
    const tail = f.shape === "forward" ? speakerTailAt(view, f.from, f.to) : -1;
    if (tail >= 0) cuts.push(tail);
    const verdict = f.shape === "forward" && f.cue.kind.polarity === "negative" ? verdictAt(view, f.from, f.to) : -1;
    if (verdict >= 0) cuts.push(verdict);
    if (f.clauseStart !== null) cuts.push(f.clauseStart);
    const joint = f.source ? conjoinedClause(view, s, f.source.from) : -1;
    if (joint >= 0) cuts.push(joint);
  }
  return cuts.sort((a, b) => a - b);
}

/**
 * "…, but a day later, the commander said …": a source after "but" (or "and", "yet"), past a time, adverbs and
 * commas, opens a clause of its own; the words before the conjunction end there. Where the cut falls, or -1.
 */
function conjoinedClause(view: View, s: SentenceRange, from: number): number {
  let w = from - 1;
  const skipped = (k: number) =>
    view.timeOf[k] !== -1 ||
    view.low[k] === "," ||
    pos(view, k) === "ADV" ||
    (pos(view, k) === "ADP" && view.timeOf[k + 1] !== -1);
  while (w > s.from && skipped(w)) w--;
  if (w <= s.from || w === from - 1 || !CLAUSE_JOINTS.has(view.low[w] as string)) return -1;
  return view.low[w - 1] === "," ? w - 1 : w;
}

const CLAUSE_JOINTS = new Set(["but", "and", "yet"]);

function draftOf(
  view: View,
  index: MentionIndex,
  s: SentenceRange,
  si: number,
  frame: Frame,
  cuts: number[],
  before: Draft[],
  doubt: boolean,
  inverted: readonly number[] = [],
): Draft | null {
  let { from, to } = frame;
  if (frame.shape === "postposed") {
    // What "India refutes" refutes is what the inverted cue inside its words reports: the words before that cue.
    const inner = inverted.find((c) => c > from && c < to && c < frame.cue.from && view.low[c] === ",");
    if (inner !== undefined) to = inner;
  }
  const via = [...frame.via];
  // "reported, citing an unnamed official, that …": whom the source cites, set between the cue and the content.
  if (frame.shape === "forward" && from > frame.cue.to && startsVia(view, frame.cue.to, from))
    via.push(...(readVia(view, frame.cue.to, from)?.via ?? []));
  // "Citing intelligence sources, the BBC reported …": whom the source cites, opening the sentence.
  const comma = frame.source ? frame.source.from - 1 : -1;
  if (frame.shape === "forward" && comma > s.from && view.low[comma] === "," && startsVia(view, s.from, comma)) {
    const opening = readVia(view, s.from, comma);
    if (opening?.end === comma) via.push(...opening.via);
  }
  const forward =
    frame.shape === "forward" ||
    frame.shape === "participle" ||
    frame.shape === "coordinated" ||
    frame.shape === "passive";
  if (forward) {
    // "says despite being an alumna, she plans …": the clause after the fronted part's comma is still the content.
    const fronted = frontedComma(view, from, to);
    // "TAPPER: And obviously, you are supporting …": a speaker's label owns all the words of the line; the cues
    // inside them are claims within it, not where it ends.
    const labelled = frame.cue.kind.name === "colon" && !frame.cue.trailing;
    const cut = labelled ? undefined : cuts.find((c) => c >= from && c > frame.cue.from && c > fronted);
    if (cut !== undefined && cut < to) {
      to = cut;
      if (startsVia(view, cut, s.to)) via.push(...(readVia(view, cut, s.to)?.via ?? []));
    }
    // A sentence the tagger ran across a line break (a headline without a full stop): the content stays on its line.
    for (let w = from + 1; w < to; w++) {
      if (view.paragraphOf[w] !== view.paragraphOf[from]) {
        to = w;
        break;
      }
    }
    if (from >= s.to && view.low[from - 1] === ":") {
      // 'She added:' and the words on the next line.
      const next = view.sentences[si + 1];
      if (!next) return null;
      from = next.from;
      to = next.to;
    }
    if (frame.tight) to = objectTailEnd(view, frame, from, ownClauseEnd(view, from, to));
    to = contrastEnd(view, from, to);
    to = frontedClauseEnd(view, s, frame.cue.from, from, to);
    to = quoteEnd(view, from, to);
  }
  const trimmed = trimContent(view, from, to);
  from = trimmed.from;
  to = trimmed.to;
  if (to <= from) return null;
  // "M23 rebels, who are allegedly backed by Kigali": a passive stance whose subject is a relative pronoun is about
  // the phrase the pronoun stands for.
  if (to - from === 1 && RELATIVE_PRONOUNS.has(view.low[from] as string)) {
    const antecedent = phraseBefore(view, view.low[from - 1] === "," ? from - 1 : from, s.from);
    if (!antecedent) return null;
    from = antecedent.from;
    to = antecedent.to;
  }
  let reportedAt = cueTime(view, s, frame);
  if (!reportedAt) {
    const trailing = trailingCueTime(view, frame, from, to);
    if (trailing) {
      reportedAt = trailing.reportedAt;
      to = trimContent(view, from, trailing.to).to;
    }
  }
  let source: SourceRef | null = null;
  if (frame.shape === "participle" || frame.shape === "coordinated") {
    const previous = before.at(-1);
    // "…, said X, head of a union that has … and endorsed Y": the verb is the union's, in X's description.
    if (frame.shape === "coordinated" && previous?.frame.shape === "inverted") return null;
    // "Sanders defended his call to …, saying …": a noun cue's owner ("his") is inside the clause, not its subject.
    const owner = previous?.frame.cue.noun !== undefined && previous.frame.shape !== "inverted";
    // "The ministry disputed officials who said …, saying …": a cue in a relative clause on the object is not the
    // clause the participle hangs on.
    const relative = previous !== undefined && RELATIVE_PRONOUNS.has(view.low[previous.frame.cue.from - 1] as string);
    // "Mr. Cruz seemed to mock the plan, saying …": an impression's subject, whom nobody vouches for, still says.
    const impression = previous !== undefined && previous.source === null && previous.frame.cue.kind.name === "seem";
    if (frame.source) source = sourceRef(view, index, frame.source);
    else if (previous && !impression && !(frame.shape === "participle" && (owner || relative))) {
      source = previous.source;
      reportedAt ??= previous.reportedAt;
    } else {
      const subject =
        (frame.shape === "coordinated" ? subordinateSubject(view, s, frame.cue.from) : null) ??
        sentenceSubject(view, s, frame.cue.from);
      if (!subject) return null;
      source = sourceRef(view, index, subject);
    }
  } else if (frame.source) source = sourceRef(view, index, frame.source);
  const ranges = [
    { from, to },
    { from: frame.cue.from, to: frame.cue.to },
  ];
  if (frame.scope) ranges.push(frame.scope);
  let certainty = certaintyOf(
    view,
    ranges,
    frame.hedge ? weaker(frame.cue.kind.certainty, frame.hedge) : frame.cue.kind.certainty,
  );
  if (doubt) certainty = "unverified";
  return {
    frame,
    sentence: si,
    cue: cueSpan(view, s, frame),
    from,
    to,
    source,
    via: via.map((p) => viaRef(view, index, p)),
    reportedAt,
    certainty,
    // A content that holds its own cue ("The plan does not seem to work") already reads the cue's negation.
    polarity: flip(
      polarityOf(view, from, to, frame.cue.kind),
      (frame.cue.negated === true && !(from <= frame.cue.from && frame.cue.from < to)) !==
        (frame.source !== null && NOBODY.has(view.low[frame.source.from] as string)),
    ),
    quote: isQuotation(view, from, to),
  };
}

/**
 * Where an infinitive or object content ends: before "and" or "but" with a finite verb of the subject's
 * ("sought to calm them, and took a heckler in stride"), or before a participle clause after a comma
 * ("showed images of soldiers, accompanied by captions that said …"); "to build a wall and make Mexico
 * pay" goes on.
 */
function ownClauseEnd(view: View, from: number, to: number): number {
  for (let w = from + 1; w < to - 1; w++) {
    if (view.quotes.inside[w] !== -1) continue;
    // "a Republican who described himself as a Catholic, said he …": a past form after the comma ("said", "told")
    // is the sentence's own verb.
    if (view.low[w] === "," && pos(view, w + 1) === "VERB" && (participleForm(view, w + 1) || pastForm(view, w + 1)))
      return w;
    // "rejected Israel's claim of targeting a command center, slamming it as a pretext": an -ing clause after the
    // comma is the subject's next act, not more of the object.
    if (view.low[w] === "," && pos(view, w + 1) === "VERB" && (view.low[w + 1] as string).endsWith("ing")) return w;
    // "described the results as bogus claiming the figures had been inflated": a participle of saying right after
    // a verdict ("as bogus") starts a claim of its own; after a noun it describes the noun ("tweets accusing her").
    const last = pos(view, w - 1);
    if (
      pos(view, w) === "VERB" &&
      (view.low[w] as string).endsWith("ing") &&
      view.low[w - 2] === "as" &&
      (last === "NOUN" || last === "ADJ") &&
      SPEECH_KINDS.has(cueLexicon().verbs.get(view.words[w]?.lemma ?? "")?.name ?? "")
    )
      return w;
    const subject = subjectOf(view, w, from);
    if (subject !== null) return view.low[subject - 1] === "," ? subject - 1 : subject;
    if (pos(view, w) !== "CCONJ") continue;
    let v = w + 1;
    while (v < to && pos(view, v) === "ADV") v++;
    const token = view.words[v];
    if (!token || (token.pos !== "VERB" && token.pos !== "AUX")) continue;
    const low = view.low[v] as string;
    if (token.pos === "VERB" && (low === token.lemma || low.endsWith("ing"))) continue;
    // "the unofficial but once largely adhered-to border": a participle hyphened into a compound is an adjective.
    if (view.low[v + 1] === "-" && glued(view, v, v + 1)) continue;
    return view.low[w - 1] === "," ? w - 1 : w;
  }
  return to;
}

function participleForm(view: View, w: number): boolean {
  return /(?:ing|ed|en)$/.test(view.low[w] as string);
}

/** An irregular past ("said", "told", "wrote"): not the lemma, and no -s of the present. */
function pastForm(view: View, w: number): boolean {
  const low = view.low[w] as string;
  const lemma = view.words[w]?.lemma ?? low;
  return low !== lemma && !low.endsWith("s");
}

const CLAUSE_OPENERS = new Set(["to", "that", "who", "which", "whom", "whose", "what", "where", "when", "why", "how"]);

/**
 * Where an object content ends because a finite verb with no clause word before it starts the sentence's
 * next predicate: "endorsed him say they …" ends at "say", "criticized Clinton's record said she …" at
 * "said", "wants X to embody, Adelson said, …" at the comma before the verb's subject. Verbs inside a
 * relative clause or an infinitive belong to the content ("backed candidates who lost"). Null when the
 * word at `w` starts nothing new.
 */
function subjectOf(view: View, w: number, from: number): number | null {
  const token = view.words[w];
  if (token?.pos !== "VERB" || w <= from) return null;
  const low = view.low[w] as string;
  const cue = cueLexicon().verbs.has(token.lemma);
  if (low.endsWith("ing") || (low === token.lemma && !cue)) return null;
  const before = pos(view, w - 1);
  if (before !== "NOUN" && before !== "PROPN" && before !== "PRON") return null;
  for (let b = w - 1; b >= from; b--) {
    const p = pos(view, b);
    // "what he called …" opening the content: a free relative, part of the object.
    if (b === from) {
      if (view.low[b] === "what") return null;
      break;
    }
    if (CLAUSE_OPENERS.has(view.low[b] as string) || p === "AUX" || p === "VERB") return null;
    // A hyphen inside a word ("Akufo-Addo", "long-time") is no punctuation between phrases.
    if (p === "PUNCT" && !(glued(view, b - 1, b) && glued(view, b, b + 1))) break;
  }
  const subject = phraseBefore(view, w, from + 1);
  return subject && view.low[subject.from - 1] === "," ? subject.from : w;
}

/** Sources that deny what their cue reports: "no one expected P", "nobody said P". */
const NOBODY = new Set(["no", "nobody", "none", "neither"]);

/** A negated cue ("does not want P") denies what it would otherwise report. */
function flip(polarity: "positive" | "negative", negated: boolean): "positive" | "negative" {
  if (!negated) return polarity;
  return polarity === "positive" ? "negative" : "positive";
}

function sourceRef(view: View, index: MentionIndex, phrase: Phrase): SourceRef {
  const first = view.words[phrase.from] as Token;
  const last = view.words[phrase.to - 1] as Token;
  return {
    entity: resolveSource(view, index, phrase),
    text: view.text.slice(first.start, last.end),
    span: span(view.text, first.start, last.end),
  };
}

/** A via's reference, with the span of the cue that passes the claim on when there is one. */
function viaRef(view: View, index: MentionIndex, phrase: ViaPhrase): SourceRef {
  const ref = sourceRef(view, index, phrase);
  const first = phrase.cue && view.words[phrase.cue.from];
  const last = phrase.cue && view.words[phrase.cue.to - 1];
  return first && last ? { ...ref, cue: span(view.text, first.start, last.end) } : ref;
}

const ABBREVIATIONS = new Set(["etc.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "st.", "no.", "vs.", "al."]);

function toClaim(view: View, d: Draft, i: number): Claim {
  const w = view.words;
  const last = w[d.to - 1] as Token;
  // "… that Putin was ill." where the tokenizer kept the full stop on the word: the stop is not content.
  const stop =
    /^\p{Ll}+\.$/u.test(view.low[d.to - 1] ?? "") && !ABBREVIATIONS.has(view.low[d.to - 1] as string) ? 1 : 0;
  const content = span(view.text, (w[d.from] as Token).start, last.end - stop);
  const cue = span(view.text, (w[d.cue.from] as Token).start, (w[d.cue.to - 1] as Token).end);
  return {
    id: `c${i + 1}`,
    content,
    cue,
    source: d.source,
    via: d.via,
    reportedAt: d.reportedAt,
    polarity: d.polarity,
    certainty: d.certainty,
    quote: d.quote,
  };
}
