// Scores event certainty and polarity on MEANTIME (English, 120 Wikinews articles): the whole pipeline runs on each
// article rebuilt from its tokens; gold event mentions (those annotated with certainty and polarity, sentences
// 0-5) are matched to dossier's events by trigger span, and speech events also to claim cues (src/eval/event-score.ts
// says how, and how dossier's factuality is read as MEANTIME's values). Reports coverage, certainty and polarity
// accuracy over matched mentions with confusion tables, and dossier's events no gold event overlaps.
// Usage: node --import tsx eval/meantime-events.ts [--root DIR] [--limit N] [--misses N] [--json]
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/article/article.js";
import {
  type Confusion,
  type EventTally,
  emptyEventTally,
  type GoldEvent,
  matchEvents,
  tallyEvents,
} from "../src/eval/event-score.js";
import { isMain } from "../src/eval/is-main.js";
import { type MeantimeDocument, readMeantimeCorpus } from "../src/eval/meantime.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { printTop, top } from "../src/eval/tally.js";
import { analyse } from "../src/pipeline/analyse.js";

const DEFAULT_ROOT = fileURLToPath(
  new URL("../../shared/corpora/meantime/intra_cross-doc_annotation", import.meta.url),
);

export interface MeantimeEventsOptions {
  /** MEANTIME's intra_cross-doc_annotation folder (default ../shared/corpora/meantime/…). */
  root?: string;
  /** Score only the first N documents (topics and files in name order). */
  limit?: number;
  /** How many of the commonest wrong matches, uncovered lemmas and unmatched triggers to list (default 20). */
  misses?: number;
}

export interface MeantimeEventsScore {
  documents: number;
  /** Gold event mentions scored (with certainty and polarity annotated). */
  gold: number;
  /** Event mentions left out: annotated at document level without certainty or polarity. */
  unannotated: number;
  matched: { event: number; cue: number; all: number };
  /** Matched share of the gold mentions. */
  coverage: number;
  /** Over all matched mentions, and over those matched to events and to cues apart. */
  certaintyAccuracy: { all: number; event: number; cue: number };
  polarityAccuracy: { all: number; event: number; cue: number };
  /** What always answering CERTAIN (resp. POS) would score on the same matched mentions. */
  baseline: { certainty: number; polarity: number };
  byClass: Record<string, { gold: number; matched: number }>;
  certainty: Confusion;
  polarity: Confusion;
  time: Confusion;
  /** dossier events in the fully annotated sentences, and those no gold event mention overlaps. */
  events: { predicted: number; unmatched: number };
  worstMisses: { key: string; count: number }[];
  uncovered: { key: string; count: number }[];
  unmatchedTriggers: { key: string; count: number }[];
  seconds: number;
}

function goldEvents(doc: MeantimeDocument): { gold: GoldEvent[]; unannotated: number } {
  const annotated = doc.eventMentions.filter((m) => m.documentLevel);
  const gold = annotated
    .filter((m) => m.certainty !== null && m.polarity !== null)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      certainty: m.certainty,
      polarity: m.polarity,
      time: m.time,
      eventClass: m.eventClass,
      pred: m.pred,
    }));
  return { gold, unannotated: annotated.length - gold.length };
}

/** Runs the pipeline on every MEANTIME document and scores its events' certainty and polarity. */
export function scoreMeantimeEvents(options: MeantimeEventsOptions = {}): MeantimeEventsScore {
  const docs = readMeantimeCorpus(options.root ?? DEFAULT_ROOT).slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const tally: EventTally = emptyEventTally();
  const unmatchedTriggers = new Map<string, number>();
  let unannotated = 0;
  let predicted = 0;
  let unmatched = 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const article: Article = { text: doc.text, published: doc.published, title: null, url: doc.url, source: null };
    const analysis = analyse(article);
    const { gold, unannotated: left } = goldEvents(doc);
    unannotated += left;
    tallyEvents(matchEvents(gold, analysis.events, analysis.claims), tally);
    // Trigger precision, where MEANTIME annotates every event: the first six sentences.
    const all = doc.eventMentions;
    for (const e of analysis.events) {
      if (e.trigger.start >= doc.fullyAnnotatedUntil) continue;
      predicted++;
      if (all.some((g) => g.start < e.trigger.end && e.trigger.start < g.end)) continue;
      unmatched++;
      const key = `${e.type} ${e.trigger.text.toLowerCase()}`;
      unmatchedTriggers.set(key, (unmatchedTriggers.get(key) ?? 0) + 1);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const n = options.misses ?? 20;
  const matchedAll = tally.matchedByEvent + tally.matchedByCue;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    documents: docs.length,
    gold: tally.gold,
    unannotated,
    matched: { event: tally.matchedByEvent, cue: tally.matchedByCue, all: matchedAll },
    coverage: ratio(matchedAll, tally.gold),
    certaintyAccuracy: {
      all: ratio(tally.certaintyRight.event + tally.certaintyRight.cue, matchedAll),
      event: ratio(tally.certaintyRight.event, tally.matchedByEvent),
      cue: ratio(tally.certaintyRight.cue, tally.matchedByCue),
    },
    polarityAccuracy: {
      all: ratio(tally.polarityRight.event + tally.polarityRight.cue, matchedAll),
      event: ratio(tally.polarityRight.event, tally.matchedByEvent),
      cue: ratio(tally.polarityRight.cue, tally.matchedByCue),
    },
    baseline: {
      certainty: ratio(tally.defaultRight.certainty, matchedAll),
      polarity: ratio(tally.defaultRight.polarity, matchedAll),
    },
    byClass: tally.byClass,
    certainty: tally.certainty,
    polarity: tally.polarity,
    time: tally.time,
    events: { predicted, unmatched },
    worstMisses: top(tally.wrong, n),
    uncovered: top(tally.uncovered, n),
    unmatchedTriggers: top(unmatchedTriggers, n),
    seconds,
  };
}

