import type { TimexType } from "../article/analysis.js";

/** What scoring needs of a time expression, gold or predicted. */
export interface ScoredTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

/** Running TempEval-3 counts over a corpus. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  /** Relaxed matches whose value is right. */
  value: number;
  /** Relaxed matches whose type is right. */
  type: number;
}

export interface Pairing<T extends ScoredTimex = ScoredTimex> {
  gold: ScoredTimex;
  got: T | null;
}

export function emptyTimexCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/**
 * Scores one document as TempEval-3 does: a strict match shares both ends, a relaxed match any character,
 * one to one (an exact match is preferred, then the first overlapping one). Value and type are judged on
 * relaxed matches. Returns each gold expression with what it was matched to, and the unmatched predictions.
 */
export function scoreTimexes<T extends ScoredTimex>(
  gold: readonly ScoredTimex[],
  got: readonly T[],
  counts: TimexCounts,
): { pairs: Pairing<T>[]; spurious: T[] } {
  counts.gold += gold.length;
  counts.predicted += got.length;
  const used = new Set<number>();
  const pairs: Pairing<T>[] = [];
  for (const g of gold) {
    let best = -1;
    for (let j = 0; j < got.length; j++) {
      const p = got[j] as T;
      if (used.has(j) || p.start >= g.end || g.start >= p.end) continue;
      if (p.start === g.start && p.end === g.end) {
        best = j;
        break;
      }
      if (best < 0) best = j;
    }
    const p = best >= 0 ? (got[best] as T) : null;
    if (p) {
      used.add(best);
      counts.relaxed++;
      if (p.start === g.start && p.end === g.end) counts.strict++;
      if (sameValue(p.value, g.value)) counts.value++;
      if (p.type === g.type) counts.type++;
    }
    pairs.push({ gold: g, got: p });
  }
  return { pairs, spurious: got.filter((_, j) => !used.has(j)) };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(hits: number, predicted: number, gold: number): Prf {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Values compared as TIMEX3 values, not as strings: a week number written without its leading zero ("2000-W7", as
 * some TimeBank files do) is the same week as ISO 8601's "2000-W07". Nothing else is forgiven.
 */
export function sameValue(a: string, b: string): boolean {
  return a === b || padWeek(a) === padWeek(b);
}

function padWeek(value: string): string {
  return value.replace(/^(\d{4}|XXXX)-W(\d)(?!\d)/, "$1-W0$2");
}
