import { fromMonthIndex, monthIndex, monthOf, yearOf } from "../calendar.js";
import type { Parser } from "../candidate.js";
import { monthValue, yearValue } from "../timex-value.js";

/**
 * "year-end", "year end", "year's end", "month-end": the end of the current year or month (TIMEX3 mod END),
 * or of the one before after "since" ("up 5% since year-end"); last/this/next before it say which.
 */
export const periodEndsParser: Parser = {
  name: "period-ends",
  triggers: () => ["year", "month"],
  match(ctx, i) {
    const { w, words, lex } = ctx;
    const unit = w(i) as "year" | "month";
    let last: number;
    if (w(i + 1) === "-" && w(i + 2) === "end" && words[i + 1]?.glued && words[i + 2]?.glued) last = i + 2;
    else if (w(i + 1) === "end" && !words[i + 1]?.glued) last = i + 1;
    else if (w(i + 1) === "'" && w(i + 2) === "s" && w(i + 3) === "end") last = i + 3;
    else return null;
    // "the year-end bonus" is still the end of the year; "year-end" as in "a year-end of 1.2%" is rare in news.
    const prev = w(i - 1);
    const named = lex.relative.get(prev ?? "");
    const step = named ?? (prev === "since" ? -1 : 0);
    const first = named !== undefined ? i - 1 : i;
    return {
      first,
      last,
      type: "DATE",
      kind: unit,
      mod: "END",
      rule: "period-end",
      resolve: (c) => {
        if (unit === "year") return { value: yearValue(yearOf(c.ref) + step), stated: [] };
        const m = fromMonthIndex(monthIndex(yearOf(c.ref), monthOf(c.ref)) + step);
        return { value: monthValue(m.year, m.month), stated: [] };
      },
    };
  },
};
