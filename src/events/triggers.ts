import type { Token } from "../pipeline/layers.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import { estimatedLevel } from "./estimate.js";
import { isDemonym } from "./participants.js";
import { compareSenses, type Sense } from "./vocabulary.js";
import { anyKey, isIngForm, isPossessiveMark, isSpace, lookupKeys, nextWord, POSSESSIVES, prevWord } from "./words.js";

/** A word or phrase of the vocabulary found in the text, with the readings that fit its part of speech. */
export interface TriggerCandidate {
  /** Token range of the trigger text. */
  first: number;
  end: number;
  /** The token that heads it syntactically (the verb of "step down", the noun of "air strike"). */
  head: number;
  /** Readings that fit, best first; later rules keep the first whose requirements are met. */
  senses: Sense[];
  verbal: boolean;
}

const ATTRIBUTIVE = new Set(["DET", "NUM", "ADJ"]);
const NAMING = new Set(["NOUN", "PROPN", "ADJ"]);
// Words between a number and its count word: "12 more dead", "19 people had been confirmed dead".
export const COUNT_LINKS = new Set([
  "more",
  "others",
  "other",
  "people",
  "civilians",
  "were",
  "are",
  "was",
  "is",
  "had",
  "have",
  "has",
  "been",
  "be",
  "now",
  "already",
  "confirmed",
  "declared",
  "pronounced",
  "reported",
  "feared",
  "presumed",
  "believed",
  "found",
  "left",
]);
export const COUNT_HOPS = 5;

function matchesWord(t: Token | undefined, word: string): boolean {
  return t !== undefined && lookupKeys(t).includes(word);
}

/** Matches the phrase words after the first; returns one past its last token, or -1. */
const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "''", "``"]);

function matchRest(tokens: readonly Token[], k: number, rest: readonly string[], limit: number): number {
  let at = k;
  let prev = "";
  for (const word of rest) {
    at = nextWord(tokens, at, limit);
    // 'did not completely "fall" to the rebels': a quotation mark inside the phrase is no word of it.
    while (at >= 0 && QUOTE_MARKS.has(tokens[at]?.normal ?? "")) at = nextWord(tokens, at, limit);
    if (at < 0) return -1;
    const t = tokens[at];
    if (word === "a" || word === "an") {
      // Articles in phrases ("strike a deal") stand for any determiner.
      if (t?.pos !== "DET") return -1;
    } else if (!matchesWord(t, word)) return -1;
    // "A missile struck the school": a verb is no form of a compound's noun ("missile strike"), unless glued to it
    // by a hyphen ("pre-ordered").
    else if (t?.pos === "VERB" && t.normal !== word && prev !== "-") return -1;
    prev = word;
  }
  return at + 1;
}

/** A number stands just before the word: "12 dead", "thousands more wounded". */
function countedBefore(ctx: EventContext, k: number, sentenceStart: number): boolean {
  let p = prevWord(ctx.tokens, k, sentenceStart);
  for (let hops = 0; p >= 0 && hops < COUNT_HOPS && COUNT_LINKS.has(ctx.tokens[p]?.normal ?? ""); hops++) {
    p = prevWord(ctx.tokens, p, sentenceStart);
  }
  if (p < 0) return false;
  const t = ctx.tokens[p] as Token;
  if (t.pos === "NUM") return true;
  const sentence = t.sentence;
  return (ctx.quantitiesIn[sentence] ?? []).some((q) => q.first <= p && p < q.end);
}

function fitsForm(sense: Sense, pos: string, first: boolean): boolean {
  switch (sense.form) {
    case "verb":
      return pos === "VERB";
    case "noun":
      // Sentence-initial capitals make wink call common nouns PROPN ("Talks between …"), and so do names
      // that begin with one ("Hurricane Katrina").
      return pos === "NOUN" || ((first || sense.inNames) && pos === "PROPN");
    default:
      return true;
  }
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);
const NOUN_OPENERS = new Set(["DET", "ADJ", "NUM"]);

