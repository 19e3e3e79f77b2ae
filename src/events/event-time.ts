import type { Claim, TimeExpression } from "../article/analysis.js";
import type { EventContext, Placed } from "./context.js";
import type { Frame } from "./frames.js";
import { nextWord, prevWord } from "./words.js";

const POINT_TYPES = new Set(["DATE", "TIME"]);
const TIME_PREPS = new Set(["on", "in", "at", "during", "since"]);

/**
 * Times that say when something was said, not when the event happened: "said Tuesday", "said on Monday",
 * "on Monday said", and the claims layer's reportedAt spans.
 */
export function speechTimes(ctx: EventContext, claims: readonly Claim[]): Set<TimeExpression> {
  const said = new Set<number>();
  for (const c of claims) if (c.reportedAt?.span) said.add(c.reportedAt.span.start);
  const out = new Set<TimeExpression>();
  const { tokens, vocab } = ctx;
  const reporting = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.pos === "VERB" && vocab.reportingVerbs.has(t.lemma.toLowerCase());
  };
  for (const list of ctx.timesIn) {
    for (const { item, first, end } of list) {
      if (said.has(item.start)) {
        out.add(item);
        continue;
      }
      const s = ctx.sentences[tokens[first]?.sentence ?? 0];
      if (!s) continue;
      let p = prevWord(tokens, first, s.firstToken);
      if (p >= 0 && TIME_PREPS.has(tokens[p]?.normal ?? "")) p = prevWord(tokens, p, s.firstToken);
      const n = nextWord(tokens, end - 1, s.endToken);
      if ((p >= 0 && reporting(p)) || (n >= 0 && reporting(n))) out.add(item);
    }
  }
  return out;
}

/** Token distance between a time and the event's tokens. */
function distance(t: Placed<TimeExpression>, frame: Frame): number {
  if (t.end <= frame.first) return frame.first - t.end;
  if (t.first >= frame.end) return t.first - frame.end;
  return 0;
}

/** The nearest point in time (a date or a clock time, not a duration) in the event's own clause. */
export function nearestTime(
  ctx: EventContext,
  frame: Frame,
  speech: ReadonlySet<TimeExpression>,
): Placed<TimeExpression> | null {
  const head = ctx.tokens[frame.trigger.head];
  if (!head) return null;
  const segments = new Set<number>();
  for (const k of frame.verb === null ? [frame.trigger.head] : [frame.trigger.head, frame.verb]) {
    const own = ctx.segments.start[k] ?? -1;
    segments.add(own);
    // "Bombs exploded Friday, killing dozens": a participle after a comma happens when its main clause does.
    if (participleAdjunct(ctx, own)) segments.add(ctx.segments.start[own - 1] ?? -1);
  }
  let best: Placed<TimeExpression> | null = null;
  for (const t of ctx.timesIn[head.sentence] ?? []) {
    if (!POINT_TYPES.has(t.item.type) || speech.has(t.item)) continue;
    if (!segments.has(ctx.segments.start[t.first] ?? -2)) continue;
    if (!best || distance(t, frame) < distance(best, frame)) best = t;
  }
  return best;
}

/** A segment opened by a comma and a present participle (", killing dozens"). */
function participleAdjunct(ctx: EventContext, start: number): boolean {
  const comma = ctx.tokens[start];
  if (start <= 0 || comma?.normal !== ",") return false;
  const s = ctx.sentences[comma.sentence];
  const next = s ? ctx.tokens[nextWord(ctx.tokens, start, s.endToken)] : undefined;
  return next?.pos === "VERB" && next.normal.endsWith("ing");
}

export function timeDistance(t: Placed<TimeExpression>, frame: Frame): number {
  return distance(t, frame);
}
