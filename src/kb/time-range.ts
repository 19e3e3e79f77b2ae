/** A TIMEX3 value as the calendar days it covers (both ends inclusive, YYYY-MM-DD), so values of any grain compare. */
export interface TimeRange {
  start: string;
  end: string;
  /** Length in days: 1 for a day, 7 for a week, ~30 for a month. Smaller is more precise. */
  days: number;
}

const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function range(fromMs: number, toMs: number): TimeRange {
  return { start: iso(fromMs), end: iso(toMs), days: Math.round((toMs - fromMs) / DAY_MS) + 1 };
}

function monthRange(y: number, fromMonth: number, toMonth: number): TimeRange {
  return range(utc(y, fromMonth, 1), utc(y, toMonth + 1, 1) - DAY_MS);
}

// Seasons as northern-hemisphere months; they only need to overlap the right dates.
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The days a TIMEX3 value covers: 2025-07-01 (or a time that day), 2025-07, 2025-W26, 2024-Q4, 2025-H1, 2025-SU,
 * 2025, 202X (a decade). Null for values that are not calendar positions (PRESENT_REF, P3Y, XXXX-…).
 */
export function timexRange(value: string | null | undefined): TimeRange | null {
  if (!value) return null;
  const hit = memo.get(value);
  if (hit !== undefined) return hit;
  const range = parseTimex(value.trim());
  // The same few thousand values recur across a corpus; results are shared, so callers must not mutate them.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, range);
  return range;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, TimeRange | null>();

function parseTimex(v: string): TimeRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const t = utc(Number(m[1]), Number(m[2]), Number(m[3]));
    if (Number.isNaN(t) || iso(t) !== `${m[1]}-${m[2]}-${m[3]}`) return null;
    return range(t, t);
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthRange(Number(m[1]), month, month) : null;
  }
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(v);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const y = Number(m[1]);
    const jan4 = utc(y, 1, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
    const from = monday1 + (Number(m[2]) - 1) * 7 * DAY_MS;
    return range(from, from + 6 * DAY_MS);
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) {
    const q = Number(m[2]);
    return monthRange(Number(m[1]), q * 3 - 2, q * 3);
  }
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return Number(m[2]) === 1 ? monthRange(Number(m[1]), 1, 6) : monthRange(Number(m[1]), 7, 12);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const [from, to] = SEASONS[m[2] as string] as [number, number];
    return range(utc(Number(m[1]), from, 1), utc(Number(m[1]), to + 1, 1) - DAY_MS);
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return monthRange(Number(m[1]), 1, 12);
  m = /^(\d{3})X$/.exec(v);
  if (m) {
    const y = Number(m[1]) * 10;
    return range(utc(y, 1, 1), utc(y + 10, 1, 1) - DAY_MS);
  }
  return null;
}

/** The publication day of a date or date-time string, or null. */
export function dayOf(published: string | null | undefined): string | null {
  const r = timexRange(published ?? null);
  return r && r.days === 1 ? r.start : null;
}

/** The days before (and including) a publication day: where an undated reported event most likely falls. */
export function windowBefore(day: string, daysBefore: number): TimeRange {
  const end = Date.parse(`${day}T00:00:00Z`);
  return range(end - daysBefore * DAY_MS, end);
}

export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days between two ranges that do not overlap (0 when they do). */
export function gapDays(a: TimeRange, b: TimeRange): number {
  if (overlaps(a, b)) return 0;
  const [first, second] = a.end < b.start ? [a, b] : [b, a];
  return Math.round((Date.parse(`${second.start}T00:00:00Z`) - Date.parse(`${first.end}T00:00:00Z`)) / DAY_MS);
}

/** A day shifted by n days (n may be negative). */
export function addDays(day: string, n: number): string {
  return iso(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);
}
