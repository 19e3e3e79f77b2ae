/** A TIMEX3 value as a span of days [from, to), in days since 1970; null when the value is no calendar span. */
export interface DayRange {
  from: number;
  to: number;
}

const DAY = 86_400_000;
const SEASONS: Record<string, [number, number]> = { SP: [2, 5], SU: [5, 8], FA: [8, 11], AU: [8, 11], WI: [11, 14] };

function days(y: number, m: number, d: number): number {
  return Date.UTC(y, m, d) / DAY;
}

export function dayRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = days(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return { from: d, to: d + 1 };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = days(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
    return { from: monday, to: monday + 7 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { from: days(Number(m[1]), Number(m[2]) - 1, 1), to: days(Number(m[1]), Number(m[2]), 1) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]) - 1;
    return { from: days(Number(m[1]), q * 3, 1), to: days(Number(m[1]), q * 3 + 3, 1) };
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) {
    const [a, b] = SEASONS[m[2] as string] as [number, number];
    return { from: days(Number(m[1]), a, 1), to: days(Number(m[1]), b, 1) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: days(Number(m[1]), 0, 1), to: days(Number(m[1]) + 1, 0, 1) };
  return null;
}

/** False only when both values are calendar spans that do not meet. */
export function mayOverlap(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a ? dayRange(a) : null;
  const y = b ? dayRange(b) : null;
  if (!x || !y) return true;
  return x.from < y.to && y.from < x.to;
}
