/**
 * Times in an article with no publication date. TimeML writes what the text states and X for what only the
 * publication date could tell: "Sept. 30" is XXXX-09-30, "Tuesday" XXXX-WXX-2, "in April" XXXX-04. Rather than
 * teach every rule a second, dateless way to resolve, each relative time is resolved against two stand-in dates
 * a year and a weekday apart: what comes out the same both times does not depend on the date, what differs does.
 */

/** Wednesday 2001-06-13 and Friday 2002-06-14: mid-month and mid-year, so "last month" stays in one year. */
export const STAND_INS: readonly [Date, Date] = [new Date(Date.UTC(2001, 5, 13)), new Date(Date.UTC(2002, 5, 14))];

/**
 * The value of a time resolved against both stand-ins: the value itself when they agree, the stated parts with X
 * for the rest when a pattern survives (same month and day, same weekday, same month, quarter or season), and
 * null when nothing the text states is left ("yesterday", "last year").
 */
export function unanchoredValue(a: string, b: string): string | null {
  if (a === b) return a;
  const [dayA = "", clockA] = a.split("T");
  const [dayB = "", clockB] = b.split("T");
  if (clockA !== clockB) return null;
  const clock = clockA === undefined ? "" : `T${clockA}`;
  const dateA = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayA);
  const dateB = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dayB);
  if (dateA && dateB) {
    if (dateA[2] === dateB[2] && dateA[3] === dateB[3]) return `XXXX-${dateA[2]}-${dateA[3]}${clock}`;
    const weekday = isoWeekday(dayA);
    return weekday === isoWeekday(dayB) ? `XXXX-WXX-${weekday}${clock}` : null;
  }
  if (clock) return null;
  // A month, quarter, half or season of a year nobody states: "in April", "the third quarter", "last summer".
  const partA = /^\d{4}-(\d{2}|Q[1-4]|H[12]|SP|SU|FA|AU|WI)$/.exec(dayA);
  const partB = /^\d{4}-(\d{2}|Q[1-4]|H[12]|SP|SU|FA|AU|WI)$/.exec(dayB);
  return partA && partB && partA[1] === partB[1] ? `XXXX-${partA[1]}` : null;
}

/** ISO weekday of a YYYY-MM-DD date: Monday 1 … Sunday 7. */
function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
