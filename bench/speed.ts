import winkModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Article } from "../src/article/article.js";
import { analyse, toAnalysis } from "../src/pipeline/analyse.js";
import { buildPipeline } from "../src/pipeline/runner.js";
import type { AnyStage } from "../src/pipeline/stage.js";
import { STAGES } from "../src/pipeline/stages.js";

// A separate wink instance: the yardstick is wink's raw tokenizer + POS, not dossier's use of it.
const nlp = winkNLP(winkModel);
const its = nlp.its;

/** Words = tokens that are neither whitespace nor punctuation, as wink tags them. */
function wordsOf(pos: readonly string[]): number {
  let n = 0;
  for (const p of pos) if (p !== "SPACE" && p !== "PUNCT") n++;
  return n;
}

/**
 * Wall milliseconds. Not the process's CPU time: that counts V8's garbage collector threads too, which run beside the
 * pipeline on the other core and would charge it for work that costs no wall time (CPU 6.6 s against 5.0 s wall
 * measured on this machine). Each pass is run twice, interleaved, and the faster kept (bench.ts), against passing load.
 */
function nowMs(): number {
  return performance.now();
}

export function winkPass(articles: readonly Article[], count = false): { ms: number; words: number } {
  let words = 0;
  const t0 = nowMs();
  for (const a of articles) {
    const pos = nlp.readDoc(a.text).tokens().out(its.pos) as string[];
    if (count) words += wordsOf(pos);
  }
  return { ms: nowMs() - t0, words };
}

/** One pass of the real entry point, analyse(), over every article; returns ms. */
export function pipelinePass(articles: readonly Article[]): number {
  let sink = 0;
  const t0 = nowMs();
  for (const a of articles) sink += analyse(a).messages.length;
  const ms = nowMs() - t0;
  if (sink < 0) throw new Error("unreachable"); // keeps the results alive
  return ms;
}

export interface StageTime {
  name: string;
  ms: number;
}

/**
 * A pass over a copy of the pipeline whose stages are wrapped in timers, so each stage's share shows
 * without touching src/. "runner" is what the runner adds between stages; "output" is toAnalysis().
 */
export function stagePass(articles: readonly Article[]): StageTime[] {
  const times = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
  const timed: AnyStage[] = STAGES.map((stage) => ({
    ...stage,
    run(doc) {
      const t0 = performance.now();
      try {
        return stage.run(doc);
      } finally {
        times.set(stage.name, (times.get(stage.name) ?? 0) + performance.now() - t0);
      }
    },
  }));
  const pipeline = buildPipeline(timed);
  let runMs = 0;
  let outputMs = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const doc = pipeline.run(a);
    const t1 = performance.now();
    toAnalysis(doc);
    outputMs += performance.now() - t1;
    runMs += t1 - t0;
  }
  const stagesMs = [...times.values()].reduce((x, y) => x + y, 0);
  return [
    ...[...times].map(([name, ms]) => ({ name, ms })),
    { name: "runner", ms: Math.max(0, runMs - stagesMs) },
    { name: "output", ms: outputMs },
  ];
}
