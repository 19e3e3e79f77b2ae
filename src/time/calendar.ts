/**
 * Calendar arithmetic on UTC dates at midnight, the form the reference date has. Everything here is pure and
 * ignores time zones on purpose: a publication date names a calendar day, not an instant.
 */

const DAY_MS = 86_400_000;

/** The UTC midnight of a calendar day (month 1–12). Out-of-range days and months roll over like Date.UTC. */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Date): number {
  const d = date.getUTCDay();
  return d === 0 ? 7 : d;
}

export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}

/** Month 1–12. */
export function monthOf(date: Date): number {
  return date.getUTCMonth() + 1;
}

/** Quarter 1–4. */
export function quarterOf(date: Date): number {
  return Math.floor(date.getUTCMonth() / 3) + 1;
}

/** A month counted from year 0, so month arithmetic is plain addition. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** True when the day exists (no 30 February). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = utcDay(year, month, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The day a TIMEX3 value starts with (2025-07-01, 2025-07-01T22:00), or null for coarser values. */
export function parseDay(value: string | null): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? utcDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
