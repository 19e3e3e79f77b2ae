import type { Token } from "../pipeline/layers.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import type { Frame } from "./frames.js";
import { gerundNoun, type NounPhrase, phraseEndingAt, phraseStartingAt } from "./noun-phrases.js";
import { isBeOrGet, isIngForm, isNominal, nextWord, PARTICLES, pastCountBound, prevWord, RELATIVES } from "./words.js";

/** Where an event's arguments stand in the sentence, before they are turned into entities and roles. */
export interface Arguments {
  passive: boolean;
  /** The verb's subject (the patient when passive). */
  subject: NounPhrase | null;
  object: NounPhrase | null;
  /** Prepositional phrases after the trigger: "by the two countries", "with Iran", "of 12 people". */
  preps: { prep: string; np: NounPhrase }[];
  /** The event noun's own phrase, for its modifiers and possessor ("Russia's attack", "troop deployments"). */
  nounPhrase: NounPhrase | null;
}

const OBJECT_START = new Set(["DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ"]);
const AUXILIARY = new Set(["AUX", "PART", "ADV"]);
const PP_STOP = new Set(["SCONJ", "VERB", "AUX"]);

/** Walks left from a verb over its auxiliaries, negation, adverbs and raising verbs ("is preparing to"). */
function verbGroupStart(ctx: EventContext, v: number, limit: number): { p: number; passive: boolean } {
  const { tokens } = ctx;
  let p = prevWord(tokens, v, limit);
  let passive = false;
  let governed = false;
  const verb = tokens[v] as Token;
  for (let hops = 0; p >= 0 && hops < 8; hops++) {
    const t = tokens[p] as Token;
    const next = tokens[nextWord(tokens, p, v + 1)];
    if (t.pos === "AUX" || (t.pos === "VERB" && isBeOrGet(t) && !governed)) {
      if (isBeOrGet(t) && !governed && !isIngForm(verb)) passive = true;
    } else if (t.pos === "ADV" || t.pos === "PART" || ctx.inTime[p]) {
      // "not", "n't", "to", "also", "reportedly" sit inside the verb group, and so does a time ("was on Monday taken").
    } else if ((t.pos === "VERB" || t.pos === "ADJ") && next?.normal === "to") {
      governed = true;
    } else if (t.pos === "VERB" && isIngForm(verb) && hops === 0) {
      governed = true; // "denied attacking", "considering sending"
    } else break;
    p = prevWord(tokens, p, limit);
  }
  return { p, passive };
}

/** The subject of a sentence's first verb: the fallback subject of participle clauses (", sending troops"). */
function mainSubject(ctx: EventContext, sentenceStart: number, before: number): NounPhrase | null {
  const { tokens } = ctx;
  // The clause the participle hangs on is the nearest before it: in "the ministry said a drone strike targeted a
  // car, killing one man", the strike kills, not the ministry.
  for (let k = before - 1; k >= sentenceStart; k--) {
    const t = tokens[k] as Token;
    if (
      (t.pos !== "VERB" && t.pos !== "AUX") ||
      isIngForm(t) ||
      tokens[prevWord(tokens, k, sentenceStart)]?.normal === "to"
    )
      continue;
    let first = k;
    for (let b = prevWord(tokens, k, sentenceStart); b >= 0; b = prevWord(tokens, b, sentenceStart)) {
      const pos = tokens[b]?.pos;
      if (pos !== "AUX" && pos !== "ADV" && pos !== "PART") break;
      first = b;
    }
    const p = prevWord(tokens, first, sentenceStart);
    const np = p >= 0 && isNominal(tokens[p] as Token) ? phraseEndingAt(ctx, p, sentenceStart) : null;
    if (np) return np;
  }
  return null;
}

/** "Voters in Portugal will elect": a finite verb's subject is headed by the noun before the preposition. */
export function withPrepositionHead(ctx: EventContext, np: NounPhrase | null, limit: number): NounPhrase | null {
  const { tokens } = ctx;
  let out = np;
  for (let hops = 0; out && hops < 2; hops++) {
    const prep = prevWord(tokens, out.first, limit);
    const noun = prep >= 0 && tokens[prep]?.pos === "ADP" ? prevWord(tokens, prep, limit) : -1;
    if (noun < 0 || !(tokens[noun]?.pos === "NOUN" || tokens[noun]?.pos === "PROPN")) break;
    out = phraseEndingAt(ctx, noun, limit) ?? out;
  }
  return out;
}

/**
 * "the air force said Russia attacked with drones": after a verb of saying, a noun and a bare past form open the
 * reported clause, and the past form is its verb, active. Not where the noun is the speaker after its words ("…,"
 * said a soldier wounded in the attack"), a count the verb reports ("reported 20 people killed in the blast"), or
 * where an auxiliary follows in the clause, the verb the noun is the subject of ("said the men killed in the raid
 * were fighters").
 */
