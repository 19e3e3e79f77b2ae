import { addDays, parseDay } from "./calendar.js";
import type { Candidate, ScanContext } from "./candidate.js";
import { dayValue } from "./timex-value.js";

const SIDES = new Map([
  ["before", -1],
  ["after", 1],
]);
const DAY_KINDS = new Set(["day", "weekday"]);

/**
 * "the day before last Tuesday's hearing", "the day after Oct. 12": the day next to the one named, one TIMEX3
 * over both. Takes and returns the kept candidates in text order, widening a day candidate over the words before it.
 */
export function dayBeside(ctx: ScanContext, kept: readonly Candidate[]): Candidate[] {
  const { w } = ctx;
  return kept.map((c, k) => {
    const step = SIDES.get(w(c.first - 1) ?? "");
    if (step === undefined || !DAY_KINDS.has(c.kind) || w(c.first - 2) !== "day") return c;
    const first = w(c.first - 3) === "the" ? c.first - 3 : c.first - 2;
    // "a day before Friday" read as a duration already: the words are taken.
    if ((kept[k - 1]?.last ?? -1) >= first) return c;
    const day = c;
    return {
      ...c,
      first,
      kind: "day",
      rule: `day-beside+${c.rule}`,
      fixed: undefined,
      resolve: (r) => {
        const d = day.fixed ?? day.resolve?.(r) ?? null;
        const date = d ? parseDay(d.value) : null;
        return date && d ? { value: dayValue(addDays(date, step)), stated: d.stated } : null;
      },
    };
  });
}
