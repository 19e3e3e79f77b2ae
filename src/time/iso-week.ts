import { addDays, isoWeekday, utcDay } from "./calendar.js";

/** An ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** The ISO week a day falls in (its year can differ from the calendar year near New Year). */
export function isoWeek(date: Date): IsoWeek {
  // The Thursday of the same week decides the year; its distance from 1 January gives the week.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - utcDay(year, 1, 1).getTime()) / 86_400_000);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The Monday that starts a day's ISO week. */
export function weekStart(date: Date): Date {
  return addDays(date, 1 - isoWeekday(date));
}
