import type { Analysis, Claim, Quantity } from "../article/analysis.js";
import {
  CLAUSE_BREAKS,
  COUNTED_FILLERS,
  FRAMELESS_RULES,
  FRAMELESS_UNITS,
  PART_UNITS,
  UNIT_SPELLINGS,
} from "./figure-words.js";
import { foldDiacritics } from "./normalise.js";
import { contentTerms, stem } from "./terms.js";

/** A figure a claim gives: how many or how much of what, and the words around it that say what it is a figure of. */
export interface ClaimFigure {
  /** Stems of what is counted, sorted and unique: "19 crew members" → ["crew", "member"]. */
  counted: string[];
  /** As written, number and counted words: "about 100 kilometres". */
  label: string;
  /** The stated number; null for a bound alone ("at least 20" keeps 20 as its lower bound). */
  value: number | null;
  /** Bounds ("at least 20", "up to 650", "between 5 and 8"); null where open. */
  lo: number | null;
  hi: number | null;
  /** "more than 3,000": the bound itself is excluded. */
  loOpen: boolean;
  hiOpen: boolean;
  approximate: boolean;
  /** Content words of the clause around the figure, the number and counted words apart ("had … on board"). */
  context: string[];
  /** Event types triggered in that clause ("killed" → KILL): a toll and a tally of the wounded are two figures. */
  types: string[];
  /** TIMEX3 values stated in that clause: figures for two different days are two figures. */
  times: string[];
}

const WORD = /[\p{L}\p{N}%]+/gu;

/** The stems of a counted noun phrase, fillers dropped and unit spellings folded ("of the km" → ["kilometr"]). */
export function countedStems(phrase: string): string[] {
  const folded = foldDiacritics(phrase).toLowerCase();
  const whole = UNIT_SPELLINGS.get(folded.trim());
  const words = (whole ?? folded).match(WORD) ?? [];
  const stems = new Set<string>();
  for (const raw of words) {
    if (COUNTED_FILLERS.has(raw)) continue;
    const spelled = UNIT_SPELLINGS.get(raw) ?? raw;
    for (const w of spelled.split(" ")) stems.add(stem(w));
  }
  return [...stems].sort();
}

function countedPhrase(text: string, q: Quantity, limit: number): { phrase: string; end: number } | null {
  const u = q.unitSpan;
  if (u && u.start >= q.end && u.end <= limit) return { phrase: text.slice(q.end, u.end), end: u.end };
  if (q.unit) return { phrase: q.unit, end: q.end };
  return null;
}

/** Start of the clause holding `at`, no earlier than `floor`: just after the nearest clause break before it. */
function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_BREAKS.test(text[i - 1] ?? "")) i--;
  return i;
}

/** End of the clause holding `at`, no later than `ceiling`: the nearest clause break after it. */
function clauseEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && !CLAUSE_BREAKS.test(text[i] ?? "")) i++;
  return i;
}

function bounds(q: Quantity): Pick<ClaimFigure, "value" | "lo" | "hi" | "loOpen" | "hiOpen"> {
  if (q.min === null && q.max === null)
    return { value: q.value, lo: q.value, hi: q.value, loOpen: false, hiOpen: false };
  return {
    value: null,
    lo: q.min,
    hi: q.max,
    loOpen: q.min !== null && q.exclusive === true,
    hiOpen: q.max !== null && q.exclusive === true,
  };
}

/**
 * The figures of a claim: each quantity inside its content that names what it counts, with the clause around it.
 * A claim that splits a total ("15 left, while eight others stayed") gives none: its figures are parts. A claim
 * that gives two figures for one thing (both sides of a dispute, a before and after) gives none for that thing.
 * Vague amounts ("thousands") are left out: their bounds are a convention, not a statement; so are sums of money
 * and shares (figure-words: FRAMELESS_UNITS), which a clause does not tell apart.
 */
export function claimFigures(analysis: Analysis, claim: Claim): ClaimFigure[] {
  const text = analysis.document.text;
  const { start, end } = claim.content;
  const inside = analysis.quantities.filter((q) => q.start >= start && q.end <= end);
  if (inside.length === 0) return [];
  if (inside.some((q) => PART_UNITS.has((q.unit ?? "").toLowerCase()))) return [];
  const figures: ClaimFigure[] = [];
  for (const q of inside) {
    if (q.rule?.startsWith("vague") || (q.value === null && q.min === null && q.max === null)) continue;
    if (FRAMELESS_RULES.test(q.rule ?? "") || FRAMELESS_UNITS.has((q.unit ?? "").toLowerCase())) continue;
    if (/^[A-Z]{3}$/.test(q.unit ?? "")) continue;
    const unit = countedPhrase(text, q, end);
    if (!unit) continue;
    const counted = countedStems(unit.phrase);
    if (counted.length === 0) continue;
    const from = clauseStart(text, q.start, start);
    const to = clauseEnd(text, unit.end, end);
    const around = `${text.slice(from, q.start)} ${text.slice(unit.end, to)}`;
    const own = new Set(counted);
    const context = contentTerms(around).words.filter((w) => !own.has(w));
    const types = [
      ...new Set(analysis.events.filter((v) => v.trigger.start >= from && v.trigger.end <= to).map((v) => v.type)),
    ].sort();
    const times = [...new Set(analysis.times.filter((t) => t.start >= from && t.end <= to).map((t) => t.value))].sort();
    // A measure word may be part of the amount as written ("8 percent"): then the amount is the label.
    const inAmount = q.unitSpan !== undefined && q.unitSpan.end <= q.end;
    const label = unit.end > q.end ? text.slice(q.start, unit.end) : inAmount ? q.text : `${q.text} ${unit.phrase}`;
    figures.push({ counted, label, ...bounds(q), approximate: q.approximate, context, types, times });
  }
  // Two different figures for one thing in one claim are not one total.
  const key = (f: ClaimFigure) => f.counted.join(" ");
  const values = new Map<string, Set<string>>();
  for (const f of figures) {
    const seen = values.get(key(f)) ?? new Set<string>();
    seen.add(`${f.value}|${f.lo}|${f.hi}`);
    values.set(key(f), seen);
  }
  return figures.filter((f) => (values.get(key(f))?.size ?? 0) === 1);
}
