import type { EntityType, EventParticipant } from "../article/analysis.js";
import type { EventContext } from "./context.js";
import type { Frame } from "./frames.js";
import type { EventType, Sense } from "./vocabulary.js";

/**
 * An attack between people only, or with words that make it verbal ("sexist attacks"), is criticism;
 * a "battle" between candidates is no fight. Null: the event is dropped.
 */
export function retype(
  ctx: EventContext,
  frame: Frame,
  sense: Sense,
  participants: readonly EventParticipant[],
  located: boolean,
  typeOf: ReadonlyMap<string, EntityType>,
): EventType | null {
  const type = sense.type;
  let outcome: string | null = null;
  if (sense.ifOnlyPersons && !located) {
    // Modifiers ("GOP frontrunner Donald Trump") take part as "other"; agents and patients decide.
    const core = participants.filter((p) => p.role !== "other");
    if (core.length > 0 && core.every((p) => typeOf.get(p.entity) === "PERSON")) outcome = sense.ifOnlyPersons;
  }
  if (!outcome && type.verbalAs) {
    for (let k = frame.trigger.first - 1, hops = 0; k >= 0 && hops < 2; k--, hops++) {
      // "a campaign of shelling": a cue word heads its own phrase across a preposition; "campaign attacks" is one.
      if (ctx.tokens[k]?.pos === "ADP") break;
      if (type.verbalCues.has(ctx.tokens[k]?.normal ?? "")) outcome = type.verbalAs;
    }
    if (!outcome && verbalTarget(ctx, frame.trigger.end, type.verbalTargets)) outcome = type.verbalAs;
  }
  if (!outcome) return type;
  return outcome === "DROP" ? null : (ctx.vocab.types.get(outcome) ?? type);
}

// What may stand between an attack and the head of what it is on: "attacks on his long record".
const TARGET_FILLERS = new Set(["DET", "ADJ", "PRON", "NUM", "PART", "ADV", "NOUN", "PROPN"]);
const TARGET_PREPOSITIONS = new Set(["on", "upon", "against"]);

/**
 * What the attack is on, read from the words after the trigger, makes it verbal: a person's record, remarks or
 * rival ("attacks on his biography", "attacked her opponent"), or a judgement in apposition ("attacked him as a
 * fraud"). A military attack's object is a place, a force or a building, which the list leaves out.
 */
function verbalTarget(ctx: EventContext, end: number, targets: ReadonlySet<string>): boolean {
  const sentence = ctx.tokens[end - 1]?.sentence;
  let k = end;
  if (TARGET_PREPOSITIONS.has(ctx.tokens[k]?.normal ?? "")) k++;
  for (let steps = 0; steps < 6 && k < ctx.tokens.length; steps++, k++) {
    const t = ctx.tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.pos === "SPACE") continue;
    if (targets.has(t.normal)) return true;
    // "attacked him as a fraud": the "as" judgement after a short object.
    if (t.normal === "as" && ["a", "an"].includes(ctx.tokens[k + 1]?.normal ?? "")) return true;
    if (!TARGET_FILLERS.has(t.pos)) return false;
  }
  return false;
}
