import { parseDay } from "./calendar.js";
import type { Candidate, ScanContext } from "./candidate.js";
import { weekValue } from "./timex-value.js";

/**
 * "the week of March 6": the ISO week holding the day named after it. Takes and returns the kept
 * candidates in text order, widening a day candidate over the words before it.
 */
export function weekOfDay(ctx: ScanContext, kept: readonly Candidate[]): Candidate[] {
  const { w } = ctx;
  return kept.map((c) => {
    if (c.kind !== "day" || w(c.first - 1) !== "of" || w(c.first - 2) !== "week") return c;
    const first = w(c.first - 3) === "the" ? c.first - 3 : c.first - 2;
    const day = c;
    return {
      ...c,
      first,
      kind: "week",
      rule: `week-of+${c.rule}`,
      fixed: undefined,
      resolve: (r) => {
        const d = day.fixed ?? day.resolve?.(r) ?? null;
        const date = d ? parseDay(d.value) : null;
        return date && d ? { value: weekValue(date), stated: d.stated } : null;
      },
    };
  });
}
