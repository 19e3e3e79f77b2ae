import type { Claim } from "../article/analysis.js";
import type { Fragment } from "./brat.js";

/**
 * Scores predicted attributions (claims) against gold ones per role, the way citron reports quote
 * extraction: exact spans, overlapping spans, and the share of characters in common.
 */

export type Role = "source" | "cue" | "content";
export const ROLES: readonly Role[] = ["source", "cue", "content"];

/** One attribution as spans (UTF-16 offsets); empty `source` = no source. */
export interface AttributionSpans {
  source: Fragment[];
  cue: Fragment[];
  content: Fragment[];
  /** A predicted source that has text but could not be placed in the article: counts as a wrong source. */
  sourceUnplaced?: boolean;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface CharTally {
  overlap: number;
  predicted: number;
  gold: number;
}

export interface RoleCounts {
  exact: Tally;
  overlap: Tally;
  chars: CharTally;
}

export interface Counts {
  source: RoleCounts;
  cue: RoleCounts;
  content: RoleCounts;
  /** Whole attributions: exact = all three roles exact; overlap = cue and content both overlap. */
  attribution: { exact: Tally; overlap: Tally };
  gold: number;
  predicted: number;
  unplacedSources: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const roleCounts = (): RoleCounts => ({
  exact: tally(),
  overlap: tally(),
  chars: { overlap: 0, predicted: 0, gold: 0 },
});

export function emptyCounts(): Counts {
  return {
    source: roleCounts(),
    cue: roleCounts(),
    content: roleCounts(),
    attribution: { exact: tally(), overlap: tally() },
    gold: 0,
    predicted: 0,
    unplacedSources: 0,
  };
}

/**
 * Turns claims into attributions. Claims sharing one cue span are one attribution whose content is
 * their contents together (a quote split around "he said" is one gold attribution with two fragments).
 */
export function claimsToAttributions(claims: readonly Claim[], text: string): AttributionSpans[] {
  const byCue = new Map<string, AttributionSpans>();
  for (const claim of claims) {
    const key = `${claim.cue.start}:${claim.cue.end}`;
    let item = byCue.get(key);
    if (!item) {
      item = { source: [], cue: [{ start: claim.cue.start, end: claim.cue.end }], content: [] };
      byCue.set(key, item);
    }
    item.content.push({ start: claim.content.start, end: claim.content.end });
    if (item.source.length === 0 && !item.sourceUnplaced && claim.source) {
      const at = claim.source.span ?? locateNear(text, claim.source.text, claim.cue);
      if (at) item.source.push({ start: at.start, end: at.end });
      else if (claim.source.text.trim() !== "") item.sourceUnplaced = true;
    }
  }
  // "According to Y, X said P", "X said P, Y reported": Y's report of X's claim is an attribution of its own in the
  // corpora's convention (source Y, its cue, and X's whole clause as content); the analysis keeps it as the via's cue.
  for (const claim of claims) {
    for (const via of claim.via) {
      if (!via.cue || !via.span) continue;
      const key = `${via.cue.start}:${via.cue.end}`;
      if (byCue.has(key)) continue;
      const parts = [claim.content, claim.cue, ...(claim.source?.span ? [claim.source.span] : [])];
      const start = Math.min(...parts.map((p) => p.start));
      const end = Math.max(...parts.map((p) => p.end));
      byCue.set(key, {
        source: [{ start: via.span.start, end: via.span.end }],
        cue: [{ start: via.cue.start, end: via.cue.end }],
        content: [{ start, end }],
      });
    }
  }
  return [...byCue.values()];
}

/** How far from the cue a source's text is looked for when the claim gives no span. */
const SOURCE_WINDOW = 1000;

/** The occurrence of `needle` closest to `anchor` within a window around it, or null. */
export function locateNear(text: string, needle: string, anchor: Fragment): Fragment | null {
  const wanted = needle.trim();
  if (wanted === "") return null;
  const from = Math.max(0, anchor.start - SOURCE_WINDOW - wanted.length);
  const to = Math.min(text.length, anchor.end + SOURCE_WINDOW + wanted.length);
  let best: Fragment | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = text.indexOf(wanted, from); at >= 0 && at + wanted.length <= to; at = text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    const distance = end <= anchor.start ? anchor.start - end : at >= anchor.end ? at - anchor.end : 0;
    if (distance < bestDistance) {
      best = { start: at, end };
      bestDistance = distance;
    }
  }
  return best;
}

const EDGE = /[\s\p{P}]/u;

/** Gaps of only whitespace and punctuation between fragments do not separate them. */
function isFiller(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!EDGE.test(text[i] ?? "")) return false;
  return true;
}

const SPACE = /\s/u;

/**
 * Trims whitespace and punctuation off each fragment's edges, drops empty ones, sorts and joins touching ones.
 * A span that is only punctuation (a colon as the cue) keeps its punctuation rather than vanishing.
 */
export function normaliseFragments(text: string, fragments: readonly Fragment[]): Fragment[] {
  const trimmed = trimAll(text, fragments, EDGE);
  return join(text, trimmed.length > 0 ? trimmed : trimAll(text, fragments, SPACE));
}

