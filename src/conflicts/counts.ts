import type { Event } from "../article/analysis.js";

type Count = NonNullable<Event["count"]>;

// "About 400" leaves room either side; a fifth is the usual slack of a rounded figure.
const APPROXIMATE_SLACK = 0.2;

function range(c: Count): [number, number] | null {
  if (c.value !== null) {
    const low = c.min ?? (c.approximate ? c.value * (1 - APPROXIMATE_SLACK) : c.value);
    const high = c.min != null ? Number.POSITIVE_INFINITY : c.approximate ? c.value * (1 + APPROXIMATE_SLACK) : c.value;
    return [low, high];
  }
  if (c.min != null) return [c.min, Number.POSITIVE_INFINITY];
  return null;
}

/** Two figures for the same count that cannot both hold: 400 and "thousands", 12 and 30. */
export function countsDisagree(a: Count, b: Count): boolean {
  const x = range(a);
  const y = range(b);
  if (!x || !y) return false;
  return x[1] < y[0] || y[1] < x[0];
}

export function describeCount(c: Count): string {
  if (c.min != null) return `at least ${c.min}`;
  if (c.value !== null) return `${c.approximate ? "about " : ""}${c.value}`;
  return "an unknown number";
}
