import type { Event, Quantity } from "../article/analysis.js";
import type { Arguments } from "./arguments.js";
import type { EventContext, Placed } from "./context.js";
import type { Frame } from "./frames.js";
import type { NounPhrase } from "./noun-phrases.js";
import { prevWord } from "./words.js";

// Amounts of money, shares, spans of time and measures count no people or things taking part.
const NOT_HEADCOUNT =
  /^(?:percent|per cent|%|[A-Z]{3}|\$|€|£|dollars?|euros?|pounds?|yuan|yen|won|rubles?|roubles?|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet(?:re|er)s?|miles?|metres?|meters?|tonnes?|tons?|barrels?)$/i;

function isHeadcount(q: Quantity): boolean {
  return q.unit === null || !NOT_HEADCOUNT.test(q.unit);
}

function within(ctx: EventContext, sentence: number, np: NounPhrase | null): Placed<Quantity> | null {
  if (!np) return null;
  for (const q of ctx.quantitiesIn[sentence] ?? []) {
    if (q.first < np.end && np.first < q.end && isHeadcount(q.item)) return q;
  }
  return null;
}

/**
 * How many were killed, arrested, deployed …: a number inside the patient's phrase ("About 400 soldiers
 * have been killed", "arrested 12 people", "the deaths of 30"), or, for intransitive events, inside the
 * subject ("thousands protested"), or just before a count word ("12 dead").
 */
export function countOf(ctx: EventContext, frame: Frame, args: Arguments): Event["count"] {
  const sentence = ctx.tokens[frame.trigger.head]?.sentence ?? 0;
  const phrases: (NounPhrase | null)[] = [
    args.passive ? args.subject : null,
    args.object,
    ...args.preps.filter((p) => p.prep === "of").map((p) => p.np),
    args.nounPhrase,
    !args.passive && !args.object ? args.subject : null,
  ];
  let q: Placed<Quantity> | null = null;
  for (const np of phrases) {
    q = within(ctx, sentence, np);
    if (q) break;
  }
  if (!q) {
    const s = ctx.sentences[sentence];
    let p = prevWord(ctx.tokens, frame.trigger.first, s?.firstToken ?? 0);
    for (let hops = 0; p >= 0 && hops < 3 && !q; hops++) {
      q = (ctx.quantitiesIn[sentence] ?? []).find((x) => x.first <= p && p < x.end && isHeadcount(x.item)) ?? null;
      p = prevWord(ctx.tokens, p, s?.firstToken ?? 0);
    }
  }
  if (!q) return null;
  const count: NonNullable<Event["count"]> = { value: q.item.value, approximate: q.item.approximate };
  if (q.item.min !== null) count.min = q.item.min;
  return count;
}
