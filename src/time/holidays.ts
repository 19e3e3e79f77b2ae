import { addDays, isoWeekday, utcDay } from "./calendar.js";

/**
 * The day a holiday rule names in a year: "12-25" (a fixed day), "easter+N" (N days from Easter Sunday),
 * "nth-weekday:M:W:N" (the Nth ISO weekday W of month M; N = -1 is the last), optionally "+D" days after it.
 * A historic day ("1987-10-19") is that day whatever the year. Null for a rule it cannot read.
 */
export function holidayDate(rule: string, year: number): Date | null {
  const historic = historicDate(rule);
  if (historic) return historic;
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return utcDay(year, Number(fixed[1]), Number(fixed[2]));
  const easter = /^easter([+-]\d+)$/.exec(rule);
  if (easter) return addDays(easterSunday(year), Number(easter[1]));
  const nth = /^nth-weekday:(\d+):(\d):(-?\d)(?:\+(\d+))?$/.exec(rule);
  if (nth) {
    const [month, weekday, n, after] = [Number(nth[1]), Number(nth[2]), Number(nth[3]), Number(nth[4] ?? 0)];
    if (n > 0) {
      const first = utcDay(year, month, 1);
      return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1) + after);
    }
    const last = utcDay(year, month + 1, 0);
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7) + after);
  }
  return null;
}

/** The day of a historic rule ("1987-10-19": one day in history, not a yearly one), or null. */
export function historicDate(rule: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(rule);
  return m ? utcDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}
