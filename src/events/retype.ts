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
      if (type.verbalCues.has(ctx.tokens[k]?.normal ?? "")) outcome = type.verbalAs;
    }
  }
  if (!outcome) return type;
  return outcome === "DROP" ? null : (ctx.vocab.types.get(outcome) ?? type);
}
