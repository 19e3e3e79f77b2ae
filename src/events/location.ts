import type { Claim, Entity } from "../article/analysis.js";
import type { Arguments } from "./arguments.js";
import type { EventContext } from "./context.js";
import type { Frame } from "./frames.js";
import { phraseStartingAt } from "./noun-phrases.js";
import { type ParticipantResult, phraseEntities } from "./participants.js";
import { nextWord } from "./words.js";

const PLACE_TYPES = new Set(["GPE", "LOC"]);

/** A place named by the head of a phrase ("in Oslo"), not by a possessor ("in Ankara's campaign"). */
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
): Entity | null {
  const { tokens, vocab } = ctx;
  for (const { prep, np } of args.preps) {
    if (!vocab.placePrepositions.has(prep)) continue;
    const head = phraseEntities(ctx, np, claim).head[0];
    if (head && PLACE_TYPES.has(head.type)) return head;
  }
  const segStart = ctx.segments.start[frame.trigger.head] ?? frame.first;
  let left: Entity | null = null;
  for (let k = segStart; k < frame.first; k++) {
    const t = tokens[k];
    if (t?.pos !== "ADP" || !vocab.placePrepositions.has(t.normal)) continue;
    const n = nextWord(tokens, k, frame.first);
    const place = n >= 0 ? placeOf(ctx, n, frame.first, claim) : null;
    if (place) left = place;
  }
  return left ?? found.modifierPlace ?? found.place;
}
