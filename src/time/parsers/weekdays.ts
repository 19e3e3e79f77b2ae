import { parseDay } from "../calendar.js";
import type { Candidate, Parser } from "../candidate.js";
import { directionOf, weekdayDate } from "../cycles.js";
import { dayValue, partOfDayValue } from "../timex-value.js";

/**
 * Weekday names ("Sunday", "last Friday", "next Tuesday", "Friday morning", "every Monday"), resolved from
 * the reference: back in time unless the clause speaks of the future; "Tuesday" on a Tuesday is that day.
 */
export const weekdaysParser: Parser = {
  name: "weekdays",
  triggers: (lex) => [...lex.weekdays.keys(), ...[...lex.weekdays.keys()].map((d) => `${d}s`)],
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    const plural = !lex.weekdays.has(lower);
    const day = lex.weekdays.get(plural ? lower.slice(0, -1) : lower) as number;
    const prev = w(i - 1);
    if (plural || prev === "every" || prev === "each") {
      const first = plural ? i : i - 1;
      const value = `XXXX-WXX-${day}`;
      return {
        first,
        last: i,
        type: "SET",
        kind: "set",
        mod: null,
        rule: "weekday-set",
        fixed: { value, stated: ["weekday"] },
      };
    }
    // "the previous Friday", "the following Monday": counted from the day last talked about, if any.
    // Without "the", "Following Wednesday's leak" is a preposition.
    const anaphoric =
      (prev === "previous" || prev === "following") && w(i - 2) === "the" ? (prev === "previous" ? -1 : 1) : 0;
    const step = prev === "following" ? undefined : lex.relative.get(prev ?? "");
    const first = anaphoric ? i - 2 : step !== undefined ? i - 1 : i;
    const part = lex.partsOfDay.get(w(i + 1) ?? "");
    const last = part ? i + 1 : i;
    const candidate: Candidate = {
      first,
      last,
      type: part ? "TIME" : "DATE",
      kind: part ? "time" : "weekday",
      mod: null,
      rule: "weekday",
      resolve: (c) => {
        const from = anaphoric ? parseDay(c.previous("day")) : null;
        const date = from
          ? weekdayDate(from, day, anaphoric < 0 ? "last" : "next")
          : weekdayDate(c.ref, day, directionOf(step, c.tense() ?? "past"));
        const stated = part ? ["weekday", "partOfDay"] : ["weekday"];
        return { value: part ? partOfDayValue(date, part) : dayValue(date), stated };
      },
    };
    return candidate;
  },
};
