import type { ArticleRef } from "../contract.js";
import type { ReaderPort } from "./reader-port.js";
import { articleRef } from "./rows.js";
import { result, type Steps } from "./steps.js";

const CACHE_LIMIT = 10_000;

/**
 * Articles by row id, read once for a whole list and cached (articles never change once stored). Each call answers
 * with its own map: a clear made by a concurrent query on an asynchronous store cannot take away what it read.
 */
export class ArticleCache {
  private readonly cache = new Map<number, ArticleRef>();

  constructor(private readonly port: ReaderPort) {}

  *of(docs: readonly number[]): Steps<Map<number, ArticleRef>> {
    const out = new Map<number, ArticleRef>();
    let missing: Set<number> | null = null;
    for (const d of docs) {
      const hit = this.cache.get(d);
      if (hit) out.set(d, hit);
      else {
        missing ??= new Set();
        missing.add(d);
      }
    }
    if (!missing) return out;
    // Bounded: a list names a limited set of articles.
    if (this.cache.size + missing.size > CACHE_LIMIT) this.cache.clear();
    for (const r of yield* result(this.port.articles([...missing]))) {
      const ref = articleRef(r);
      this.cache.set(r.id as number, ref);
      out.set(r.id as number, ref);
    }
    return out;
  }
}

/** The article a row names, which `of` was asked for. */
export function articleIn(articles: ReadonlyMap<number, ArticleRef>, doc: number): ArticleRef {
  const hit = articles.get(doc);
  if (!hit) throw new Error(`article row ${doc} was not found`);
  return hit;
}
