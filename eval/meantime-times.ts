// Scores the times stage on MEANTIME's TIMEX3 (120 Wikinews articles on business topics), as TempEval-3 reports:
// a second check beside TimeBank, on text of another kind, so the time rules are not fitted to one corpus.
// Only the fully annotated part of each document (sentences 0-5) is scored: predictions beyond it are left out.
// The publication date is the document's creation time (its date line), as MEANTIME annotates it.
// Usage: node --import tsx eval/meantime-times.ts [--misses N] [--json]
import { fileURLToPath } from "node:url";
import type { TimexType } from "../src/article/analysis.js";
import { isMain } from "../src/eval/is-main.js";
import { readMeantimeCorpus } from "../src/eval/meantime.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { bump, type Tally, top } from "../src/eval/tally.js";
import { buildPipeline } from "../src/pipeline/runner.js";
import type { AnyStage } from "../src/pipeline/stage.js";
import { referenceStage } from "../src/pipeline/stages/reference.js";
import { timesStage } from "../src/pipeline/stages/times.js";
import { tokensStage } from "../src/pipeline/stages/tokens.js";
import { emptyTimexCounts, prf, sameValue, scoreTimexes, type TimexCounts } from "../src/time/timex-score.js";

const DEFAULT_ROOT = fileURLToPath(
  new URL("../../shared/corpora/meantime/intra_cross-doc_annotation", import.meta.url),
);
const timesOnly = buildPipeline([referenceStage, tokensStage, timesStage] as AnyStage[]);

export interface MeantimeTimesOptions {
  root?: string;
  misses?: number;
}

export interface MeantimeTimesScore {
  documents: number;
  counts: TimexCounts;
  value: { precision: number; recall: number; f1: number };
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  seconds: number;
  worstMisses: { key: string; count: number }[];
}

export function scoreMeantimeTimes(options: MeantimeTimesOptions = {}): MeantimeTimesScore {
  const docs = readMeantimeCorpus(options.root ?? DEFAULT_ROOT);
  const counts = emptyTimexCounts();
  const misses: Tally = new Map();
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  const t0 = performance.now();
  for (const doc of docs) {
    const until = doc.fullyAnnotatedUntil;
    // MEANTIME's types are TimeML's own four, read as text by the reader.
    const gold = doc.timexes.filter((t) => t.end <= until).map((t) => ({ ...t, type: t.type as TimexType }));
    const got = (
      timesOnly.run({ text: doc.text, published: doc.published, title: null, url: null, source: null }).times ?? []
    ).filter((t) => t.end <= until);
    const { pairs, spurious } = scoreTimexes(gold, got, counts);
    for (const { gold: g, got: p } of pairs)
      if (!p || !sameValue(p.value, g.value))
        bump(misses, `${fold(g.text)} [${g.value}] → ${p ? `${fold(p.text)} [${p.value}]` : "missing"}`);
    for (const p of spurious) bump(misses, `spurious: ${fold(p.text)} [${p.value}]`);
  }
  const n = options.misses ?? 20;
  return {
    documents: docs.length,
    counts,
    value: prf(counts.value, counts.predicted, counts.gold),
    strict: prf(counts.strict, counts.predicted, counts.gold),
    relaxed: prf(counts.relaxed, counts.predicted, counts.gold),
    seconds: (performance.now() - t0) / 1000,
    worstMisses: top(misses, n),
  };
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    misses: { type: "string", default: "20" },
    json: { type: "boolean", default: false },
  });
  const r = scoreMeantimeTimes({ misses: Number(values.misses) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const row = (name: string, p: { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(10)}│${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}`;
  process.stdout.write(
    [
      `MEANTIME (sentences 0-5): ${r.documents} documents, ${r.counts.gold} gold TIMEX3, ${r.counts.predicted} predicted (${r.seconds.toFixed(1)} s)`,
      `${"".padEnd(10)}│     P     R    F1`,
      row("strict", r.strict),
      row("relaxed", r.relaxed),
      row("value", r.value),
      "",
      "commonest misses:",
      ...r.worstMisses.map((m) => `  ${String(m.count).padStart(4)}  ${m.key}`),
      "",
    ].join("\n"),
  );
}

if (isMain(import.meta.url)) main();
