import { type Article, documentId } from "../article/article.js";
import type { PreparedAnalysis } from "../kb/prepare.js";
import type { Store } from "../store/contract.js";
import { type ExtractPool, mapOrdered } from "./extract-pool.js";
import type { IngestItem } from "./items.js";
import type { Progress } from "./progress.js";

export interface IngestSummary {
  added: number;
  known: number;
  failed: number;
  unchanged: number;
  /** One line per failure: where, and why. */
  failures: { origin: string; reason: string }[];
}

export interface IngestOptions {
  pool: ExtractPool;
  store: Store;
  progress: Progress;
  /** Analyses written per transaction. */
  batchSize?: number;
}

/**
 * Streams items through extraction into the store. Articles already stored are skipped before extraction
 * (so a re-run after a crash only does what is left); analyses are written in transactional batches, so a
 * crash loses at most the batch under way, which the next run redoes. Memory is bounded by the in-flight
 * window and the batch size, whatever the input size.
 */
export async function ingest(items: AsyncIterable<IngestItem>, options: IngestOptions): Promise<IngestSummary> {
  const { pool, store, progress } = options;
  const batchSize = options.batchSize ?? 100;
  const summary: IngestSummary = { added: 0, known: 0, failed: 0, unchanged: 0, failures: [] };
  const fail = (origin: string, reason: string) => {
    summary.failed++;
    if (summary.failures.length < 1000) summary.failures.push({ origin, reason });
  };
  const seen = new Set<string>();

  // Only new articles reach the workers; the rest are counted here.
  async function* fresh(): AsyncGenerator<Article> {
    for await (const item of items) {
      if ("unchanged" in item) summary.unchanged++;
      else if ("failed" in item) fail(item.origin, item.reason);
      else {
        const id = documentId(item.text);
        if (seen.has(id) || (await store.hasDocument(id))) summary.known++;
        else {
          // The set only saves duplicate work within a run (the store dedupes anyway), so it is kept bounded.
          if (seen.size >= 100_000) seen.clear();
          seen.add(id);
          yield item;
          continue;
        }
      }
      progress.tick(summary);
    }
  }

  let batch: PreparedAnalysis[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.addPrepared(batch);
    summary.added += result.added;
    summary.known += result.known;
    batch = [];
    progress.tick(summary);
  };
  // Writing a batch blocks this thread; the window holds more than a batch so the workers stay busy meanwhile.
  const inFlight = pool.threads === 0 ? 2 : Math.max(pool.threads * 4, batchSize + pool.threads * 8);
  for await (const done of mapOrdered(fresh(), (article) => pool.extract(article), inFlight)) {
    if ("error" in done) {
      fail(done.item.origin ?? "article", `extraction failed: ${done.error.message}`);
      progress.tick(summary);
      continue;
    }
    batch.push(done.result);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress.stop();
  return summary;
}
