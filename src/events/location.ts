import type { Claim, Entity } from "../article/analysis.js";
import type { Arguments } from "./arguments.js";
import type { EventContext } from "./context.js";
import type { Frame } from "./frames.js";
import { phraseStartingAt } from "./noun-phrases.js";
import { type ParticipantResult, phraseEntities } from "./participants.js";
import { isPossessiveMark, nextWord, prevWord } from "./words.js";

const PLACE_TYPES = new Set(["GPE", "LOC"]);
/** Events whose "on" phrase names the place hit. */
const TARGETED: ReadonlySet<string> = new Set(["ATTACK", "LAUNCH_MISSILE"]);

/** Is there a preposition among tokens [from, to)? */
function adpositionBetween(ctx: EventContext, from: number, to: number): boolean {
  for (let k = from; k >= 0 && k < to; k++) if (ctx.tokens[k]?.pos === "ADP") return true;
  return false;
}

/** Is the word before `k` a noun that names an attack ("strike", "raid")? */
function attackNoun(ctx: EventContext, k: number): boolean {
  const before = ctx.tokens[prevWord(ctx.tokens, k, 0)];
  if (before?.pos !== "NOUN") return false;
  const senses = ctx.vocab.senses.get(before.lemma) ?? ctx.vocab.senses.get(before.normal) ?? [];
  // "an Israeli strike on Lebanon": a strike on a place is an attack, whatever else "strike" may mean.
  return senses.some((s) => TARGETED.has(s.type.type) || s.type.type === "STRIKE");
}

/**
 * A place named by the head of a phrase ("in Oslo", "in the village of Kunin"), not by a possessor ("in Ankara's
 * campaign").
 */
function placeOf(ctx: EventContext, at: number, limit: number, claim: Claim | null): Entity | null {
  const np = phraseStartingAt(ctx, at, limit);
  if (!np) return null;
  const head = phraseEntities(ctx, np, claim).head[0];
  return head && PLACE_TYPES.has(head.type) ? head : null;
}

/**
 * Where the event happened: "in/at/near PLACE" after the trigger, else before it in the same clause
 * ("In Paris, thousands marched"), else a place modifying the event noun, else the destination or the
 * visited place.
 */
export function locationOf(
  ctx: EventContext,
  frame: Frame,
  args: Arguments,
  found: ParticipantResult,
  claim: Claim | null,
  type?: string,
): Entity | null {
  const { tokens, vocab } = ctx;
  // "a strike on southern Lebanon": the place an attack is on is where it happened.
  const targeted = type !== undefined && TARGETED.has(type);
  for (const { prep, np } of args.preps) {
    if (!vocab.placePrepositions.has(prep) && !(targeted && prep === "on")) continue;
    const sentence = ctx.sentences[tokens[np.first]?.sentence ?? -1];
    const place = placeOf(ctx, np.first, sentence?.endToken ?? tokens.length, claim);
    if (place) return place;
  }
  const segStart = ctx.segments.start[frame.trigger.head] ?? frame.first;
  // "killed in Israel's attack": the owner of the event noun is its agent, not where it happened.
  const owned = isPossessiveMark(tokens[prevWord(tokens, frame.first, segStart)]?.normal);
  let left: Entity | null = null;
  for (let k = segStart; k < frame.first; k++) {
    const t = tokens[k];
    if (t?.pos !== "ADP") continue;
    // "An Israeli strike on southern Lebanon killed one": the attack's place before the trigger.
    const onAttack = t.normal === "on" && attackNoun(ctx, k);
    if (!vocab.placePrepositions.has(t.normal) && !onAttack) continue;
    const n = nextWord(tokens, k, frame.first);
    if (owned && !adpositionBetween(ctx, n, frame.first)) continue;
    const place = n >= 0 ? placeOf(ctx, n, frame.first, claim) : null;
    if (place) left = place;
  }
  return left ?? found.modifierPlace ?? found.place;
}
