import { monthOf, quarterOf, yearOf } from "../calendar.js";
import type { Candidate, Parser, ResolveContext, ScanContext } from "../candidate.js";
import { directionOf, occurrence } from "../cycles.js";
import { decadeValue, halfValue, quarterValue } from "../timex-value.js";
import { yearAt } from "./year-number.js";

/** Words before "quarter" that name the latest finished one, or the current one. */
const LATEST = new Set(["latest", "past", "previous", "last", "recent", "most-recent"]);
const CURRENT = new Set(["current", "this"]);

/**
 * Quarters and halves of a year: "the first quarter" (2025-Q1), "third-quarter", "Q4 2024",
 * "the second half of 2024" (2024-H2), "this year's third quarter", "the latest quarter", "the year-ago
 * quarter". Without a year, the current or latest one of that number, or the next when the clause speaks
 * of the future.
 */
export const quartersParser: Parser = {
  name: "quarters",
  triggers: () => ["quarter", "half", "q", "h", "period", "year"],
  match(ctx, i) {
    const lower = ctx.w(i);
    if (lower === "q" || lower === "h") return compact(ctx, i);
    if (lower === "period") return period(ctx, i);
    if (lower === "year") return yearAgoAdjective(ctx, i);
    return spelled(ctx, i, lower === "quarter" ? 4 : 2);
  },
};

/** Words before "period" that make it the reporting period just talked about (company results). */
const PERIOD_LATEST = new Set(["latest", "current", "recent"]);
const PERIOD_SAME = new Set(["corresponding", "comparable", "same", "year-earlier", "year-ago"]);

/**
 * "the latest period", "the year-earlier period", "the 1988 period": in results reporting, the quarter
 * just talked about (or it a year earlier, or in the year named). Nothing without such a quarter.
 */
function period(ctx: ScanContext, i: number): Candidate | null {
  const { w } = ctx;
  const prev = w(i - 1) ?? "";
  let first = i - 1;
  let years: number | "named" = 0;
  const named = yearAt(ctx, i - 1);
  if ((prev === "ago" || prev === "earlier") && w(i - 2) === "-" && w(i - 3) === "year") {
    years = -1;
    first = i - 3;
  } else if (named !== null) years = "named";
  else if (!PERIOD_LATEST.has(prev) && !PERIOD_SAME.has(prev)) return null;
  if (w(first - 1) === "the") first--;
  // "the corresponding period last year"
  let last = i;
  if (w(i + 1) === "last" && w(i + 2) === "year" && years === 0) {
    years = -1;
    last = i + 2;
  }
  return {
    ...base(first, last),
    rule: "quarter-period",
    antecedent: false,
    resolve: (c) => {
      // Without a quarter just talked about, the latest finished one is the period being reported; "the same
      // period" needs one ("the first ten months … the same period in 2024" is no quarter).
      const fallback = PERIOD_SAME.has(prev) ? null : shifted(c, -1).value;
      const m = /^(\d{4})-Q(\d)$/.exec(c.previous("quarter") ?? fallback ?? "");
      if (!m) {
        // "sales rose in February compared to the same period last year": without a quarter, the month.
        if (!PERIOD_SAME.has(prev) || years === "named") return null;
        const month = /^(\d{4})-(\d{2})$/.exec(c.previous("month") ?? "");
        return month ? { value: `${Number(month[1]) + years}-${month[2]}`, stated: [] } : null;
      }
      const year = years === "named" ? (named as number) : Number(m[1]) + years;
      return { value: quarterValue(year, Number(m[2])), stated: years === "named" ? ["year"] : [] };
    },
  };
}

/**
 * "year-earlier" and "year-ago" before a noun other than quarter or period ("year-earlier results"):
 * the quarter just talked about a year earlier, else the year before the reference.
 */
function yearAgoAdjective(ctx: ScanContext, i: number): Candidate | null {
  const { w, words } = ctx;
  const after = w(i + 2);
  if (w(i + 1) !== "-" || !words[i + 1]?.glued || (after !== "ago" && after !== "earlier") || !words[i + 2]?.glued)
    return null;
  const next = w(i + 3);
  if (next === "quarter" || next === "period" || words[i + 3]?.kind !== "alpha") return null;
  // "the year-earlier nine months": the counted stretch is the time, read by the unit rules.
  if (ctx.lex.numbers.has(next ?? "") && ctx.lex.units.has(w(i + 4) ?? "")) return null;
  return {
    ...base(i, i + 2),
    kind: "year",
    rule: "year-ago-adjective",
    antecedent: false,
    resolve: (c) => {
      const m = /^(\d{4})-Q(\d)$/.exec(c.previous("quarter") ?? "");
      if (m) return { value: quarterValue(Number(m[1]) - 1, Number(m[2])), stated: [] };
      return { value: String(yearOf(c.ref) - 1), stated: [] };
    },
  };
}