/** A determiner, adjective, number or possessive stands before the word: it heads a noun phrase. */
function opensNoun(ctx: EventContext, b: number, limit: number): boolean {
  const before = ctx.tokens[b];
  if (!before) return false;
  if (NOUN_OPENERS.has(before.pos) || POSSESSIVES.has(before.normal)) return true;
  // "Scalia's funeral", but not "let's defeat her".
  return isPossessiveMark(before.normal) && ctx.tokens[prevWord(ctx.tokens, b, limit)]?.normal !== "let";
}

/**
 * A verb that wink tagged as a noun, as in headlines: "Clinton blasts Trump", "until Annan visits Baghdad",
 * "let's defeat her". Nothing that opens a noun phrase stands before it ("the attack Israel launched" stays a
 * noun), and a name or an object pronoun follows, or it is a present tense after a name opening the sentence.
 */
function verbTaggedNoun(ctx: EventContext, k: number, first: number, limit: number): boolean {
  if (opensNoun(ctx, prevWord(ctx.tokens, k, first), first)) return false;
  const n = nextWord(ctx.tokens, k, limit);
  const next = ctx.tokens[n];
  if (!next) return false;
  if (OBJECT_PRONOUNS.has(next.normal)) return true;
  const m = mentionAt(ctx.entities, n);
  if (m !== undefined && m.first === n && m.entity.type !== "OTHER") return true;
  return presentAfterSubject(ctx, k, n, first);
}

// What opens the object of a headline's verb: "fires a missile", "fires two missiles", "fires ballistic missile".
const OBJECT_OPENING = new Set(["DET", "NUM", "ADJ"]);

/** Whether the sentence of token k has no verb or auxiliary at all, as a headline whose verb wink read as a noun. */
function verbless(ctx: EventContext, k: number): boolean {
  const s = ctx.sentences[ctx.tokens[k]?.sentence ?? -1];
  if (!s) return false;
  for (let j = s.firstToken; j < s.endToken; j++)
    if (ctx.tokens[j]?.pos === "VERB" || ctx.tokens[j]?.pos === "AUX") return false;
  return true;
}

/**
 * "North Korea fires ballistic missile": an -s form right after a name that opens the sentence, and before the
 * start of a noun phrase, is the name's verb in the present tense (a headline's tense for what just happened), not a
 * plural noun the name modifies ("California fires destroyed homes", "Israeli strikes on Gaza", "Texas floods last
 * week" stay nouns: a verb, a preposition or a time follows, or the name is a people's adjective). A singular noun
 * after it may go on a compound ("fires death toll"): it opens the object only where the sentence has no verb else.
 */
function presentAfterSubject(ctx: EventContext, k: number, n: number, first: number): boolean {
  const t = ctx.tokens[k] as Token;
  const next = ctx.tokens[n] as Token;
  if (!t.normal.endsWith("s") || t.lemma.toLowerCase() === t.normal || ctx.inTime[n]) return false;
  const noun = next.pos === "NOUN" && (next.lemma.toLowerCase() !== next.normal || verbless(ctx, k));
  if (!OBJECT_OPENING.has(next.pos) && !noun) return false;
  const subject = mentionAt(ctx.entities, prevWord(ctx.tokens, k, first));
  return (
    subject !== undefined &&
    subject.end === k &&
    prevWord(ctx.tokens, subject.first, first) < 0 &&
    subject.entity.type !== "OTHER" &&
    !isDemonym(ctx, subject)
  );
}

const MODALS = new Set(["will", "would", "to", "can", "could", "should", "may", "might", "must", "shall"]);
const OBJECT_OPENERS = new Set(["DET", "NUM", "NOUN", "PROPN", "PRON"]);

/**
 * The token's part of speech, with wink's commonest slips on trigger words set right: a verb read as a noun
 * in a headline, a verb read as an adjective after a modal ("will close two plants"), and a noun read as an
 * adjective after a determiner with no noun to modify ("imposed a fine on Acme").
 */
function partOfSpeech(ctx: EventContext, k: number, first: number, limit: number): string {
  const t = ctx.tokens[k] as Token;
  if (t.pos === "NOUN") return verbTaggedNoun(ctx, k, first, limit) ? "VERB" : "NOUN";
  if (t.pos !== "ADJ") return t.pos;
  const before = ctx.tokens[prevWord(ctx.tokens, k, first)];
  const after = ctx.tokens[nextWord(ctx.tokens, k, limit)];
  if (before && MODALS.has(before.normal) && after && OBJECT_OPENERS.has(after.pos)) return "VERB";
  if (before?.pos === "DET" && (!after || after.pos === "ADP" || after.pos === "PUNCT")) return "NOUN";
  return "ADJ";
}

