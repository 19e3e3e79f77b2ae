import type { Candidate, ScanContext } from "./candidate.js";

/** Words that may stand between a clock time and its day: "10 p.m. Wednesday", "Friday at 6 a.m.", "noon on Monday". */
const CLOCK_FIRST_GAP = new Set([",", "on", "of"]);
const DAY_FIRST_GAP = new Set([",", "at", "around", "about", "by"]);
const DAY_KINDS = new Set(["weekday", "day"]);

/**
 * Joins a clock time and the day beside it into one TIME ("10 p.m. Wednesday" → 1998-02-11T22:00):
 * the day's value gives the date, the clock's the hour. Takes and returns candidates in text order.
 */
export function mergeDayAndClock(ctx: ScanContext, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k] as Candidate;
    const b = kept[k + 1];
    if (b) {
      const clockFirst =
        a.clockOnly && DAY_KINDS.has(b.kind) && gapIs(ctx, afterLocalTime(ctx, a.last), b.first, CLOCK_FIRST_GAP);
      const dayFirst = b.clockOnly && DAY_KINDS.has(a.kind) && gapIs(ctx, a.last, b.first, DAY_FIRST_GAP);
      if (clockFirst || dayFirst) {
        const [clock, day] = clockFirst ? [a, b] : [b, a];
        out.push(joined(a.first, b.last, clock, day));
        k++;
        continue;
      }
      // "10:35 a.m. (0735 GMT) Friday": the day after the parenthesis dates both clocks, each its own TIME.
      const c = kept[k + 2];
      if (a.clockOnly && b.clockOnly && c && DAY_KINDS.has(c.kind) && inParentheses(ctx, a.last, b, c.first)) {
        out.push(onDayOf(a, c), onDayOf(b, c));
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * The last word of "local time" right after a clock, else the clock's own last word: wire copy puts it between
 * the clock and its day ("1:30 p.m. local time on Friday"), and it says nothing about the date.
 */
function afterLocalTime(ctx: ScanContext, last: number): number {
  return ctx.w(last + 1) === "local" && ctx.w(last + 2) === "time" ? last + 2 : last;
}

/** Whether b fills the parentheses right after word `last`, and `next` follows the closing one. */
function inParentheses(ctx: ScanContext, last: number, b: Candidate, next: number): boolean {
  return ctx.w(last + 1) === "(" && b.first === last + 2 && ctx.w(b.last + 1) === ")" && next === b.last + 2;
}

/** The clock time on the day's date, keeping its own span. */
function onDayOf(clock: Candidate, day: Candidate): Candidate {
  return { ...joined(clock.first, clock.last, clock, day), rule: clock.rule, clockOnly: undefined };
}

/** Whether every word strictly between `last` and `first` is one of `allowed` (an empty gap is fine). */
function gapIs(ctx: ScanContext, last: number, first: number, allowed: Set<string>): boolean {
  if (first - last - 1 > 2) return false;
  for (let i = last + 1; i < first; i++) if (!allowed.has(ctx.w(i) ?? "")) return false;
  return true;
}

function joined(first: number, last: number, clock: Candidate, day: Candidate): Candidate {
  return {
    first,
    last,
    type: "TIME",
    kind: "time",
    mod: clock.mod ?? day.mod,
    rule: `${day.rule}+${clock.rule}`,
    resolve: (c) => {
      const d = day.fixed ?? day.resolve?.(c) ?? null;
      const t = clock.fixed ?? clock.resolve?.(c) ?? null;
      if (!d || !t) return d ?? t;
      return { value: `${d.value.slice(0, 10)}${t.value.slice(10)}`, stated: [...new Set([...d.stated, ...t.stated])] };
    },
  };
}