function reportedClause(ctx: EventContext, np: NounPhrase, v: number, limit: number): boolean {
  const { tokens } = ctx;
  const b = prevWord(tokens, np.first, limit);
  const verb = tokens[b];
  if (verb?.pos !== "VERB" || !ctx.vocab.reportingVerbs.has(verb.lemma.toLowerCase())) return false;
  const speaker = tokens[prevWord(tokens, b, limit)];
  if (!speaker || speaker.pos === "PUNCT") return false;
  const sentence = (tokens[v] as Token).sentence;
  const counted = (ctx.quantitiesIn[sentence] ?? []).some((q) => q.first === np.first);
  if (tokens[np.first]?.pos === "NUM" || counted) return false;
  const end = ctx.segments.end[v] ?? tokens.length;
  for (let k = v + 1; k < end; k++) if (tokens[k]?.pos === "AUX") return false;
  return true;
}

function subjectOf(ctx: EventContext, v: number, depth: number): { np: NounPhrase | null; passive: boolean } {
  const { tokens } = ctx;
  const sentence = ctx.sentences[(tokens[v] as Token).sentence];
  const limit = sentence?.firstToken ?? 0;
  const { p, passive } = verbGroupStart(ctx, v, limit);
  if (p < 0) return { np: null, passive };
  const t = tokens[p] as Token;
  if (RELATIVES.has(t.normal) || (t.normal === "that" && t.pos === "PRON")) {
    const q = prevWord(tokens, p, limit);
    const np = q >= 0 ? phraseEndingAt(ctx, tokens[q]?.normal === "," ? prevWord(tokens, q, limit) : q, limit) : null;
    return { np, passive };
  }
  if (t.pos === "CCONJ" && depth === 0) {
    // "who were arrested and jailed": the second verb shares the first one's subject (and voice).
    for (let k = p - 1, hops = 0; k >= limit && hops < 20; k--, hops++) {
      const u = tokens[k] as Token;
      // The first conjunct has the same form: not an infinitive ("to support"), not a gerund unless both are.
      const infinitive = tokens[prevWord(tokens, k, limit)]?.normal === "to";
      if (u.pos === "VERB" && !infinitive && isIngForm(u) === isIngForm(tokens[v])) {
        const shared = subjectOf(ctx, k, 1);
        return { np: shared.np, passive: passive || (shared.passive && !isIngForm(tokens[v])) };
      }
    }
    return { np: null, passive };
  }
  if (t.normal === ",") {
    // A participle clause takes the sentence's subject: ", sending troops", ", having lost 2%".
    const opener = tokens[nextWord(tokens, p, v + 1)];
    const participle = isIngForm(tokens[v]) || (opener?.pos === "AUX" && isIngForm(opener));
    return { np: participle ? mainSubject(ctx, limit, p) : null, passive };
  }
  if (!isNominal(t) && !mentionAt(ctx.entities, p) && !gerundNoun(ctx, p, limit)) return { np: null, passive };
  const np = phraseEndingAt(ctx, p, limit);
  const bare = p === prevWord(tokens, v, limit);
  if (np && bare && t.pos !== "PRON" && !isIngForm(tokens[v])) {
    // A participle right after a noun, with no auxiliary, modifies it: "soldiers killed in the war",
    // "a pact signed by". Past tense would have the noun as a clause subject and an object after it.
    const end = sentence?.endToken ?? tokens.length;
    let a = nextWord(tokens, v, end);
    // "said Armenia shot down three planes": a particle of the verb stands between it and its object.
    if (PARTICLES.has(tokens[a]?.normal ?? "") && tokens[a]?.pos === "ADP") a = nextWord(tokens, a, end);
    // "its troops killed approximately 20 rebels", "killed at least 16": a hedge of the count before the object.
    while (a >= 0 && tokens[a]?.pos === "ADV") a = nextWord(tokens, a, end);
    a = pastCountBound(tokens, a, end);
    const after = tokens[a];
    const before = tokens[prevWord(tokens, np.first, limit)];
    const objectFollows = after !== undefined && OBJECT_START.has(after.pos);
    const modifies = before && (before.pos === "ADP" || before.pos === "VERB") && !reportedClause(ctx, np, v, limit);
    // "Two soldiers killed in border clashes": a headline (no full stop) opening with the phrase has no verb else.
    const line = lineEnd(tokens, v, end);
    const headline =
      (!before || before.normal === ",") &&
      /(?:ed|en)$/.test(tokens[v]?.normal ?? "") &&
      !endsWithStop(tokens, v, line) &&
      !finiteBesides(ctx, v, limit, line);
    if (after?.normal === "by" || (!objectFollows && (modifies || headline))) {
      return { np, passive: true };
    }
  }
  return { np: withPrepositionHead(ctx, np, limit), passive };
}

/** Where the line holding `v` ends within its sentence: a headline the tagger ran into the story ends there. */
function lineEnd(tokens: readonly Token[], v: number, end: number): number {
  for (let k = v + 1; k < end; k++) if (tokens[k]?.pos === "SPACE") return k;
  return end;
}

/** The sentence [limit, end) ends with a full stop, a question or an exclamation mark, as a headline does not. */
function endsWithStop(tokens: readonly Token[], limit: number, end: number): boolean {
  const last = prevWord(tokens, end, limit);
  const t = last >= 0 ? tokens[last] : undefined;
  return t !== undefined && (t.normal === "." || t.normal === "?" || t.normal === "!");
}

