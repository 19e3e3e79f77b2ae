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
  /**
   * Publication date for articles that carry none (or carry one that is not a real date).
   * An article's own valid date wins unless `overridePublished` is set.
   */
  published?: string;
  /** Use `published` for every article, even those that carry a date of their own. */
  overridePublished?: boolean;
  /** Largest article body accepted, in bytes (default 5 MB); larger ones are reported, not analysed. */
  maxArticleBytes?: number;
  /**
   * What messages and origins call a stream read through "-" (default "stdin"), e.g. the URL it was fetched
   * from; its extension, if any, also serves as the file-name hint when sniffing the format.
   */
  streamName?: string;
}

/** The input formats dossier recognises, by sniffing the content first and the file name second. */
export type InputFormat = "seed" | "headers" | "text" | "html" | "feed" | "jsonl" | "json";

/** The fields an input gives for one article, before the options (fallback date, size limit) are applied. */
export interface ArticleFields {
  text: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  externalId?: string | null;
}
