import type { Article } from "../article/article.js";

/** An item of a multi-article input that could not be read; the rest of the input goes on. */
export interface ReadFailure {
  failed: true;
  /** Where: file path, with line or item number. */
  origin: string;
  /** What is wrong and what to do, in one line. */
  reason: string;
}

export type ReadItem = Article | ReadFailure;

export function isFailure(item: ReadItem): item is ReadFailure {
  return (item as ReadFailure).failed === true;
}

export interface ReadOptions {
  /** Publication date to use when the input carries none. */
  published?: string;
  /** Largest article body accepted, in bytes (default 5 MB); larger ones are reported, not analysed. */
  maxArticleBytes?: number;
}
