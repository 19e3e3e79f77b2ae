import { existsSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/article/article.js";
import { type ExtractPool, workerPool } from "../src/ingest/extract-pool.js";
import { openStore } from "../src/store/open.js";
import { type BaseTexts, loadBaseTexts } from "./base-texts.js";
import { fileMb, type IngestRun, ingestRun } from "./ingest.js";
import { type IngestCost, ingestCost } from "./ingest-cost.js";
import { type CliTiming, pickTargets, type QueryTargets, type QueryTiming, timeCli, timeQueries } from "./queries.js";
import { VARIANT_RULE, variants } from "./variants.js";

/** Goals from the issue: ingest speed on this 2-core machine, and every query's time at 100,000 articles. */
export const INGEST_GOAL = 200;
export const QUERY_GOAL_MS = 50;

export interface IngestBenchOptions {
  corpora: string;
  /** Articles for the ingest run into a new store (0 = none). */
  ingest: number;
  /** Articles in the store the queries run on (0 = no query bench). */
  storeSize: number;
  /** Keep the store here, and reuse it when it already holds storeSize articles. */
  storeDb?: string;
  queryRuns: number;
  threads?: number;
}

export interface StoreBench {
  db: string;
  kept: boolean;
  /** The store already held enough articles: nothing was ingested. */
  reused: boolean;
  build: IngestRun | null;
  articles: number;
  dbMb: number;
  targets: QueryTargets;
  queries: QueryTiming[];
  cli: CliTiming | null;
}

export interface IngestBench {
  bases: BaseTexts["sources"];
  baseCount: number;
  threads: number;
  loadAverage: { start: number; end: number };
  ingest: IngestRun | null;
  /** CPU cost per article, step by step, on up to COST_ARTICLES of the ingest run's articles. */
  cost: IngestCost | null;
  store: StoreBench | null;
}

const COST_ARTICLES = 500;

function tempDb(name: string): string {
  return join(tmpdir(), `dossier-bench-${name}-${process.pid}-${Date.now()}.db`);
}

function removeDb(path: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

/** The ingest run, then the store for the queries (built or reused), then the query timings. */
export async function ingestBench(o: IngestBenchOptions): Promise<IngestBench> {
  const texts = loadBaseTexts(o.corpora);
  const bases = texts.articles;
  const threads = o.threads ?? availableParallelism();
  const loadStart = loadavg()[0] ?? 0;
  const temporary: string[] = [];
  const interrupted = () => {
    for (const db of temporary) removeDb(db);
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  let pool: ExtractPool | null = null;
  const started = () => {
    pool ??= workerPool(threads);
    return pool;
  };
  try {
    let ingest: IngestRun | null = null;
    if (o.ingest > 0) {
      const db = tempDb("ingest");
      temporary.push(db);
      try {
        ingest = await ingestRun(variants(bases, o.ingest), o.ingest, {
          db,
          pool: started(),
          logEverySeconds: 15,
          label: "ingest bench",
        });
      } finally {
        removeDb(db);
      }
    }
    let cost: IngestCost | null = null;
    if (o.ingest > 0) {
      const db = tempDb("cost");
      temporary.push(db);
      cost = await ingestCost([...variants(bases, Math.min(o.ingest, COST_ARTICLES))], db, threads);
    }
    let store: StoreBench | null = null;
    if (o.storeSize > 0) {
      const db = o.storeDb ?? tempDb("store");
      if (!o.storeDb) temporary.push(db);
      try {
        store = await storeBench(db, o, () => variants(bases, o.storeSize), started);
      } finally {
        if (!o.storeDb) removeDb(db);
      }
    }
    return {
      bases: texts.sources,
      baseCount: bases.length,
      threads,
      loadAverage: { start: loadStart, end: loadavg()[0] ?? 0 },
      ingest,
      cost,
      store,
    };
  } finally {
    process.removeListener("SIGINT", interrupted);
    await (pool as ExtractPool | null)?.close();
  }
}

async function storeBench(
  db: string,
  o: IngestBenchOptions,
  articles: () => Iterable<Article>,
  pool: () => ExtractPool,
): Promise<StoreBench> {
  let held = 0;
  if (existsSync(db)) {
    // Opened for writing: a kept store from an older schema is migrated before it is counted and queried.
    const s = await openStore(db);
    held = (await s.stats()).articles;
    await s.close();
  }
  const reused = held >= o.storeSize;
  // Generation is deterministic, so an interrupted or smaller kept store is topped up: known articles are skipped.
  const build = reused
    ? null
    : await ingestRun(articles(), o.storeSize, { db, pool: pool(), logEverySeconds: 15, label: "store build" });
  const store = await openStore(db, { readonly: true });
  let targets: QueryTargets;
  let total: number;
  try {
    total = (await store.stats()).articles;
    targets = await pickTargets(db, store);
  } finally {
    await store.close();
  }
  const queries = await timeQueries(db, targets, o.queryRuns, QUERY_GOAL_MS);
  let cli: CliTiming | null = null;
  try {
    cli = timeCli(db, targets.frequent.name);
  } catch (e) {
    process.stderr.write(`bench: the CLI could not be timed: ${(e as Error).message}\n`);
  }
  return { db, kept: o.storeDb !== undefined, reused, build, articles: total, dbMb: fileMb(db), targets, queries, cli };
}

type Table = (head: string[], rows: string[][]) => string;

const n0 = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
const n1 = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function runRow(name: string, r: IngestRun): string[] {
  return [
    name,
    n0(r.offered),
    n0(r.added),
    n0(r.known),
    n0(r.failed),
    n1(r.seconds),
    n1(r.articlesPerSecond),
    n1(r.steadyArticlesPerSecond),
    r.coresBusy.toFixed(2),
    n1(r.cpuMsPerArticle),
    n1(r.writeSeconds),
    n1(r.firstAnalysisSeconds),
    n1(r.dbMb),
  ];
}

const RUN_HEAD = [
  "",
  "articles",
  "new",
  "known",
  "failed",
  "s",
  "articles/s",
  "after first",
  "cores busy",
  "CPU ms/article",
  "in writes s",
  "first result s",
  "db MB",
];

/** The readable part: what the articles are, the ingest rates, the store, the query times. */
export function ingestReport(b: IngestBench, table: Table): string {
  const lines: string[] = [];
  const from = b.bases.map((s) => `${s.name} ${s.articles}`).join(", ");
  lines.push(
    `ingest and queries: articles generated from ${b.baseCount} real texts (${from})`,
    `  how: ${VARIANT_RULE}`,
    `  path: ingest() → workerPool(${b.threads}) → SQLite store (batches of 100), articles from memory (no file reading); ` +
      `load average ${b.loadAverage.start.toFixed(1)} at start, ${b.loadAverage.end.toFixed(1)} at end (other processes share the cores)`,
    "",
  );
  const rows: string[][] = [];
  if (b.ingest) rows.push(runRow("ingest bench (new store)", b.ingest));
  if (b.store?.build) rows.push(runRow("store build", b.store.build));
  if (rows.length) lines.push(table(RUN_HEAD, rows).trimEnd());
  if (b.ingest) {
    const rate = b.ingest.articlesPerSecond;
    lines.push(
      `ingest: ${n1(rate)} articles/s end to end, ${n1(b.ingest.steadyArticlesPerSecond)} once the workers were up ` +
        `(goal ≥ ${INGEST_GOAL} end to end: ${rate >= INGEST_GOAL ? "met" : "NOT met"})`,
    );
  }
  const c = b.cost;
  if (c) {
    const m = c.msPerArticle;
    lines.push(
      `cost per article (CPU ms in one thread, ${n0(c.articles)} articles of ${n0(c.wordsPerArticle)} words on average): ` +
        `pipeline ${m.analyse.toFixed(2)} + knowledge-base keys ${m.prepare.toFixed(2)} (both on a worker) + ` +
        `copy between threads ${m.transfer.toFixed(2)} + writer ${m.write.toFixed(2)}`,
      `  so a free machine could ingest ≈ ${n0(c.coresBound)} articles/s on ${c.cores} cores; the single writer alone ` +
        `could take ≈ ${n0(c.writerBound)} articles/s`,
    );
  }
  const s = b.store;
  if (s) {
    lines.push(
      "",
      `store: ${n0(s.articles)} articles, ${n1(s.dbMb)} MB on disk` +
        (s.reused ? `, reused from ${s.db}` : s.kept ? `, kept in ${s.db}` : ", built now and deleted after"),
    );
    // A top-up of a kept store mostly skips known articles: its tenths say nothing about speed.
    if (s.build?.tenths.length && s.build.known < s.build.offered / 10)
      lines.push(
        `  build rate by tenth (articles/s at store size): ${s.build.tenths.map((t) => `${n1(t.articlesPerSecond)} @${n0(t.storeArticles)}`).join(", ")}`,
      );
    const t = s.targets;
    lines.push(
      `  asked about: frequent person "${t.frequent.name}" (${n0(t.frequent.documents)} articles)` +
        (t.rare ? `, rare person "${t.rare.name}" (${t.rare.documents})` : ", no rare person found") +
        `, source "${t.source ?? t.frequent.name}", word "${t.commonWord.text}" (${n0(t.commonWord.documents)} articles)` +
        (t.rarePhrase ? `, phrase ${t.rarePhrase.text} (${n0(t.rarePhrase.documents)})` : ""),
      "",
      `queries through the Store contract, CLI default limits: first = a store opened for it (cold), median / p95 of ${s.queries[0]?.runs ?? 0} runs on one open store`,
      table(
        ["", "command", "results", "first ms", "median ms", "p95 ms", `< ${QUERY_GOAL_MS} ms`],
        s.queries.map((q) => [
          q.key,
          q.command,
          n0(q.results),
          n1(q.firstMs),
          n1(q.medianMs),
          n1(q.p95Ms),
          q.p95Ms < QUERY_GOAL_MS ? "yes" : "NO",
        ]),
      ).trimEnd(),
    );
    for (const q of s.queries.filter((x) => x.statements?.length)) {
      lines.push(`  where ${q.key} spends its time (one run, costliest SQL first):`);
      for (const st of q.statements ?? []) {
        lines.push(
          `    ${n1(st.ms)} ms in ${st.calls} calls: ${st.sql.slice(0, 200)}${st.sql.length > 200 ? "…" : ""}`,
        );
        for (const step of st.plan) lines.push(`      plan: ${step}`);
      }
    }
    if (s.cli)
      lines.push(
        `CLI process (${s.cli.via}), once each: stats ${n0(s.cli.statsMs)} ms (start-up + open), ` +
          `entity "${t.frequent.name}" ${n0(s.cli.entityMs)} ms`,
      );
  }
  return `${lines.join("\n")}\n`;
}

/** The keys added to the final JSON line. */
export function ingestJson(b: IngestBench): Record<string, unknown> {
  const r = (x: number, d = 1) => Number(x.toFixed(d));
  const run = (x: IngestRun) => ({
    articles: x.offered,
    added: x.added,
    known: x.known,
    failed: x.failed,
    seconds: r(x.seconds, 2),
    articlesPerSecond: r(x.articlesPerSecond, 2),
    steadyArticlesPerSecond: r(x.steadyArticlesPerSecond, 2),
    coresBusy: r(x.coresBusy, 2),
    cpuMsPerArticle: r(x.cpuMsPerArticle, 2),
    writeSeconds: r(x.writeSeconds, 2),
    firstResultSeconds: r(x.firstAnalysisSeconds, 2),
    dbMb: r(x.dbMb),
    tenths: x.tenths.map((t) => ({ storeArticles: t.storeArticles, articlesPerSecond: r(t.articlesPerSecond) })),
  });
  const s = b.store;
  return {
    ...(b.ingest ? { ingestArticlesPerSecond: r(b.ingest.articlesPerSecond, 2) } : {}),
    ...(b.cost
      ? {
          ingestCost: {
            articles: b.cost.articles,
            wordsPerArticle: r(b.cost.wordsPerArticle),
            cpuMsPerArticle: Object.fromEntries(Object.entries(b.cost.msPerArticle).map(([k, v]) => [k, r(v, 3)])),
            coresBoundArticlesPerSecond: r(b.cost.coresBound),
            writerBoundArticlesPerSecond: r(b.cost.writerBound),
          },
        }
      : {}),
    ...(s
      ? {
          storeArticles: s.articles,
          queryMs: Object.fromEntries(
            s.queries.map((q) => [q.key, { median: r(q.medianMs, 2), p95: r(q.p95Ms, 2), first: r(q.firstMs, 2) }]),
          ),
        }
      : {}),
    ingestBench: {
      threads: b.threads,
      baseTexts: b.baseCount,
      loadAverage: { start: r(b.loadAverage.start, 2), end: r(b.loadAverage.end, 2) },
      ...(b.ingest ? { ingest: run(b.ingest) } : {}),
      ...(s
        ? {
            store: {
              articles: s.articles,
              dbMb: r(s.dbMb),
              reused: s.reused,
              ...(s.build ? { build: run(s.build) } : {}),
              targets: s.targets,
              queries: s.queries.map((q) => ({
                ...q,
                firstMs: r(q.firstMs, 2),
                medianMs: r(q.medianMs, 2),
                p95Ms: r(q.p95Ms, 2),
              })),
              ...(s.cli ? { cli: { via: s.cli.via, statsMs: r(s.cli.statsMs), entityMs: r(s.cli.entityMs) } } : {}),
            },
          }
        : {}),
    },
  };
}
