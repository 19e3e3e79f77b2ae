import type { Event, Quantity } from "../article/analysis.js";
import type { Arguments } from "./arguments.js";
import type { EventContext, Placed } from "./context.js";
import { estimatedLevel } from "./estimate.js";
import type { Frame } from "./frames.js";
import type { NounPhrase } from "./noun-phrases.js";
import { COUNT_HOPS, COUNT_LINKS } from "./triggers.js";
import type { Sense } from "./vocabulary.js";
import { nextWord, prevWord } from "./words.js";

// Amounts of money, shares, spans of time and measures count no people or things taking part.
const NOT_HEADCOUNT =
  /^(?:percent|per cent|%|\$|€|£|dollars?|euros?|pounds?|yuan|yen|won|rubles?|roubles?|years?|months?|weeks?|days?|hours?|minutes?|km|kilomet(?:re|er)s?|miles?|metres?|meters?|tonnes?|tons?|barrels?)$/i;
// Currency codes (USD, EUR) in capitals only: "two men" is a headcount.
const CURRENCY_CODE = /^[A-Z]{3}$/;

function isHeadcount(q: Quantity): boolean {
  return q.unit === null || !(NOT_HEADCOUNT.test(q.unit) || CURRENCY_CODE.test(q.unit));
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
export function countOf(ctx: EventContext, frame: Frame, args: Arguments, sense: Sense): Event["count"] {
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
  // "killing 17 and wounding 145": a gerund the tagger reads as a noun takes the number right after it.
  if (!q && frame.noun !== null && ctx.tokens[frame.trigger.head]?.normal.endsWith("ing")) {
    const next = nextWord(ctx.tokens, frame.trigger.end - 1, ctx.sentences[sentence]?.endToken ?? 0);
    q = (ctx.quantitiesIn[sentence] ?? []).find((x) => x.first === next && isHeadcount(x.item)) ?? null;
  }
  if (!q) {
    const s = ctx.sentences[sentence];
    let p = prevWord(ctx.tokens, frame.trigger.first, s?.firstToken ?? 0);
    // Link words ("19 people had been confirmed dead") cost no hop, up to a few of them.
    let links = 0;
    for (let hops = 0; p >= 0 && hops < 3 && !q; ) {
      // "struck two houses, killing …": a count before a comma is the clause before's.
      if (ctx.tokens[p]?.normal === ",") break;
      // "the death toll at 30 and the injuries at 100": a count before "and" and a new phrase is the other noun's.
      const joint =
        ctx.tokens[p]?.pos === "CCONJ" && ctx.tokens[nextWord(ctx.tokens, p, s?.endToken ?? 0)]?.pos === "DET";
      if (joint) break;
      q = (ctx.quantitiesIn[sentence] ?? []).find((x) => x.first <= p && p < x.end && isHeadcount(x.item)) ?? null;
      if (COUNT_LINKS.has(ctx.tokens[p]?.normal ?? "") && links < COUNT_HOPS) links++;
      else hops++;
      p = prevWord(ctx.tokens, p, s?.firstToken ?? 0);
    }
  }
  q ??= tollLevel(ctx, frame, sentence);
  // "put the injuries at some 100": any event noun may be estimated so; a crowd's noun may name more verbs.
  q ??= estimatedLevel(ctx, frame.trigger.first, frame.trigger.end, sense.estimatedBy ?? ctx.vocab.estimatingVerbs);
  if (!q) return null;
  const count: NonNullable<Event["count"]> = { value: q.item.value, approximate: q.item.approximate };
  if (q.item.min !== null) count.min = q.item.min;
  return count;
}

const TOLL_WORDS = 6;
// What may stand between a toll and its level: "rose to", "has climbed to at least", "now stands at", "is".
const TOLL_LINKS = new Set(["ADV", "AUX", "VERB", "PART"]);
const TOLL_PREPOSITIONS = new Set(["to", "at", "of"]);

/** "the death toll rose to 45", "raising the toll to 45", "a toll of 45": the level a toll is said to be at. */
function tollLevel(ctx: EventContext, frame: Frame, sentence: number): Placed<Quantity> | null {
  const head = ctx.tokens[frame.trigger.head];
  if (head?.normal !== "toll") return null;
  const end = ctx.sentences[sentence]?.endToken ?? 0;
  for (let k = frame.trigger.end, words = 0; k < end && words < TOLL_WORDS; k++) {
    const t = ctx.tokens[k];
    if (!t || t.pos === "SPACE") continue;
    words++;
    const q = (ctx.quantitiesIn[sentence] ?? []).find((x) => x.first === k && isHeadcount(x.item));
    if (q) return q;
    if (!TOLL_LINKS.has(t.pos) && !TOLL_PREPOSITIONS.has(t.normal)) return null;
  }
  return null;
}
