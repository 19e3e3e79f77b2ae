import { rmSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { Article } from "../src/article/article.js";
import { type PreparedAnalysis, prepareAnalysis } from "../src/kb/prepare.js";
import { analyse } from "../src/pipeline/analyse.js";
import { openStore } from "../src/store/open.js";

/**
 * What one article costs on its way into the store, step by step, in CPU milliseconds of this thread: the pipeline,
 * the knowledge-base keys (both on a worker during ingest), the copy between threads (postMessage's structured
 * clone, both ends), and the single writer. CPU time, unlike wall time, barely moves when other processes share the
 * cores, so these figures say what the machine could do when it is free: all steps over the cores, and the writer
 * alone on its thread.
 */
export interface IngestCost {
  articles: number;
  wordsPerArticle: number;
  msPerArticle: { analyse: number; prepare: number; transfer: number; write: number };
  /** Articles/s when every step shares `cores` busy cores perfectly. */
  coresBound: number;
  /** Articles/s the single writer thread could take (receiving its end of the copy and writing). */
  writerBound: number;
  cores: number;
}

const BATCH = 100;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function ingestCost(articles: readonly Article[], db: string, cores: number): Promise<IngestCost> {
  // Warm-up on a few articles so JIT and lexicon loading are not counted.
  for (const a of articles.slice(0, Math.min(20, articles.length))) prepareAnalysis(analyse(a));
  let c = cpuMs();
  const analyses = articles.map((a) => analyse(a));
  const analyseMs = cpuMs() - c;
  c = cpuMs();
  const prepared = analyses.map(prepareAnalysis);
  const prepareMs = cpuMs() - c;
  c = cpuMs();
  const sent = prepared.map((p) => serialize(p));
  const serializeMs = cpuMs() - c;
  c = cpuMs();
  const received = sent.map((b) => deserialize(b) as PreparedAnalysis);
  const deserializeMs = cpuMs() - c;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const store = await openStore(db);
  c = cpuMs();
  try {
    for (let i = 0; i < received.length; i += BATCH) await store.addPrepared(received.slice(i, i + BATCH));
  } finally {
    await store.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  }
  const writeMs = cpuMs() - c;
  const n = Math.max(1, articles.length);
  const per = {
    analyse: analyseMs / n,
    prepare: prepareMs / n,
    transfer: (serializeMs + deserializeMs) / n,
    write: writeMs / n,
  };
  const total = per.analyse + per.prepare + per.transfer + per.write;
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).filter(Boolean).length, 0);
  return {
    articles: articles.length,
    wordsPerArticle: words / n,
    msPerArticle: per,
    coresBound: (cores * 1000) / total,
    writerBound: 1000 / (deserializeMs / n + per.write),
    cores,
  };
}
