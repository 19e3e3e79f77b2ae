import { addDays } from "../calendar.js";
import type { Candidate, Parser } from "../candidate.js";
import { clockValue, partOfDayValue } from "../timex-value.js";

/**
 * Parts of the reference day and named clock times: "this morning", "last night", "noon", "midnight".
 * Parts of a named day ("Friday morning", "yesterday evening") are read by the weekday and day rules.
 */
export const dayPartsParser: Parser = {
  name: "day-parts",
  triggers: (lex) => [...lex.partsOfDay.keys(), "noon", "midnight", "midday"],
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    const prev = w(i - 1);
    if (lower === "noon" || lower === "midnight" || lower === "midday") {
      const hour = lower === "midnight" ? 24 : 12;
      const at = (ref: Date) => clockValue(ref, hour, 0);
      return {
        ...time(i, i, "clock-word", at),
        clockOnly: true,
        resolve: (c) => ({ value: at(c.ref), stated: ["hour"] }),
      };
    }
    const part = lex.partsOfDay.get(lower) as string;
    if (prev === "this") return time(i - 1, i, "day-part", (ref) => partOfDayValue(ref, part));
    if (prev === "last" && (part === "NI" || part === "EV"))
      return time(i - 1, i, "day-part", (ref) => partOfDayValue(addDays(ref, -1), part));
    return null;
  },
};

function time(first: number, last: number, rule: string, value: (ref: Date) => string): Candidate {
  return {
    first,
    last,
    type: "TIME",
    kind: "time",
    mod: null,
    rule,
    resolve: (c) => ({ value: value(c.ref), stated: [] }),
  };
}
