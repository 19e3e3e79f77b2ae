import type { Token } from "../pipeline/layers.js";
import type { EventContext } from "./context.js";
import type { TriggerCandidate } from "./triggers.js";
import type { Role, Sense, Slot } from "./vocabulary.js";
import { isBeOrGet, isIngForm, lookupKeys, nextWord, PARTICLES, POSSESSIVES, prevWord } from "./words.js";

/**
 * One event to be: a trigger, and where its arguments are to be looked for. An event noun governed by a
 * support verb is one event, not two: "signed a pact", "held talks", "an event … attended by X", "a treaty
 * signed by both states". The verb's subject, object and "by" phrase then speak for the noun's event.
 */
export interface Frame {
  trigger: TriggerCandidate;
  /** The readings still possible; the first whose requirements hold is kept. */
  senses: Sense[];
  /** The verb whose subject/object/passive the participants come from: the trigger or its support verb. */
  verb: number | null;
  /** The event noun, when the trigger is one (or the support verb carries one). */
  noun: number | null;
  /** Whether the support verb follows the noun as a participle ("a pact signed by …"). */
  participle: boolean;
  /** Role overrides for the support verb's slots ("attended by X": X is an attendee, not the organiser). */
  supportRoles: Readonly<Record<Slot, Role>> | null;
  /** The verb is one the vocabulary lists as support for the noun ("posted a loss"), not just any verb of its type. */
  supported: boolean;
  /** Tokens the event spans, trigger and support verb together: factuality, time and place look around them. */
  first: number;
  end: number;
}

// What may stand between a verb and the head of its object noun: "signed a new military pact".
const OBJECT_FILLERS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "ADV"]);

function keysOf(t: Token | undefined): string[] {
  return t ? lookupKeys(t) : [];
}

/** The roles a support verb gives, from the first reading of the noun that lists it ("held a rally"). */
function supportRolesFor(senses: readonly Sense[], verb: Token | undefined): Readonly<Record<Slot, Role>> | null {
  for (const sense of senses) {
    for (const key of keysOf(verb)) {
      const roles = sense.type.support.get(key);
      if (roles) return roles;
    }
  }
  return null;
}

/** "has been trading fire": an -ing form right after a form of "be" is a verb, whatever the tagger read. */
function progressive(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k] as Token;
  return t.pos === "NOUN" && isIngForm(t) && isBeOrGet(tokens[prevWord(tokens, k, sentenceStart)]);
}

/** The verb that takes the noun at `n` as its object, within a few modifier words; -1 when none. */
function governingVerb(tokens: readonly Token[], n: number, sentenceStart: number): number {
  let k = prevWord(tokens, n, sentenceStart);
  for (let hops = 0; k >= 0 && hops < 5; ) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" || progressive(tokens, k, sentenceStart)) return k;
    // "carry out the attack", "called off the strike": a particle of a phrasal verb.
    const particle = PARTICLES.has(t.normal) && tokens[prevWord(tokens, k, sentenceStart)]?.pos === "VERB";
    // "near-daily cross-border fire": a word joined by a hyphen to the next modifies, whatever its tag; the
    // hyphen takes no hop.
    const hyphen = tokens[k + 1];
    const hyphenated = hyphen?.normal === "-" && hyphen.start === t.end;
    if (t.normal !== "-") {
      const filler = OBJECT_FILLERS.has(t.pos) || (t.pos === "PRON" && POSSESSIVES.has(t.normal));
      if (!particle && !filler && !hyphenated) return -1;
      hops++;
    }
    k = prevWord(tokens, k, sentenceStart);
  }
  return -1;
}

/** A support verb whose negation says nothing of the event ("did not claim the attack"). */
function attributive(ctx: EventContext, verb: number): boolean {
  return ctx.vocab.attributiveSupport.has(ctx.tokens[verb]?.lemma.toLowerCase() ?? "");
}

