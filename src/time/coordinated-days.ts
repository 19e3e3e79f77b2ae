import type { Candidate, ScanContext } from "./candidate.js";

/** Words that join a second day number to a date: "April 24 and 25", "May 3 or 4". */
const JOINS = new Set(["and", "or"]);
/** Words after the bare number that show it ends the phrase (not "24 and 25 people"). */
const AFTER = new Set(["in", "at", "on", "when", "during", "before", "after"]);

/**
 * "the summit on April 24 and 25": the bare number joined to a month-day date is another day of that month,
 * its own TIMEX3. Takes and returns the kept candidates in text order.
 */
export function coordinatedDays(ctx: ScanContext, kept: readonly Candidate[]): Candidate[] {
  const { w, words } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k] as Candidate;
    out.push(a);
    if (a.kind !== "day" || !a.rule.startsWith("chrono-date") || !JOINS.has(w(a.last + 1) ?? "")) continue;
    const at = a.last + 2;
    const number = words[at];
    if (number?.kind !== "digit" || number.lower.length > 2) continue;
    const day = Number(number.lower);
    const next = words[at + 1];
    const ends = !next || next.sentence !== number.sentence || next.kind === "punct" || AFTER.has(next.lower);
    const taken = kept[k + 1] !== undefined && (kept[k + 1] as Candidate).first <= at;
    if (day < 1 || day > 31 || !ends || taken) continue;
    const anchor = a;
    out.push({
      first: at,
      last: at,
      type: "DATE",
      kind: "day",
      mod: null,
      rule: "coordinated-day",
      resolve: (c) => {
        const d = anchor.fixed ?? anchor.resolve?.(c) ?? null;
        const m = d ? /^(\d{4}-\d{2})-\d{2}$/.exec(d.value) : null;
        return m && d ? { value: `${m[1]}-${String(day).padStart(2, "0")}`, stated: d.stated } : null;
      },
    });
  }
  return out;
}
