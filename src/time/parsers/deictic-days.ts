import { addDays } from "../calendar.js";
import type { Parser } from "../candidate.js";
import { dayValue, partOfDayValue } from "../timex-value.js";

/** "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "tomorrow night": days counted from the reference. */
export const deicticDaysParser: Parser = {
  name: "deictic-days",
  triggers: (lex) => lex.deicticDays.keys(),
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    const offset = lex.deicticDays.get(lower) as number;
    const part = lower === "tonight" ? "NI" : lex.partsOfDay.get(w(i + 1) ?? "");
    const last = part && lower !== "tonight" ? i + 1 : i;
    return {
      first: i,
      last,
      type: part ? "TIME" : "DATE",
      kind: part ? "time" : "day",
      mod: null,
      rule: "deictic-day",
      resolve: (c) => {
        const date = addDays(c.ref, offset);
        return { value: part ? partOfDayValue(date, part) : dayValue(date), stated: [] };
      },
    };
  },
};