/** Finds the vocabulary's triggers by a map look-up on each token: linear in the article length. */
export function findTriggers(ctx: EventContext): TriggerCandidate[] {
  const { tokens, vocab } = ctx;
  const out: TriggerCandidate[] = [];
  for (const s of ctx.sentences) {
    let covered = s.firstToken;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k] as Token;
      if (isSpace(t) || k < covered || t.pos === "PUNCT") continue;
      // A word inside a time expression names a time, not an event: "March 1, 2008", "the Fall of 2019".
      if (ctx.inTime[k]) continue;
      if (!anyKey(t, vocab.senses, vocab.inflected)) continue;
      const keys = lookupKeys(t);
      const isFirst = prevWord(tokens, k, s.firstToken) < 0;
      const before = tokens[prevWord(tokens, k, s.firstToken)];
      const pos = partOfSpeech(ctx, k, s.firstToken, s.endToken);
      const seen = new Set<Sense>();
      let best: { end: number; senses: Sense[] } | null = null;
      for (const key of keys) {
        for (const sense of vocab.senses.get(key) ?? []) {
          if (seen.has(sense)) continue;
          seen.add(sense);
          if (sense.exact !== null && t.normal !== sense.exact) continue;
          let end = k + 1;
          if (sense.rest.length) {
            end = matchRest(tokens, k, sense.rest, s.endToken);
            if (end < 0) continue;
          } else if (!fitsForm(sense, pos, isFirst)) continue;
          // "Hurricane Katrina" names a storm; "Salt Typhoon", "Eurofighter Typhoon" name something else.
          if (pos === "PROPN" && !isFirst && before?.pos === "PROPN") continue;
          // "30,000 demonstrators", or a figure put on them: "put the number of demonstrators at 30,000".
          const estimated = sense.estimatedBy !== null && estimatedLevel(ctx, k, k + 1, sense.estimatedBy) !== null;
          if (sense.form === "count" && !countedBefore(ctx, k, s.firstToken) && !estimated) continue;
          const after = tokens[nextWord(tokens, end - 1, s.endToken)];
          if (before && (sense.notAfter.has(before.normal) || sense.notAfter.has(before.lemma.toLowerCase()))) continue;
          if (after && sense.notBefore.has(after.normal)) continue;
          // A noun modifying another noun names no event of its own: "attack orders", "election campaign".
          if (sense.form === "noun" && (after?.pos === "NOUN" || (after?.normal === "-" && end === k + 1))) continue;
          // A participle between a determiner or number and a noun is an adjective: "149 confirmed orders",
          // and so is one right after a preposition: "from increased sales", "of ousted Prime Minister X".
          if (sense.form === "verb" && before && after) {
            if (after.pos === "NOUN" && ATTRIBUTIVE.has(before.pos)) continue;
            if (before.pos === "ADP" && NAMING.has(after.pos) && !isIngForm(t)) continue;
          }
          if (!best || end > best.end) best = { end, senses: [sense] };
          else if (end === best.end) best.senses.push(sense);
        }
      }
      if (!best) continue;
      // Senses found under different keys (lemma, form) come in key order; try them in the vocabulary's.
      best.senses.sort(compareSenses);
      const phrase = best.end - k > 1;
      // "The army shot down two drones": a phrase ending in a particle is a verb, whatever the tagger read.
      const last = prevWord(tokens, best.end, k) as number;
      const particle = phrase && tokens[last]?.pos === "ADP";
      // "fatally shot 17 people": an adverb, then the verb that heads the phrase.
      const adverbial = phrase && pos === "ADV" && tokens[last]?.pos === "VERB";
      const verbal = pos === "VERB" || particle || adverbial;
      // A phrase is headed by its verb ("step down", "fatally shot") or else by its last word ("air strike").
      const head = adverbial || (phrase && !verbal) ? last : k;
      out.push({ first: k, end: best.end, head, senses: best.senses, verbal });
      covered = best.end;
    }
  }
  return out;
}
