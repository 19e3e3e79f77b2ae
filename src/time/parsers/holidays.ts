import { parseDay, yearOf } from "../calendar.js";
import type { Candidate, Parser, ResolveContext, Resolved, ScanContext } from "../candidate.js";
import { historicDate, holidayDate } from "../holidays.js";
import { dayValue, weekValue } from "../timex-value.js";
import { yearAt } from "./year-number.js";

/**
 * Named holidays ("Christmas", "Thanksgiving Day", "Easter 2024", "last Christmas"): the one of a year that
 * follows, the one before/after with last/next, else the one the clause's tense points at, else the nearest.
 */
export const holidaysParser: Parser = {
  name: "holidays",
  triggers: (lex) => lex.holidays.firstWords(),
  match(ctx, i) {
    const day = holiday(ctx, i);
    return day && ctx.w(day.last + 1) === "week" ? weekOf(day) : day;
  },
};

/** "Easter week", "Thanksgiving week": the ISO week holding the holiday. */
function weekOf(day: Candidate): Candidate {
  const value = (d: Resolved | null): Resolved | null => {
    const date = d ? parseDay(d.value) : null;
    return date && d ? { value: weekValue(date), stated: d.stated } : null;
  };
  const { fixed, resolve, ...rest } = day;
  return {
    ...rest,
    last: day.last + 1,
    kind: "week",
    rule: `${day.rule}-week`,
    ...(fixed ? { fixed: value(fixed) ?? fixed } : {}),
    ...(resolve ? { resolve: (c: ResolveContext) => value(resolve(c)) } : {}),
  };
}

/** A past or future cue is taken to mean a holiday less than this far off. */
const YEAR_MS = 300 * 86_400_000;

/** The holiday named at word i, as a day. */
function holiday(ctx: ScanContext, i: number): Candidate | null {
  const { w, words, lex } = ctx;
  if (!words[i]?.capital) return null;
  const found = lex.holidays.startingAt(w, i);
  if (!found) return null;
  const rule = found.value;
  let last = found.last;
  // "Black Monday": one day in history, whatever follows.
  const historic = historicDate(rule);
  if (historic)
    return {
      first: i,
      last,
      type: "DATE",
      kind: "day",
      mod: null,
      rule: "historic-day",
      fixed: { value: dayValue(historic), stated: ["year", "holiday"] },
    };
  const year = yearAt(ctx, last + 1);
  if (year !== null) {
    const date = holidayDate(rule, year);
    if (!date) return null;
    last++;
    return {
      first: i,
      last,
      type: "DATE",
      kind: "day",
      mod: null,
      rule: "holiday-year",
      fixed: { value: dayValue(date), stated: ["year", "holiday"] },
    };
  }
  const step = lex.relative.get(w(i - 1) ?? "");
  return {
    first: step !== undefined ? i - 1 : i,
    last,
    type: "DATE",
    kind: "day",
    mod: null,
    rule: "holiday",
    resolve: (c) => {
      const y = yearOf(c.ref);
      const days = [y - 1, y, y + 1].map((yy) => holidayDate(rule, yy)).filter((d): d is Date => d !== null);
      const ref = c.ref.getTime();
      let pick: Date | undefined;
      if (step !== undefined && step < 0) pick = days.filter((d) => d.getTime() < ref).pop();
      else if (step !== undefined && step > 0) pick = days.find((d) => d.getTime() > ref);
      else if (step === 0) pick = days[1];
      else {
        // A tense cue decides, within a year; without one, the nearest (news names holidays close to its date).
        const tense = c.tense();
        if (tense === "past") pick = days.filter((d) => d.getTime() <= ref && ref - d.getTime() < YEAR_MS).pop();
        else if (tense === "future") pick = days.find((d) => d.getTime() >= ref && d.getTime() - ref < YEAR_MS);
        pick ??= [...days].sort((a, b) => Math.abs(a.getTime() - ref) - Math.abs(b.getTime() - ref))[0];
      }
      return pick ? { value: dayValue(pick), stated: ["holiday"] } : null;
    },
  };
}
