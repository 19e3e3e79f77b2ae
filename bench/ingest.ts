import { statSync } from "node:fs";
import type { Article } from "../src/article/article.js";
import type { ExtractPool } from "../src/ingest/extract-pool.js";
import { ingest } from "../src/ingest/ingest.js";
import type { IngestItem } from "../src/ingest/items.js";
import type { Progress, ProgressCounts } from "../src/ingest/progress.js";
import type { PreparedAnalysis } from "../src/kb/prepare.js";
import { openStore } from "../src/store/open.js";

export interface IngestRun {
  /** Articles offered, and what the store made of them. */
  offered: number;
  added: number;
  known: number;
  failed: number;
  /**
   * Wall time from opening the store to closing it (its WAL folded back). A pool made just before the call still
   * loads its workers inside this time, as `dossier ingest` does.
   */
  seconds: number;
  /** Seconds until the first analysis came back: worker start-up and warm-up, inside `seconds`. */
  firstAnalysisSeconds: number;
  articlesPerSecond: number;
  /** The rate once the first analysis was back: without worker start-up. */
  steadyArticlesPerSecond: number;
  /** CPU seconds of the whole process (main thread and workers) per wall second: how many cores were busy. */
  coresBusy: number;
  /** CPU milliseconds per article added (all threads): the cost, whatever else shares the cores. */
  cpuMsPerArticle: number;
  /** Wall seconds inside store.addPrepared (writing batches, on the main thread; the workers prepare them). */
  writeSeconds: number;
  /** Rate over each tenth of the run, to show whether ingest slows as the store grows. */
  tenths: { upTo: number; storeArticles: number; articlesPerSecond: number }[];
  dbMb: number;
  storeArticles: number;
}

export interface IngestRunOptions {
  db: string;
  pool: ExtractPool;
  /** Progress lines on stderr every this many seconds (0 = none). */
  logEverySeconds?: number;
  label?: string;
}

/**
 * Ingests articles into the store at `db` through the real path: ingest() (skip known → extract on the pool's
 * workers → transactional batches of 100 through the Store contract) into the SQLite store the CLI opens.
 * Only the reading of input files is left out: the articles come from memory.
 */
export async function ingestRun(articles: Iterable<Article>, offered: number, o: IngestRunOptions): Promise<IngestRun> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let firstAnalysis = 0;
  const pool: ExtractPool = {
    threads: o.pool.threads,
    extract: (a: Article): Promise<PreparedAnalysis> =>
      o.pool.extract(a).then((r) => {
        firstAnalysis ||= performance.now();
        return r;
      }),
    close: () => o.pool.close(),
  };
  const opened = await openStore(o.db);
  let writeMs = 0;
  // The store as ingest() sees it, with its batch writes timed: where the main thread's time goes.
  const store = new Proxy(opened, {
    get(target, prop) {
      if (prop === "addPrepared")
        return async (batch: readonly PreparedAnalysis[]) => {
          const w0 = performance.now();
          try {
            return await target.addPrepared(batch);
          } finally {
            writeMs += performance.now() - w0;
          }
        };
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const before = (await store.stats()).articles;
  const progress = tenthsProgress(offered, t0, o.logEverySeconds ?? 0, o.label ?? "ingest");
  let summary: Awaited<ReturnType<typeof ingest>>;
  let storeArticles = before;
  try {
    summary = await ingest(asItems(articles), { pool, store, progress: progress.progress });
    storeArticles = (await store.stats()).articles;
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    offered,
    added: summary.added,
    known: summary.known,
    failed: summary.failed,
    seconds,
    firstAnalysisSeconds: firstAnalysis ? (firstAnalysis - t0) / 1000 : 0,
    articlesPerSecond: summary.added / seconds,
    steadyArticlesPerSecond: firstAnalysis ? summary.added / Math.max(0.001, seconds - (firstAnalysis - t0) / 1000) : 0,
    coresBusy: (cpu.user + cpu.system) / 1e6 / seconds,
    cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / Math.max(1, summary.added),
    writeSeconds: writeMs / 1000,
    tenths: progress.tenths.map((t) => ({ ...t, storeArticles: before + t.storeArticles })),
    dbMb: fileMb(o.db),
    storeArticles,
  };
}

async function* asItems(articles: Iterable<Article>): AsyncGenerator<IngestItem> {
  yield* articles;
}

/** The store's size on disk: the database file with its WAL and shared-memory files, if any are left. */
export function fileMb(path: string): number {
  let bytes = 0;
  for (const suffix of ["", "-wal", "-shm"]) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {
      // Absent: nothing to add.
    }
  }
  return bytes / (1024 * 1024);
}

/** A Progress that notes when each tenth of the offered articles is done, and logs a line now and then. */
function tenthsProgress(offered: number, t0: number, logEvery: number, label: string) {
  const tenths: { upTo: number; storeArticles: number; articlesPerSecond: number }[] = [];
  let lastAt = t0;
  let lastDone = 0;
  let lastAdded = 0;
  let lastLog = t0;
  let crossed = 0;
  const mark = (c: ProgressCounts, now: number) => {
    const done = c.added + c.known + c.failed;
    // Ticks come once a batch: several tenths crossed at once make one entry, not empty ones.
    const reached = Math.min(10, Math.floor((done * 10) / Math.max(1, offered)));
    if (reached > crossed) {
      crossed = reached;
      tenths.push({
        upTo: done,
        storeArticles: c.added,
        articlesPerSecond: (c.added - lastAdded) / Math.max(0.001, (now - lastAt) / 1000),
      });
      lastAt = now;
      lastAdded = c.added;
    }
    if (logEvery > 0 && now - lastLog >= logEvery * 1000 && done !== lastDone) {
      lastLog = now;
      lastDone = done;
      const rate = done / Math.max(0.001, (now - t0) / 1000);
      process.stderr.write(
        `${label}: ${done}/${offered} (${c.added} new, ${c.known} known, ${c.failed} failed), ${rate.toFixed(1)}/s\n`,
      );
    }
  };
  const progress: Progress = {
    setTotal() {},
    tick(c) {
      mark(c, performance.now());
    },
    stop() {},
  };
  return { progress, tenths };
}
