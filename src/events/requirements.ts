import type { Token } from "../pipeline/layers.js";
import { type Arguments, withPrepositionHead } from "./arguments.js";
import type { EventContext } from "./context.js";
import { mentionAt } from "./entity-index.js";
import { estimatedLevel } from "./estimate.js";
import type { Frame } from "./frames.js";
import { type NounPhrase, phraseStartingAt, phraseWords } from "./noun-phrases.js";
import { isDemonym, namedPlace, namedThing } from "./participants.js";
import type { Sense } from "./vocabulary.js";
import { isPossessiveMark, lookupKeys, nextWord } from "./words.js";

// How far from the trigger an amount of money may stand: "a $2 billion loss", "lost $12.7 billion in 2006".
const MONEY_BEFORE = 4;
const MONEY_AFTER = 7;
// Amounts of money carry an ISO 4217 code as their unit (the quantities stage's reading of "$", "euros" …).
const CURRENCY = /^[A-Z]{3}$/;
// wink tags some currency signs as punctuation; they open an amount, not a new phrase.
const CURRENCY_SIGN = /^[$€£¥]$/;

// Units of an object that only measures the change: "rose 5%", "fell 200 points", "lost $2 billion".
const MEASURES = new Set(["percent", "per cent", "%", "point", "points", "percentage point", "percentage points"]);

/** The object is an amount, not a thing acted on: a bare number, a percentage, points, money. */
function isMeasure(ctx: EventContext, np: NounPhrase): boolean {
  const sentence = ctx.tokens[np.head]?.sentence ?? 0;
  return (ctx.quantitiesIn[sentence] ?? []).some((q) => {
    if (q.first > np.head || np.head >= q.end) return false;
    const unit = q.item.unit;
    return unit === null || MEASURES.has(unit.toLowerCase()) || CURRENCY.test(unit);
  });
}

/**
 * The words that may show what the event is about: those of the object, the event noun's own phrase, the
 * subject where it undergoes the event (passive, intransitive, with an object that only measures — "shares
 * fell 5%" — or a type whose subject is its patient), the "of" phrase ("deployment of troops") and, after an
 * event noun, every phrase that follows it ("a fall in share prices", "a strike by dockers"). A time in a phrase
 * after the trigger says when, not what kind: "strikes of the last 30 days" are no day's strike, where "a
 * one-day strike" is.
 */
function nearWords(ctx: EventContext, frame: Frame, args: Arguments, undergoingSubject: boolean): string[] {
  const out = [args.object, args.nounPhrase];
  if (undergoingSubject && args.subject) {
    // The noun before a preposition heads the subject: "stock markets across the world fell".
    const sentence = ctx.sentences[ctx.tokens[args.subject.head]?.sentence ?? 0];
    out.push(args.subject, withPrepositionHead(ctx, args.subject, sentence?.firstToken ?? 0));
  }
  const words = out.flatMap((np) => (np ? phraseWords(ctx, np) : []));
  for (const p of args.preps) {
    if (p.prep === "of" || frame.noun !== null) words.push(...phraseWords(ctx, p.np, (k) => !ctx.inTime[k]));
  }
  return words;
}

// Words that end the reach: punctuation and another verb ("lost 350,000 jobs, we were $8 billion in the hole").
const REACH_STOPS = new Set(["PUNCT", "VERB", "AUX", "SCONJ"]);

/** An amount of money stands within a few words of the trigger, with no punctuation or other verb between. */
function moneyNear(ctx: EventContext, frame: Frame): boolean {
  const { tokens } = ctx;
  const head = frame.trigger.head;
  const sentence = tokens[head]?.sentence ?? 0;
  const s = ctx.sentences[sentence];
  if (!s) return false;
  const open = (k: number) => {
    const t = tokens[k];
    return t !== undefined && !(REACH_STOPS.has(t.pos) && !CURRENCY_SIGN.test(t.normal));
  };
  let from = frame.first;
  while (from > s.firstToken && frame.first - from < MONEY_BEFORE && open(from - 1)) from--;
  let to = frame.end;
  while (to < s.endToken && to - frame.end < MONEY_AFTER && open(to)) to++;
  return (ctx.quantitiesIn[sentence] ?? []).some(
    (q) => q.first < to && from < q.end && q.item.unit !== null && CURRENCY.test(q.item.unit),
  );
}

