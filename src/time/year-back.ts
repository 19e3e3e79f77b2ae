import type { Candidate, Resolved, ScanContext, TimeKind } from "./candidate.js";

/** Kinds of a period that "a year ago" right after it moves back a year ("the same month a year ago"). */
const SHIFTABLE = new Set<TimeKind>(["day", "month", "quarter", "half", "season"]);
/** Last words of "a year ago", "a year earlier", "a year before". */
const BACK = new Set(["ago", "earlier", "before"]);

/**
 * "the same month a year ago", "the quarter a year earlier": one time, the period named moved a year back,
 * not a period and a separate year; "the third quarter last year": the period in last year. Takes and returns
 * the kept candidates in text order.
 */
export function yearBack(ctx: ScanContext, kept: readonly Candidate[]): Candidate[] {
  const { w } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k] as Candidate;
    const b = kept[k + 1];
    const aYearBack =
      b !== undefined &&
      b.first === a.last + 1 &&
      b.last === b.first + 2 &&
      (w(b.first) === "a" || w(b.first) === "one") &&
      w(b.first + 1) === "year" &&
      BACK.has(w(b.last) ?? "");
    // "the fourth quarter last year", "the same month last year": the period in the year before the reference's.
    const lastYear =
      b !== undefined &&
      b.first === a.last + 1 &&
      b.last === b.first + 1 &&
      w(b.first) === "last" &&
      w(b.last) === "year";
    if (lastYear && SHIFTABLE.has(a.kind) && a.kind !== "day") {
      const period = a;
      out.push({
        ...a,
        last: b.last,
        rule: `${a.rule}+last-year`,
        fixed: undefined,
        resolve: (r) => {
          const v = period.fixed ?? period.resolve?.(r) ?? null;
          // A period that states its own year ("the fourth quarter of 2023") keeps it.
          return v && !v.stated.includes("year") ? inYear(v, r.ref.getUTCFullYear() - 1) : v;
        },
      });
      k++;
      continue;
    }
    if (!aYearBack || !SHIFTABLE.has(a.kind)) {
      out.push(a);
      continue;
    }
    const period = a;
    out.push({
      ...a,
      last: b.last,
      rule: `${a.rule}+year-back`,
      antecedent: false,
      fixed: undefined,
      resolve: (r) => {
        const v = period.fixed ?? period.resolve?.(r) ?? null;
        return v && !v.stated.includes("year") ? yearEarlier(v) : v;
      },
    });
    k++;
  }
  return out;
}

/** The same value a year earlier: 2009-01 → 2008-01, 2009-Q3 → 2008-Q3; null for values without a year. */
function yearEarlier(v: Resolved): Resolved | null {
  const m = /^(\d{4})(-.*)?$/.exec(v.value);
  return m ? inYear(v, Number(m[1]) - 1) : null;
}

/** The same value put in another year: 2025-Q4 in 2024 → 2024-Q4 (a 29 February outside a leap year is the 28th). */
function inYear(v: Resolved, year: number): Resolved | null {
  const m = /^\d{4}(-.*)?$/.exec(v.value);
  if (!m) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const rest = !leap && m[1]?.startsWith("-02-29") ? `-02-28${m[1].slice(6)}` : (m[1] ?? "");
  return { ...v, value: `${String(year).padStart(4, "0")}${rest}` };
}
