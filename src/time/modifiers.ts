import type { Candidate, ScanContext, TimeKind } from "./candidate.js";

/** Kinds a part-of modifier ("early", "the end of") can attach to. */
const PART_KINDS = new Set<TimeKind>([
  "day",
  "weekday",
  "week",
  "weekend",
  "month",
  "quarter",
  "half",
  "season",
  "year",
  "decade",
  "century",
  "time",
]);
/** Kinds "around"/"about" can make approximate: not weekdays ("talked about Tuesday's vote"). */
const APPROX_KINDS = new Set<TimeKind>(["time", "year", "decade", "month"]);

/**
 * Widens a candidate over the modifiers before it and records them as its TIMEX3 mod: "late 2024" (END),
 * "mid-2022" (MID), "the final months of 2024" (END), "around noon" (APPROX), "more than three years"
 * (MORE_THAN). A weak candidate ("the year") is kept only if a modifier takes it ("the end of the year").
 */
export function withModifiers(ctx: ScanContext, c: Candidate): Candidate | null {
  const { w, words, lex } = ctx;
  if (c.kind === "duration") {
    const head = words[c.first];
    const counted =
      head?.kind === "digit" || lex.numbers.has(head?.lower ?? "") || lex.vagueAmounts.has(head?.lower ?? "");
    const m = counted ? lex.durationModifiers.endingAt(w, c.first - 1) : null;
    return m && c.mod === null ? { ...c, first: m.first, mod: m.value } : c;
  }
  if (PART_KINDS.has(c.kind)) {
    // "post-1959" is listed with its hyphen; "mid-2022" and "late-2024" glue a plain modifier with one.
    const hyphen = w(c.first - 1) === "-" && words[c.first]?.glued && words[c.first - 1]?.glued;
    let m = lex.dateModifiers.endingAt(w, c.first - 1);
    // "the mid-1990s" reads as "the mid" before the hyphen.
    if (!m && hyphen) m = lex.dateModifiers.endingAt(w, c.first - 2);
    if (m) return { ...c, first: m.first, mod: c.mod ?? m.value, weak: false };
    if (APPROX_KINDS.has(c.kind)) {
      const a = lex.approximators.endingAt(w, c.first - 1);
      if (a) return { ...c, first: a.first, mod: c.mod ?? "APPROX", weak: false };
    }
  }
  return c.weak ? null : c;
}
