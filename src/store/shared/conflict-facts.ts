import type { Factuality } from "../../article/analysis.js";
import type { ClaimFigure } from "../../kb/claim-figures.js";
import { type CountRange, countRange } from "../../kb/count-range.js";
import type { Terms } from "../../kb/terms.js";
import { gapDays, timexRange } from "../../kb/time-range.js";
import type { ReportFacts } from "./facts.js";
import type { Row } from "./rows.js";

/**
 * What both stores' conflict writers share: the bounds on per-report work and the pure steps between a row and a
 * rule of src/kb/conflict-rules.ts. The rules decide; the writers only look candidates up and record groups.
 */

// Bounds on per-report work, so ingest stays flat however big the store grows. One disagreeing report is
// enough to open a conflict; later evidence joins it without reading the others again.
export const REPORTS_COMPARED = 10;
export const CLAIM_CANDIDATES = 10;
export const ABOUT_ENTITIES_SCANNED = 2;
export const ABOUT_CLAIMS_SCANNED = 10;
export const GROUPS_JOINED = 3;
export const OTHER_SIDE_EVIDENCE = 3;
// Figures for the same thing said far apart in time are more likely an update than a contradiction.
export const FIGURES_SAID_WITHIN_DAYS = 14;
// Figure candidates: per counted word and subject, the nearest few said before and after; subjects nearest first.
export const FIGURE_SUBJECTS_SCANNED = 4;
export const FIGURES_PER_KEY = 4;
export const FIGURE_CANDIDATES = 24;

export type Evidence = { claimReport: number; eventReport: number; doc: number; claimId: number };

export function figure(count: CountRange | null, value: number | null): number {
  if (value !== null) return Math.round(value);
  return count ? Math.round(count.lo) : 0;
}

export function figureLabel(r: { count: CountRange | null; countValue: number | null; approximate: boolean }): string {
  if (r.countValue !== null) return `${r.approximate ? "about " : ""}${r.countValue.toLocaleString("en-US")}`;
  if (!r.count) return "?";
  return r.count.hi === Infinity ? `at least ${r.count.lo.toLocaleString("en-US")}` : `${r.count.lo}-${r.count.hi}`;
}

/** Side of an asserted / denied conflict: 0 asserts, 1 denies. */
export function polaritySide(negative: boolean): number {
  return negative ? 1 : 0;
}

export function termsOf(words: unknown, numbers: unknown): Terms {
  const w = (words as string | null) ?? "";
  const n = (numbers as string | null) ?? "";
  return { words: w === "" ? [] : w.split(" "), numbers: n === "" ? [] : n.split(" ").map(Number) };
}

/** The source entity of a report, to find the conflict under it (its event's entities are already linked). */
export function sourceOf(r: ReportFacts): number[] {
  return r.source.entity ? [r.source.entity] : [];
}

export function opposite(polarity: string): string {
  return polarity === "negative" ? "positive" : "negative";
}

export function figureOf(r: Row): ClaimFigure {
  const list = (v: unknown) => ((v as string) === "" ? [] : (v as string).split(" "));
  return {
    counted: list(r.counted),
    label: r.label as string,
    value: (r.value as number | null) ?? null,
    lo: (r.lo as number | null) ?? null,
    hi: (r.hi as number | null) ?? null,
    loOpen: r.lo_open === 1,
    hiOpen: r.hi_open === 1,
    approximate: r.approximate === 1,
    context: list(r.context),
    types: list(r.types),
    times: list(r.times),
  };
}

/** The side a figure stands on: the number it states (a bound's number for a bound alone). */
export function figureSide(f: ClaimFigure): number {
  return Math.round(f.value ?? f.lo ?? f.hi ?? 0);
}

/** What a figure conflict is keyed by: `quantity:f:<counted stems>:c<claim>:c<claim>`; the counted stems back. */
export function figureKeyCounted(key: string): string[] {
  return (key.split(":")[2] ?? "").split(" ").filter((w) => w !== "");
}

export function saidClose(a: string, b: string): boolean {
  if (a === "" || b === "") return true;
  const ra = timexRange(a);
  const rb = timexRange(b);
  return !ra || !rb || gapDays(ra, rb) <= FIGURES_SAID_WITHIN_DAYS;
}

/** An event report row (with its claim's terms when a claim reports it) as the conflict rules compare it. */
export function reportFacts(r: Row): ReportFacts {
  const value = (r.count_value as number | null) ?? null;
  const min = (r.count_min as number | null) ?? null;
  const approximate = r.count_approx === 1;
  return {
    id: r.id as number,
    doc: r.doc as number,
    claimReport: (r.claim_report_id as number | null) ?? 0,
    claimId: (r.claim_id as number | null) ?? 0,
    source: {
      key: r.source_key as string,
      entity: (r.source_entity as number | null) ?? null,
      name: r.source_name as string,
    },
    count: value === null && min === null ? null : countRange({ value, min, approximate }),
    countValue: value,
    approximate,
    factuality: r.factuality as Factuality,
    time: timexRange(r.time as string | null),
    timeValue: (r.time as string | null) ?? null,
    terms: r.words === null || r.words === undefined ? null : termsOf(r.words, r.numbers),
  };
}

export function evidenceOf(r: ReportFacts): Evidence {
  return { claimReport: r.claimReport, eventReport: r.id, doc: r.doc, claimId: r.claimId };
}

/** Note of a conflict between two claims: who denies what whom asserts, or whose figures differ. */
export function claimConflictNote(
  kind: "polarity" | "quantity",
  mine: { polarity: string; name: string; numbers: readonly number[] },
  other: { name: string; numbers: readonly number[] },
): string {
  if (kind === "polarity")
    return mine.polarity === "positive"
      ? `${other.name} denies what ${mine.name} asserts`
      : `${mine.name} denies what ${other.name} asserts`;
  return `different figures: ${mine.numbers.join(", ")} according to ${mine.name}, ${other.numbers.join(", ")} according to ${other.name}`;
}
