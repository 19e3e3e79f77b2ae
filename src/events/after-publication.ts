/**
 * Whether a TIMEX3 value starts after the publication day: "when he is sentenced in June" in a story of 6 April
 * tells of a sentencing to come. Only calendar values count (a year, month, week or day, with or without a time of
 * day); durations, sets and references such as PRESENT_REF say nothing of when.
 */
export function startsAfter(value: string, published: Date): boolean {
  const start = calendarStart(value);
  if (start === null) return false;
  const nextDay = Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() + 1);
  return start >= nextDay;
}

/** The first day (UTC ms) a calendar value covers, or null when the value is no calendar value. */
function calendarStart(value: string): number | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return isoWeekStart(Number(week[1]), Number(week[2]));
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  const year = /^(\d{4})$/.exec(value);
  if (year) return Date.UTC(Number(year[1]), 0, 1);
  return null;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
}
