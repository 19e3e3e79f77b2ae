import type { Candidate, Parser, ScanContext } from "../candidate.js";
import { yearValue } from "../timex-value.js";

/** Spoken years, as transcripts write them: "nineteen ninety-six", "two thousand and one". */
export const spelledYearsParser: Parser = {
  name: "spelled-years",
  triggers: (lex) => [...lex.spelledCenturies.keys(), "two"],
  match(ctx, i) {
    const { w } = ctx;
    const theYear = w(i - 1) === "year" && w(i - 2) === "the";
    const found = spelledYearAt(ctx, i);
    if (found) return year(theYear ? i - 2 : i, found.last, found.year);
    // "two thousand" alone is as often an amount: only "the year two thousand" counts.
    if (w(i) === "two" && w(i + 1) === "thousand" && theYear) return year(i - 2, i + 1, 2000);
    return null;
  },
};

/** The spoken year starting at word i ("nineteen ninety-four", "two thousand and one") and its last word. */
export function spelledYearAt(ctx: ScanContext, i: number): { year: number; last: number } | null {
  const { w, lex } = ctx;
  const lower = w(i);
  if (lower === "two") {
    if (w(i + 1) !== "thousand") return null;
    let k = i + 2;
    if (w(k) === "and") k++;
    const rest = smallNumber(ctx, k);
    return rest ? { year: 2000 + rest.value, last: rest.last } : null;
  }
  const century = lex.spelledCenturies.get(lower ?? "");
  if (century === undefined) return null;
  const rest = smallNumber(ctx, i + 1);
  return rest && rest.value >= 10 ? { year: century + rest.value, last: rest.last } : null;
}

/** A spelled number from 1 to 99 starting at word k: "ninety-six", "ninety six", "twelve". */
function smallNumber(ctx: ScanContext, k: number): { value: number; last: number } | null {
  const { w, lex } = ctx;
  const n = lex.numbers.get(w(k) ?? "");
  if (n === undefined || n >= 100 || w(k) === "a" || w(k) === "an") return null;
  if (n >= 20 && n % 10 === 0) {
    const onesAt = w(k + 1) === "-" ? k + 2 : k + 1;
    const ones = lex.numbers.get(w(onesAt) ?? "");
    if (ones !== undefined && ones > 0 && ones < 10 && w(onesAt) !== "a" && w(onesAt) !== "an")
      return { value: n + ones, last: onesAt };
  }
  return { value: n, last: k };
}

function year(first: number, last: number, y: number): Candidate {
  return {
    first,
    last,
    type: "DATE",
    kind: "year",
    mod: null,
    rule: "spelled-year",
    fixed: { value: yearValue(y), stated: ["year"] },
  };
}