const BETWEEN_NOUN_AND_PARTICIPLE = new Set(["ADV", "ADP", "PROPN", "NOUN", "DET", "AUX", "PART", "NUM"]);

/** The participle right after the noun ("pact signed by", "event … attended by"), within one adverb. */
function followingParticiple(tokens: readonly Token[], n: number, limit: number, reach: number): number {
  let k = nextWord(tokens, n, limit);
  for (let hops = 0; k >= 0 && hops < reach; hops++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") return isIngForm(t) ? -1 : k;
    // Between them: a place or time ("event in Oslo on Friday attended by") or the passive's auxiliaries.
    if (!BETWEEN_NOUN_AND_PARTICIPLE.has(t.pos)) return -1;
    k = nextWord(tokens, k, limit);
  }
  return -1;
}

/** The verb comes right after the noun and takes no "by" phrase: the noun is its subject, not its object. */
function subjectOfNext(tokens: readonly Token[], noun: number, verb: number, limit: number): boolean {
  return nextWord(tokens, noun, limit) === verb && tokens[nextWord(tokens, verb, limit)]?.normal !== "by";
}

/** Pairs event nouns with their support verbs and turns every other trigger into a frame of its own. */
export function buildFrames(ctx: EventContext, candidates: readonly TriggerCandidate[]): Frame[] {
  const { tokens } = ctx;
  const byHead = new Map<number, TriggerCandidate>();
  for (const c of candidates) byHead.set(c.head, c);
  const absorbed = new Set<TriggerCandidate>();
  const frames: Frame[] = [];
  for (const c of candidates) {
    if (c.verbal) continue;
    const sentence = tokens[c.head]?.sentence ?? 0;
    const s = ctx.sentences[sentence];
    if (!s) continue;
    let verb = governingVerb(tokens, c.first, s.firstToken);
    let participle = false;
    let roles = verb >= 0 ? supportRolesFor(c.senses, tokens[verb]) : null;
    const types = new Set(c.senses.map((x) => x.type));
    const sameType = (v: number) => byHead.get(v)?.senses.some((x) => types.has(x.type)) === true;
    if (verb >= 0 && !roles && !sameType(verb)) verb = -1;
    if (verb < 0) {
      // "a rally in Oslo on Friday attended by …": the participle may follow a short place or time.
      verb = followingParticiple(tokens, c.end - 1, s.endToken, 6);
      roles = verb >= 0 ? supportRolesFor(c.senses, tokens[verb]) : null;
      if (verb >= 0 && !roles && !sameType(verb)) verb = -1;
      // "Profits fell 5%": a verb of the same type right after the noun, with no "by", has the noun as its
      // subject; the verb is the event, and the noun one of its words.
      if (verb >= 0 && !roles && subjectOfNext(tokens, c.end - 1, verb, s.endToken)) continue;
      participle = verb >= 0;
    }
    const support = verb >= 0 ? byHead.get(verb) : undefined;
    if (support) absorbed.add(support);
    frames.push({
      trigger: c,
      senses: c.senses,
      verb: verb >= 0 ? verb : null,
      noun: c.head,
      participle,
      supportRoles: roles ?? (verb >= 0 ? {} : null),
      supported: verb >= 0 && roles !== null,
      // "did not claim the attack": the claim's negation is not the attack's, so the span stays the noun's.
      first: Math.min(c.first, verb >= 0 && !attributive(ctx, verb) ? verb : c.first),
      end: Math.max(c.end, verb >= 0 ? verb + 1 : c.end),
    });
  }
  for (const c of candidates) {
    if (!c.verbal || absorbed.has(c)) continue;
    frames.push({
      trigger: c,
      senses: c.senses,
      verb: c.head,
      noun: null,
      participle: false,
      supportRoles: null,
      supported: false,
      first: c.first,
      end: c.end,
    });
  }
  return frames.sort((a, b) => a.trigger.first - b.trigger.first);
}