/**
 * The entity type of what a phrase names: the entity at its head, or a place where a place noun heads it with a
 * place named before it or in an "of" phrase right after it ("Goma city", "Goma airport", "the town of Goma"), or a
 * thing or an organization named right before its own kind's noun ("the Marlin Luanda tanker"). Only such nouns:
 * "a Russian missile" or "the Lyon-based firm" make no entity of their head, and a bare "the city" names none in
 * particular.
 */
function phraseType(ctx: EventContext, np: NounPhrase): string | undefined {
  return mentionAt(ctx.entities, np.head)?.entity.type ?? namedPlace(ctx, np)?.kind ?? namedThing(ctx, np)?.entity.type;
}

/** Whether the head word of a phrase is one of `words` (its form or its lemma). */
function headIn(ctx: EventContext, np: NounPhrase | null, words: ReadonlySet<string>): boolean {
  const head = np ? ctx.tokens[np.head] : undefined;
  return head !== undefined && (words.has(head.normal) || words.has(head.lemma.toLowerCase()));
}

/**
 * The event noun's owner is an entity of one of `types`: a possessive ("Russia's strikes") or a people's adjective
 * ("Israeli strikes") in its own phrase. A place named before it ("the Gaza strikes") says where, not whose.
 */
function ownedBy(ctx: EventContext, frame: Frame, args: Arguments, types: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  if (frame.noun === null || !args.nounPhrase) return false;
  for (let k = args.nounPhrase.first; k < frame.noun; k++) {
    const m = mentionAt(ctx.entities, k);
    if (!m || m.first !== k || !types.has(m.entity.type)) continue;
    if (isDemonym(ctx, m) || isPossessiveMark(tokens[nextWord(tokens, m.end - 1, frame.noun)]?.normal)) return true;
  }
  return false;
}

// What may stand between an event noun and the verb it is the subject of: phrases of place and time, adverbs and
// auxiliaries ("strikes on the city of Rafah overnight have killed").
const TO_VERB = new Set(["ADV", "AUX", "PART"]);

/** The event noun is the subject of a verb with one of the lemmas `verbs`: "strikes on Rafah killed 20 people". */
function subjectOfVerb(ctx: EventContext, frame: Frame, verbs: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  if (frame.noun === null) return false;
  const end = ctx.sentences[tokens[frame.noun]?.sentence ?? 0]?.endToken ?? tokens.length;
  let k = nextWord(tokens, frame.trigger.end - 1, end);
  for (let hops = 0; k >= 0 && hops < 8; hops++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") return lookupKeys(t).some((key) => verbs.has(key));
    if (t.pos === "ADP") {
      const n = nextWord(tokens, k, end);
      const np = n >= 0 ? phraseStartingAt(ctx, n, end) : null;
      if (!np) return false;
      k = nextWord(tokens, np.end - 1, end);
    } else if (TO_VERB.has(t.pos) || ctx.inTime[k]) k = nextWord(tokens, k, end);
    else return false;
  }
  return false;
}

/** The first noun right after `k`, past a determiner and adjectives ("charged with the difficult task"). */
function nounAfter(ctx: EventContext, k: number): Token | undefined {
  for (let j = k, hops = 0; j < ctx.tokens.length && hops < 4; j++, hops++) {
    const t = ctx.tokens[j] as Token;
    if (t.pos === "SPACE" || t.pos === "DET" || t.pos === "ADJ") continue;
    return t.pos === "NOUN" ? t : undefined;
  }
  return undefined;
}