function trimAll(text: string, fragments: readonly Fragment[], edge: RegExp): Fragment[] {
  const trimmed: Fragment[] = [];
  for (const f of fragments) {
    let s = Math.max(0, f.start);
    let e = Math.min(text.length, f.end);
    while (s < e && edge.test(text[s] ?? "")) s++;
    while (e > s && edge.test(text[e - 1] ?? "")) e--;
    if (e > s) trimmed.push({ start: s, end: e });
  }
  return trimmed;
}

function join(text: string, trimmed: Fragment[]): Fragment[] {
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Fragment[] = [];
  for (const f of trimmed) {
    const last = out[out.length - 1];
    if (last && (f.start <= last.end || isFiller(text, last.end, f.start))) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

const keyOf = (fragments: readonly Fragment[]) => fragments.map((f) => `${f.start}-${f.end}`).join(",");

/** Characters two sorted, disjoint fragment lists have in common. */
export function overlapLength(a: readonly Fragment[], b: readonly Fragment[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Fragment;
    const y = b[j] as Fragment;
    total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end < y.end) i++;
    else j++;
  }
  return total;
}

const lengthOf = (fragments: readonly Fragment[]) => fragments.reduce((n, f) => n + f.end - f.start, 0);

/** Pairs items one-to-one, best score first (ties: earlier gold, then earlier prediction). */
function greedyMatch(golds: number, preds: number, score: (g: number, p: number) => number): number {
  const pairs: { g: number; p: number; s: number }[] = [];
  for (let g = 0; g < golds; g++) {
    for (let p = 0; p < preds; p++) {
      const s = score(g, p);
      if (s > 0) pairs.push({ g, p, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
  }
  return usedG.size;
}

function addTally(into: Tally, tp: number, predicted: number, gold: number): void {
  into.tp += tp;
  into.fp += predicted - tp;
  into.fn += gold - tp;
}

/** Distinct non-empty spans of one role (several attributions may share a source, e.g. one speaker). */
function roleUnits(text: string, items: readonly AttributionSpans[], role: Role): Fragment[][] {
  const seen = new Map<string, Fragment[]>();
  for (const item of items) {
    const fragments = normaliseFragments(text, item[role]);
    if (fragments.length > 0) seen.set(keyOf(fragments), fragments);
  }
  return [...seen.values()];
}

/** Adds one document's comparison into `counts` (returned for chaining). */
export function scoreDocument(
  text: string,
  gold: readonly AttributionSpans[],
  predicted: readonly AttributionSpans[],
  counts: Counts = emptyCounts(),
): Counts {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  for (const role of ROLES) {
    const g = roleUnits(text, gold, role);
    const p = roleUnits(text, predicted, role);
    const unplaced = role === "source" ? predicted.filter((x) => x.sourceUnplaced).length : 0;
    if (role === "source") counts.unplacedSources += unplaced;
    const goldKeys = new Set(g.map(keyOf));
    const exact = p.filter((x) => goldKeys.has(keyOf(x))).length;
    addTally(counts[role].exact, exact, p.length + unplaced, g.length);
    const overlapping = greedyMatch(g.length, p.length, (i, j) => overlapLength(g[i] ?? [], p[j] ?? []));
    addTally(counts[role].overlap, overlapping, p.length + unplaced, g.length);
    const goldAll = normaliseFragments(text, g.flat());
    const predAll = normaliseFragments(text, p.flat());
    counts[role].chars.overlap += overlapLength(goldAll, predAll);
    counts[role].chars.predicted += lengthOf(predAll);
    counts[role].chars.gold += lengthOf(goldAll);
  }
  scoreWhole(text, gold, predicted, counts);
  return counts;
}

function scoreWhole(
  text: string,
  gold: readonly AttributionSpans[],
  predicted: readonly AttributionSpans[],
  counts: Counts,
): void {
  const norm = (x: AttributionSpans) => ({
    source: normaliseFragments(text, x.source),
    cue: normaliseFragments(text, x.cue),
    content: normaliseFragments(text, x.content),
    unplaced: x.sourceUnplaced === true,
  });
  const g = gold.map(norm);
  const p = predicted.map(norm);
  const same = (a: Fragment[], b: Fragment[]) => keyOf(a) === keyOf(b);
  const exact = greedyMatch(g.length, p.length, (i, j) => {
    const x = g[i];
    const y = p[j];
    if (!x || !y || y.unplaced) return 0;
    return same(x.cue, y.cue) && same(x.content, y.content) && same(x.source, y.source) ? 1 : 0;
  });
  addTally(counts.attribution.exact, exact, p.length, g.length);
  const overlap = greedyMatch(g.length, p.length, (i, j) => {
    const x = g[i];
    const y = p[j];
    if (!x || !y) return 0;
    const cue = overlapLength(x.cue, y.cue);
    const content = overlapLength(x.content, y.content);
    const contentOk = x.content.length === 0 || content > 0;
    return cue > 0 && contentOk ? cue + content : 0;
  });
  addTally(counts.attribution.overlap, overlap, p.length, g.length);
}

export function prf(t: Tally): Prf {
  const precision = t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function charPrf(c: CharTally): Prf {
  const precision = c.predicted > 0 ? c.overlap / c.predicted : 0;
  const recall = c.gold > 0 ? c.overlap / c.gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
