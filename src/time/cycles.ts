import { addDays, isoWeekday } from "./calendar.js";

/**
 * Which occurrence of a recurring name (a weekday, a month, a quarter, a season) an expression means,
 * counted from the publication date:
 * - past: the latest one on or before it (the default reading of a bare name in news),
 * - future: the earliest one on or after it,
 * - last / next: strictly before / after ("last Friday", "next April"),
 * - this: the one in the current enclosing period (this week's Friday, this year's April),
 * - nearest: whichever of the latest and the next is closer (the earlier one on a tie).
 */
export type Direction = "past" | "future" | "last" | "next" | "this" | "nearest";

/**
 * The index of the occurrence of `position` (0 ≤ position < period) in a sequence counted so that
 * `current` is the reference's own index; "this" means the same block of `period`.
 */
export function occurrence(current: number, period: number, position: number, direction: Direction): number {
  const block = Math.floor(current / period) * period;
  const here = block + position;
  switch (direction) {
    case "this":
      return here;
    case "past":
      return here <= current ? here : here - period;
    case "future":
      return here >= current ? here : here + period;
    case "last":
      return here < current ? here : here - period;
    case "next":
      return here > current ? here : here + period;
    case "nearest": {
      const before = here <= current ? here : here - period;
      const after = before === current ? before : before + period;
      return after - current < current - before ? after : before;
    }
  }
}

/** A weekday read as the nearest one is the coming one only this many days ahead at most. */
const NEAR_WEEKDAY_AHEAD = 1;

/**
 * The day a weekday name (ISO 1–7) means, read in the given direction from the reference day. Read as the
 * nearest, it is the coming one only when that is the next day: news names a day further ahead with "next"
 * or a future verb, and past days are the likelier.
 */
export function weekdayDate(ref: Date, weekday: number, direction: Direction): Date {
  if (direction === "nearest") {
    const ahead = (weekday - isoWeekday(ref) + 7) % 7;
    return addDays(ref, ahead <= NEAR_WEEKDAY_AHEAD ? ahead : ahead - 7);
  }
  const today = isoWeekday(ref) - 1;
  // Days since the reference week's Monday, so a week is one block of seven.
  const index = occurrence(today, 7, weekday - 1, direction);
  return addDays(ref, index - today);
}

/** Maps a relative word's step (-1, 0, 1), or the clause's reading when there is none, to a direction. */
export function directionOf(step: number | undefined, reading: Direction): Direction {
  if (step === undefined) return reading;
  return step < 0 ? "last" : step > 0 ? "next" : "this";
}