/** The frame's verb is a support verb of the reading's own type ("traded fire", not a blaze that "destroyed"). */
function supportedBy(ctx: EventContext, frame: Frame, sense: Sense): boolean {
  const verb = frame.verb === null ? undefined : ctx.tokens[frame.verb];
  return frame.supported && verb !== undefined && lookupKeys(verb).some((k) => sense.type.support.has(k));
}

/**
 * The first reading whose requirements the arguments meet: "send" deploys only with troops or ships
 * near it, "kill" is no killing when it kills a bill, "acquire" is a takeover only of an organisation,
 * "lost $2 billion" reports results where "lost the election" is a defeat.
 */
export function pickSense(ctx: EventContext, frame: Frame, args: Arguments): Sense | null {
  // What undergoes the event: the object, the passive subject, or an event noun's "of" phrase ("the sacking of X").
  const ofPhrase = frame.noun !== null ? (args.preps.find((p) => p.prep === "of")?.np ?? null) : null;
  const undergoer = args.passive ? args.subject : (args.object ?? ofPhrase);
  const undergoerHead = undergoer ? ctx.tokens[undergoer.head] : undefined;
  const objectHead = args.object ? ctx.tokens[args.object.head] : nounAfter(ctx, frame.end);
  // Who does it: the active subject, or the "by" phrase of a passive.
  const agent = args.passive ? (args.preps.find((p) => p.prep === "by")?.np ?? null) : args.subject;
  // The words near the trigger, with and without the subject, gathered once for all readings.
  const near: (string[] | undefined)[] = [undefined, undefined];
  const wordsNear = (sense: Sense): string[] => {
    const subject =
      args.passive || !args.object || sense.type.roles.subject === "patient" || isMeasure(ctx, args.object);
    const i = Number(subject);
    near[i] ??= nearWords(ctx, frame, args, subject);
    return near[i] as string[];
  };
  for (const sense of frame.senses) {
    const heads = sense.patientHeads;
    if (heads && !wordsNear(sense).some((w) => heads.has(w))) continue;
    if (undergoerHead && (sense.objectNot.has(undergoerHead.normal) || sense.objectNot.has(undergoerHead.lemma))) {
      continue;
    }
    // "the bank is charged with the task of …": a passive's own object ("with the task") may rule the reading out too.
    if (args.passive && objectHead && sense.objectNot.has(objectHead.normal)) continue;
    if (sense.objectTypes) {
      const type = undergoer ? phraseType(ctx, undergoer) : undefined;
      if (!type || !sense.objectTypes.has(type)) continue;
    }
    if (sense.objectHeads && !headIn(ctx, undergoer, sense.objectHeads)) continue;
    if (sense.agentHeads && !headIn(ctx, agent, sense.agentHeads)) continue;
    if (sense.ownerTypes && !ownedBy(ctx, frame, args, sense.ownerTypes)) continue;
    if (sense.subjectOf || sense.estimatedBy) {
      // "30,000 demonstrators took part", "police put the number of demonstrators at 30,000".
      const placed =
        (sense.subjectOf !== null && subjectOfVerb(ctx, frame, sense.subjectOf)) ||
        (sense.estimatedBy !== null &&
          estimatedLevel(ctx, frame.trigger.first, frame.trigger.end, sense.estimatedBy) !== null);
      if (!placed) continue;
    }
    if (sense.subjectTypes) {
      const m = agent ? mentionAt(ctx.entities, agent.head) : undefined;
      if (!m || !sense.subjectTypes.has(m.entity.type)) continue;
    }
    if (sense.subjectNotTypes && agent) {
      const m = mentionAt(ctx.entities, agent.head);
      if (m && sense.subjectNotTypes.has(m.entity.type)) continue;
    }
    if (sense.needsSupport && !supportedBy(ctx, frame, sense)) continue;
    if (sense.needsMoney && !moneyNear(ctx, frame)) continue;
    return sense;
  }
  return null;
}