/** "Q3", "Q4 2024", "2024 Q4", "H1". */
function compact(ctx: ScanContext, i: number): Candidate | null {
  const { words, w } = ctx;
  const word = words[i];
  const digit = words[i + 1];
  if (!word?.capital || !digit?.glued || digit.kind !== "digit") return null;
  const n = Number(digit.lower);
  const parts = w(i) === "q" ? 4 : 2;
  if (!(n >= 1 && n <= parts) || words[i + 2]?.glued) return null;
  const after = yearAt(ctx, i + 2);
  const before = yearAt(ctx, i - 1);
  if (after !== null) return fixed(i, i + 2, after, n, parts);
  if (before !== null) return fixed(i - 1, i + 1, before, n, parts);
  return relative(i, i + 1, n, parts, undefined);
}

/** "the third quarter of 2024", "first-half", "this year's fourth quarter", "the latest quarter". */
function spelled(ctx: ScanContext, i: number, parts: number): Candidate | null {
  const { w, words, lex } = ctx;
  let k = i - 1;
  if (w(k) === "-" && words[i]?.glued) k--;
  if (w(k) === "fiscal") k--;
  const ordinal = lex.ordinals.get(w(k) ?? "");
  // A year after: "of 2024", "2024"; before: "the 2024 first quarter", "fiscal 1989".
  let last = i;
  let yAt = i + 1;
  if (w(yAt) === "of") yAt++;
  let year = yearAt(ctx, yAt);
  if (year !== null) last = yAt;
  let yearStep: number | undefined;
  if (
    year === null &&
    w(i + 1) === "of" &&
    (w(i + 2) === "this" || w(i + 2) === "last" || w(i + 2) === "next") &&
    w(i + 3) === "year"
  ) {
    yearStep = lex.relative.get(w(i + 2) as string);
    last = i + 3;
  }
  if (ordinal === undefined) {
    if (parts !== 4 || year !== null) return null;
    return unnumbered(ctx, i);
  }
  const n = ordinal < 0 ? parts : ordinal;
  if (n > parts) return null;
  // "the last half of the '80s", "the first half of the 1990s": a part of the decade, named by the decade.
  const decade = parts === 2 && w(i + 1) === "of" ? decadeAt(ctx, i + 2) : null;
  if (decade) {
    const first = w(k - 1) === "the" ? k - 1 : k;
    const mod = n === 1 ? "START" : "END";
    return { ...base(first, decade.last), kind: "decade", mod, rule: "half-decade", fixed: decade.resolved };
  }
  let first = k;
  if (w(first - 1) === "fiscal") first--;
  const before = yearAt(ctx, first - 1);
  if (year === null && before !== null) {
    year = before;
    first--;
  }
  // "this year's third quarter", "last year's first half"
  if (
    year === null &&
    yearStep === undefined &&
    w(first - 1) === "s" &&
    w(first - 2) === "'" &&
    w(first - 3) === "year"
  ) {
    yearStep = lex.relative.get(w(first - 4) ?? "");
    if (yearStep !== undefined) first -= 4;
  }
  if (w(first - 1) === "the") first--;
  if (year !== null) return fixed(first, last, year, n, parts);
  if (yearStep !== undefined) {
    const step = yearStep;
    return {
      ...relative(first, last, n, parts, undefined),
      resolve: (c) => ({ value: value(yearOf(c.ref) + step, n, parts), stated: [parts === 4 ? "quarter" : "half"] }),
    };
  }
  return relative(first, last, n, parts, undefined);
}

/** "the quarter", "the latest quarter", "this quarter", "the year-ago quarter". */
function unnumbered(ctx: ScanContext, i: number): Candidate | null {
  const { w, words } = ctx;
  const prev = w(i - 1);
  // "the year-ago quarter", "the year-earlier quarter": the quarter talked about, a year before.
  if ((prev === "ago" || prev === "earlier") && w(i - 2) === "-" && w(i - 3) === "year") {
    const first = w(i - 4) === "the" ? i - 4 : i - 3;
    return { ...base(first, i), rule: "quarter-year-ago", antecedent: false, resolve: (c) => yearBefore(c) };
  }
  if (prev && LATEST.has(prev)) {
    const first = w(i - 2) === "the" ? i - 2 : i - 1;
    return { ...base(first, i), rule: "quarter-latest", resolve: (c) => shifted(c, -1) };
  }
  if (prev && CURRENT.has(prev)) {
    const first = w(i - 2) === "the" ? i - 2 : i - 1;
    return { ...base(first, i), rule: "quarter-current", resolve: (c) => shifted(c, 0) };
  }
  if (prev === "next" || prev === "coming") {
    const first = w(i - 2) === "the" ? i - 2 : i - 1;
    return { ...base(first, i), rule: "quarter-next", resolve: (c) => shifted(c, 1) };
  }
  const named = yearAt(ctx, i - 1);
  if (named !== null) {
    // "the 1988 quarter": the quarter talked about, in the year named.
    const first = w(i - 2) === "the" ? i - 2 : i - 1;
    return {
      ...base(first, i),
      rule: "quarter-of-year",
      resolve: (c) => {
        const m = /^(\d{4})-Q(\d)$/.exec(c.previous("quarter") ?? "");
        return m ? { value: quarterValue(named, Number(m[2])), stated: ["year"] } : null;
      },
    };
  }
  const ending = endingMonth(ctx, i + 1);
  if (prev === "the" && ending !== null) {
    // "the quarter ended Sept. 30": the one just named, else the three months up to that day, named by the
    // calendar quarter of their middle month (a fiscal quarter ended July 31 is mostly the second quarter).
    return {
      ...base(i - 1, i),
      rule: "quarter-ended",
      resolve: (c) => {
        // A quarter just named ("its fiscal first quarter … the quarter ended Sept. 29") is the one meant.
        const named = c.previous("quarter");
        if (named) return { value: named, stated: [] };
        const index = occurrence(yearOf(c.ref) * 12 + monthOf(c.ref) - 1, 12, ending - 1, "nearest") - 1;
        return {
          value: quarterValue(Math.floor(index / 12), Math.floor((((index % 12) + 12) % 12) / 3) + 1),
          stated: [],
        };
      },
    };
  }
  if (prev === "the" && words[i + 1]?.lower !== "of" && words[i + 1]?.lower !== "-") {
    // "the quarter": the one just talked about, else the latest finished one.
    return {
      ...base(i - 1, i),
      rule: "quarter-anaphoric",
      resolve: (c) => {
        const q = c.previous("quarter");
        return q ? { value: q, stated: [] } : shifted(c, -1);
      },
    };
  }
  return null;
}

