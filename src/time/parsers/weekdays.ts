import { parseDay } from "../calendar.js";
import type { Candidate, Parser, ScanContext } from "../candidate.js";
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
    // "Tuesday nights", "Monday and Tuesday nights": a part of the day in the plural makes each weekday a set.
    const nights = pluralPartAt(ctx, i + 1);
    const pairedNights = nights ? null : pairedPluralPart(ctx, i);
    if (plural || prev === "every" || prev === "each" || nights || pairedNights) {
      const first = plural || nights || pairedNights ? i : i - 1;
      const part = nights ?? pairedNights;
      const value = `XXXX-WXX-${day}${part ? `T${part}` : ""}`;
      return {
        first,
        last: nights ? i + 1 : i,
        type: "SET",
        kind: "set",
        mod: null,
        rule: "weekday-set",
        fixed: { value, stated: part ? ["weekday", "partOfDay"] : ["weekday"] },
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
        // "the previous Friday" asks for a day to count from, so one a few sentences back still serves.
        const from = anaphoric ? parseDay(c.previous("day", ANTECEDENT_SENTENCES)) : null;
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

/** How many sentences back "the previous Friday" may find the day it counts from. */
const ANTECEDENT_SENTENCES = 5;

/** The TIMEX3 code of a part of the day in the plural at word k ("nights", "mornings"), or null. */
function pluralPartAt(ctx: ScanContext, k: number): string | null {
  const word = ctx.w(k);
  if (!word?.endsWith("s")) return null;
  return ctx.lex.partsOfDay.get(word.slice(0, -1)) ?? null;
}

/** "Monday and Tuesday nights": the plural part after the weekday this one is joined to, for the first of the pair. */
function pairedPluralPart(ctx: ScanContext, i: number): string | null {
  const { w, lex } = ctx;
  if (w(i + 1) !== "and" && w(i + 1) !== "or") return null;
  return lex.weekdays.has(w(i + 2) ?? "") ? pluralPartAt(ctx, i + 3) : null;
}