/**
 * A finite verb or an auxiliary in [limit, end) besides the participle at `v`, up to the first comma after it
 * ("Two soldiers killed, army says": what follows the comma is the headline's source).
 */
function finiteBesides(ctx: EventContext, v: number, limit: number, end: number): boolean {
  for (let k = limit; k < end; k++) {
    const t = ctx.tokens[k] as Token;
    if (k > v && t.normal === ",") return false;
    if (k === v) continue;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB" && !/(?:ed|en|ing)$/.test(t.normal)) return true;
  }
  return false;
}

/** Whether a noun names an event itself ("bombing", "campaign"): its phrases are its own. */
function namesEvent(ctx: EventContext, w: number): boolean {
  const t = ctx.tokens[w];
  return t !== undefined && (ctx.vocab.senses.has(t.lemma) || ctx.vocab.senses.has(t.normal));
}

/** Whether the frame's own participle comes next, so its "by" phrase still belongs to the event. */
function resumesAt(ctx: EventContext, k: number, frame: Frame, limit: number): boolean {
  let n = k;
  while (n >= 0 && n < limit && ctx.tokens[n]?.pos === "SPACE") n++;
  return frame.verb !== null && n === frame.verb;
}

/** Finds subject, object and prepositional phrases of a frame, within its clause. */
export function findArguments(ctx: EventContext, frame: Frame): Arguments {
  const { tokens } = ctx;
  const headTok = tokens[frame.trigger.head] as Token;
  const sentence = ctx.sentences[headTok.sentence];
  const sStart = sentence?.firstToken ?? 0;
  const segEnd = ctx.segments.end[frame.trigger.head] ?? tokens.length;
  let passive = false;
  let subject: NounPhrase | null = null;
  let object: NounPhrase | null = null;
  let nounPhrase: NounPhrase | null = null;
  if (frame.noun !== null) nounPhrase = phraseEndingAt(ctx, frame.noun, ctx.segments.start[frame.noun] ?? sStart);
  if (frame.verb !== null) {
    if (frame.participle) {
      passive = true; // "a pact signed by": the noun is what was signed
    } else {
      const found = subjectOf(ctx, frame.verb, 0);
      subject = found.np;
      passive = found.passive;
      if (!passive && frame.noun === null) {
        let n = nextWord(tokens, frame.trigger.end - 1, segEnd);
        // "killed at least 16 people", "arrested up to 40": a bound before the count opens no phrase of place.
        n = pastCountBound(tokens, n, segEnd);
        // A one-word verb's particle ("sent in troops"); a phrase has its own ("ran aground off Egypt").
        const single = frame.trigger.end - frame.trigger.first === 1;
        while (n >= 0 && (tokens[n]?.pos === "ADV" || (single && PARTICLES.has(tokens[n]?.normal ?? "")))) {
          n = nextWord(tokens, n, segEnd);
        }
        if (n >= 0 && tokens[n]?.pos !== "ADP") object = phraseStartingAt(ctx, n, segEnd);
        // "will strike next week": a time after the verb says when; the verb has no object.
        if (object && ctx.inTime[object.first] && ctx.inTime[object.head]) object = null;
      }
    }
  }
  const preps: { prep: string; np: NounPhrase }[] = [];
  let k = Math.max(frame.trigger.end, object?.end ?? 0);
  const stop = Math.min(segEnd, k + 16);
  /** Past a common noun only a place goes on: "bombings of American embassies in Kenya" happened in Kenya. */
  let placesOnly = false;
  const eventObject = object !== null && namesEvent(ctx, object.head);
  while (k < stop) {
    const t = tokens[k] as Token;
    const beforeParticiple = frame.participle && frame.verb !== null && k < frame.verb;
    if (t.pos === "SPACE" || k === frame.verb || (beforeParticiple && AUXILIARY.has(t.pos))) {
      k++;
      continue;
    }
    if (PP_STOP.has(t.pos) || t.normal === "," || RELATIVES.has(t.normal)) break;
    if (t.pos === "ADP") {
      if (placesOnly && !ctx.vocab.placePrepositions.has(t.normal)) break;
      // "the deaths of at least 24 soldiers": a bound before the count opens no phrase of its own.
      const n = pastCountBound(tokens, nextWord(tokens, k, stop), stop);
      const np = n >= 0 ? phraseStartingAt(ctx, n, segEnd) : null;
      if (np) {
        preps.push({ prep: t.normal, np });
        k = np.end;
        // After a common noun, later phrases modify that noun: "died in Ankara's campaign against rebels".
        // Names and times keep the chain going: "a rally in Oslo on Friday attended by …".
        if (!mentionAt(ctx.entities, np.head) && !ctx.inTime[np.head] && !resumesAt(ctx, k, frame, stop)) {
          // An event noun has its own place ("condemned the bombing of embassies in Kenya" was not in Kenya).
          if (placesOnly || eventObject || namesEvent(ctx, np.head)) break;
          placesOnly = true;
        }
        continue;
      }
    }
    k++;
  }
  return { passive, subject, object, preps, nounPhrase };
}
