import { isoWeek } from "./iso-week.js";
import type { Season } from "./seasons.js";

/** TIMEX3 value strings. One function per granularity, so every rule writes values the same way. */

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

export function yearValue(year: number): string {
  return pad(year, 4);
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function dayValue(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** 2025-W26: the ISO week a day falls in. */
export function weekValue(date: Date): string {
  const w = isoWeek(date);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

/** 2025-W26-WE: the weekend of a day's ISO week. */
export function weekendValue(date: Date): string {
  return `${weekValue(date)}-WE`;
}

export function quarterValue(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`;
}

export function halfValue(year: number, half: number): string {
  return `${pad(year, 4)}-H${half}`;
}

export function seasonValue(year: number, season: Season): string {
  return `${pad(year, 4)}-${season}`;
}

/** The decade starting at `year` (1990 → "199"). */
export function decadeValue(year: number): string {
  return pad(Math.floor(year / 10), 3);
}

/** The century by its first two digits: the 20th century (1900s) → "19". */
export function centuryValue(hundreds: number): string {
  return pad(hundreds, 2);
}

/** A clock time on a day: 2025-07-01T22:00. */
export function clockValue(date: Date, hour: number, minute: number): string {
  return `${dayValue(date)}T${pad(hour, 2)}:${pad(minute, 2)}`;
}

/** A part of a day: 2025-07-01TMO (MO, AF, EV, NI). */
export function partOfDayValue(date: Date, part: string): string {
  return `${dayValue(date)}T${part}`;
}

/** Duration units as the lexicon names them; MIN is minutes and FN a fortnight. */
export type DurationUnit = "S" | "MIN" | "H" | "D" | "W" | "FN" | "M" | "Q" | "Y" | "DE" | "CE" | "ML";

const TIME_UNITS = new Set<DurationUnit>(["S", "MIN", "H"]);
/** How many of the next smaller unit make one, to write fractions as whole parts (2.5 years → P2Y6M). */
const SPLIT: Partial<Record<DurationUnit, [number, DurationUnit]>> = {
  Y: [12, "M"],
  M: [30, "D"],
  W: [7, "D"],
  D: [24, "H"],
  H: [60, "MIN"],
  MIN: [60, "S"],
};

function letter(unit: DurationUnit): string {
  return unit === "MIN" ? "M" : unit;
}

/** P3Y, PT48H, PXDE (amount null: "decades"), P2Y6M for 2.5 years; a fortnight is two weeks. */
export function durationValue(amount: number | null, unit: DurationUnit): string {
  if (unit === "FN") return durationValue(amount === null ? null : amount * 2, "W");
  const t = TIME_UNITS.has(unit) ? "T" : "";
  if (amount === null) return `P${t}X${letter(unit)}`;
  const whole = Math.floor(amount);
  const rest = amount - whole;
  const split = SPLIT[unit];
  if (rest > 1e-9 && split) {
    const smaller = Math.round(rest * split[0]);
    const t2 = t || (TIME_UNITS.has(split[1]) ? "T" : "");
    const head = whole > 0 ? `${whole}${letter(unit)}` : "";
    if (t === "" && t2 === "T") return `P${head}T${smaller}${letter(split[1])}`;
    return `P${t}${head}${smaller}${letter(split[1])}`;
  }
  return `P${t}${rest > 1e-9 ? amount : whole}${letter(unit)}`;
}