function table(title: string, c: Confusion, cols: readonly string[]): string[] {
  const width = Math.max(14, ...Object.keys(c).map((k) => k.length + 2));
  const lines = [`${title.padEnd(width)}${cols.map((x) => x.padStart(Math.max(9, x.length + 1))).join("")}`];
  for (const row of Object.keys(c).sort()) {
    const cells = cols.map((x) => String(c[row]?.[x] ?? 0).padStart(Math.max(9, x.length + 1)));
    lines.push(`  ${row.padEnd(width - 2)}${cells.join("")}`);
  }
  return lines;
}

function report(r: MeantimeEventsScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `MEANTIME events: ${r.documents} documents, ${r.gold} gold event mentions with certainty and polarity ` +
      `(${r.unannotated} without left out) (${r.seconds.toFixed(1)} s)`,
    `matched ${r.matched.all} (${pct(r.coverage)}): ${r.matched.event} to event triggers, ${r.matched.cue} to claim cues`,
    `certainty accuracy ${pct(r.certaintyAccuracy.all)} (events ${pct(r.certaintyAccuracy.event)}, cues ${pct(r.certaintyAccuracy.cue)}); always CERTAIN: ${pct(r.baseline.certainty)}`,
    `polarity accuracy  ${pct(r.polarityAccuracy.all)} (events ${pct(r.polarityAccuracy.event)}, cues ${pct(r.polarityAccuracy.cue)}); always POS: ${pct(r.baseline.polarity)}`,
    `dossier events in sentences 0-5: ${r.events.predicted}, of which ${r.events.unmatched} overlap no gold event mention`,
    "",
    "coverage by gold class:",
    ...Object.entries(r.byClass)
      .sort((a, b) => b[1].gold - a[1].gold)
      .map(
        ([k, v]) =>
          `  ${k.padEnd(18)}${String(v.matched).padStart(5)} / ${String(v.gold).padEnd(5)} ${pct(v.matched / v.gold)}`,
      ),
    "",
    ...table("certainty gold→", r.certainty, ["CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"]),
    "",
    ...table("polarity gold→", r.polarity, ["POS", "NEG", "UNDERSPECIFIED"]),
    "",
    ...table("time gold→", r.time, ["NON_FUTURE", "FUTURE"]),
  ];
  return lines.join("\n");
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    root: { type: "string", default: DEFAULT_ROOT },
    limit: { type: "string" },
    misses: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(limit > 0)) fail(`--limit must be a positive number, not "${values.limit}"`);
  const misses = values.misses === undefined ? 0 : Number(values.misses);
  const r = scoreMeantimeEvents({ root: join(values.root as string), limit, misses });
  if (r.documents === 0) fail(`no MEANTIME documents under ${values.root} (use --root)`);
  process.stdout.write(`${report(r)}\n`);
  if (misses > 0) {
    printTop("commonest wrong certainty/polarity (gold → dossier (factuality) trigger)", r.worstMisses);
    printTop("commonest gold events nothing matched (class lemma)", r.uncovered);
    printTop("commonest dossier events no gold event overlaps (type trigger)", r.unmatchedTriggers);
  }
  if (values.json) {
    const round = (x: number) => +x.toFixed(4);
    const { worstMisses, uncovered, unmatchedTriggers, ...rest } = r;
    process.stdout.write(
      `${JSON.stringify({
        ...rest,
        coverage: round(r.coverage),
        certaintyAccuracy: Object.fromEntries(Object.entries(r.certaintyAccuracy).map(([k, v]) => [k, round(v)])),
        polarityAccuracy: Object.fromEntries(Object.entries(r.polarityAccuracy).map(([k, v]) => [k, round(v)])),
        baseline: Object.fromEntries(Object.entries(r.baseline).map(([k, v]) => [k, round(v)])),
        seconds: round(r.seconds),
      })}\n`,
    );
  }
}

function fail(message: string): never {
  process.stderr.write(`eval/meantime-events: ${message}\n`);
  process.exit(2);
}

if (isMain(import.meta.url)) main();
