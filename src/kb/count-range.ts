/** A reported count (event.count) as the interval of values it allows. */
export interface CountRange {
  lo: number;
  hi: number;
}

// "around 600" allows a little either way; an exact figure allows only itself.
const APPROXIMATE_SLACK = 0.1;

export function countRange(
  count: { value: number | null; approximate: boolean; min?: number | null; max?: number | null } | null,
): CountRange | null {
  if (!count) return null;
  const { value, approximate } = count;
  const min = count.min ?? null;
  const max = count.max ?? null;
  if (value !== null && Number.isFinite(value)) {
    const slack = approximate ? Math.abs(value) * APPROXIMATE_SLACK : 0;
    return { lo: Math.max(min ?? -Infinity, value - slack), hi: Math.min(max ?? Infinity, value + slack) };
  }
  if (min !== null || max !== null) return { lo: min ?? 0, hi: max ?? Infinity };
  return null;
}

/** Two tallies of the same thing cannot both be right: their intervals do not meet. */
export function countsConflict(a: CountRange | null, b: CountRange | null): boolean {
  if (!a || !b) return false;
  return a.hi < b.lo || b.hi < a.lo;
}
