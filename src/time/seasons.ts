import { monthOf, yearOf } from "./calendar.js";

/** TIMEX3 season codes in the order they run through a year. */
export const SEASON_ORDER = ["SP", "SU", "FA", "WI"] as const;
export type Season = (typeof SEASON_ORDER)[number];

/**
 * A season counted from year 0 (four a year). Winter belongs to the year its December falls in, so
 * January and February are the winter of the year before: "last winter" in a July 2025 story is 2024-WI.
 */
export function seasonIndexOf(date: Date): number {
  const m = monthOf(date);
  const y = yearOf(date);
  if (m <= 2) return (y - 1) * 4 + 3;
  if (m <= 5) return y * 4;
  if (m <= 8) return y * 4 + 1;
  if (m <= 11) return y * 4 + 2;
  return y * 4 + 3;
}

export function seasonIndex(year: number, season: Season): number {
  return year * 4 + SEASON_ORDER.indexOf(season);
}

export function fromSeasonIndex(index: number): { year: number; season: Season } {
  return { year: Math.floor(index / 4), season: SEASON_ORDER[((index % 4) + 4) % 4] as Season };
}
