import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../article/article.js";
import type { PreparedAnalysis } from "../kb/prepare.js";
import type { WorkerRequest, WorkerResponse } from "./extract-worker.js";

/**
 * Analyses articles on worker threads (one per core by default), so extraction uses every core. Each analysis comes
 * back prepared for the knowledge base (src/kb/prepare.ts), so the single store writer only writes.
 */
export interface ExtractPool {
  readonly threads: number;
  extract(article: Article): Promise<PreparedAnalysis>;
  close(): Promise<void>;
}

/** Runs in the calling thread: for one core, tests and small inputs. */
export function inlinePool(): ExtractPool {
  return {
    threads: 0,
    // Loaded on first use: the pipeline and its lexicons take about half a second to load.
    extract: async (article) => (await import("./extract-article.js")).extractArticle(article),
    close: async () => {},
  };
}

export function workerPool(threads = availableParallelism()): ExtractPool {
  if (threads < 1) return inlinePool();
  const workers = Array.from({ length: threads }, () => startWorker());
  const pending = new Map<
    number,
    { resolve: (a: PreparedAnalysis) => void; reject: (e: Error) => void; worker: Worker }
  >();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", (response: WorkerResponse) => {
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if ("error" in response) job.reject(new Error(response.error));
      else job.resolve(response.prepared);
    });
    worker.on("error", (error) => {
      // A worker that dies fails its own jobs only; the caller reports them as failed articles.
      for (const [id, job] of pending) {
        if (job.worker === worker) {
          pending.delete(id);
          job.reject(error);
        }
      }
    });
  }
  return {
    threads,
    extract(article) {
      // The least busy worker takes the next article.
      let best = workers[0] as Worker;
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      load.set(best, (load.get(best) ?? 0) + 1);
      const id = nextId++;
      return new Promise<PreparedAnalysis>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: best });
        best.postMessage({ id, article } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function startWorker(): Worker {
  // Under tsx (tests, `npm run bench`) the worker must register tsx itself: workers do not inherit its hooks.
  const fromSource = import.meta.url.endsWith(".ts");
  const target = new URL(`./extract-worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return new Worker(target);
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(
    `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(target.href)});`,
    { eval: true },
  );
}

/**
 * Maps an async stream through `work` with at most `inFlight` items under way, yielding results in input order.
 * Bounded in-flight work is what keeps memory flat however long the input is.
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  inFlight: number,
): AsyncGenerator<{ item: T; result: R } | { item: T; error: Error }> {
  const queue: Promise<{ item: T; result: R } | { item: T; error: Error }>[] = [];
  const settle = (item: T) =>
    work(item).then(
      (result) => ({ item, result }),
      (error: unknown) => ({ item, error: error instanceof Error ? error : new Error(String(error)) }),
    );
  for await (const item of items) {
    queue.push(settle(item));
    if (queue.length >= inFlight) yield await (queue.shift() as (typeof queue)[number]);
  }
  while (queue.length) yield await (queue.shift() as (typeof queue)[number]);
}