function base(first: number, last: number): Candidate {
  return { first, last, type: "DATE", kind: "quarter", mod: null, rule: "quarter" };
}

function value(year: number, n: number, parts: number): string {
  return parts === 4 ? quarterValue(year, n) : halfValue(year, n);
}

function fixed(first: number, last: number, year: number, n: number, parts: number): Candidate {
  return {
    first,
    last,
    type: "DATE",
    kind: parts === 4 ? "quarter" : "half",
    mod: null,
    rule: parts === 4 ? "quarter-year" : "half-year",
    fixed: { value: value(year, n, parts), stated: ["year", parts === 4 ? "quarter" : "half"] },
  };
}

function relative(first: number, last: number, n: number, parts: number, step: number | undefined): Candidate {
  return {
    first,
    last,
    type: "DATE",
    kind: parts === 4 ? "quarter" : "half",
    mod: null,
    rule: parts === 4 ? "quarter" : "half",
    resolve: (c) => {
      const current = yearOf(c.ref) * parts + (parts === 4 ? quarterOf(c.ref) : Math.ceil(quarterOf(c.ref) / 2)) - 1;
      // A future clause still means the nearest such quarter: "expects third-quarter results" in October is
      // this year's third quarter, "will grow in the first quarter" next year's.
      const reading = c.tense();
      const tense = reading === "future" || reading === "nearest" ? "nearest" : "past";
      const index = occurrence(current, parts, n - 1, directionOf(step, tense));
      return {
        value: value(Math.floor(index / parts), (index % parts) + 1, parts),
        stated: [parts === 4 ? "quarter" : "half"],
      };
    },
  };
}

/** The reference's quarter moved by `step` quarters. */
function shifted(c: ResolveContext, step: number) {
  const index = yearOf(c.ref) * 4 + quarterOf(c.ref) - 1 + step;
  return { value: quarterValue(Math.floor(index / 4), (index % 4) + 1), stated: [] };
}

/** The quarter last talked about (else the latest finished one), a year earlier. */
function yearBefore(c: ResolveContext) {
  const q = c.previous("quarter");
  const m = q ? /^(\d{4})-Q(\d)$/.exec(q) : null;
  if (m) return { value: quarterValue(Number(m[1]) - 1, Number(m[2])), stated: [] };
  const latest = shifted(c, -1).value;
  return { value: `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`, stated: [] };
}

/** The month of "ended Sept. 30" / "ending June 30" starting at word k, or null. */
function endingMonth(ctx: ScanContext, k: number): number | null {
  const { w, words, lex } = ctx;
  if (w(k) !== "ended" && w(k) !== "ending") return null;
  const month = lex.months.get(w(k + 1) ?? "");
  if (month === undefined || !words[k + 1]?.capital) return null;
  const dayAt = w(k + 2) === "." ? k + 3 : k + 2;
  return words[dayAt]?.kind === "digit" && Number(w(dayAt)) <= 31 ? month : null;
}

/** A decade starting at word k: "the 1980s", "the '80s", "1990s" (the span's last word and its value), or null. */
function decadeAt(ctx: ScanContext, k: number): { last: number; resolved: { value: string; stated: string[] } } | null {
  const { w, words } = ctx;
  const at = w(k) === "the" ? k + 1 : k;
  const apostrophe = w(at) === "'" ? 1 : 0;
  const digits = words[at + apostrophe];
  const s = words[at + apostrophe + 1];
  if (digits?.kind !== "digit" || s?.lower !== "s" || !s.glued) return null;
  const n = Number(digits.lower);
  const year =
    apostrophe && digits.lower.length === 2 ? (n >= 30 ? 1900 : 2000) + n : digits.lower.length === 4 ? n : null;
  if (year === null || year % 10 !== 0) return null;
  return { last: at + apostrophe + 1, resolved: { value: decadeValue(year), stated: ["decade"] } };
}
