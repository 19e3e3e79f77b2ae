import { createHash } from "node:crypto";

/** One news article as read from any input format. The article owns its text; every extracted fact points into it. */
export interface Article {
  /** The body text that all offsets count into (header lines removed). */
  text: string;
  /** ISO date or date-time the article carries, the reference for relative times; null when unknown. */
  published: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  /** Where it was read from (file path, URL, "stdin", with a line or item number for multi-article inputs). */
  origin?: string;
  /** An id the input itself gave (JSON lines `id`, feed item guid). */
  externalId?: string | null;
}

/**
 * Each run of whitespace that is not already one space: two or more characters, or one other than a space. Replacing
 * these with a space folds every run to one space, as /\s+/ would, without rewriting the thousands of single spaces.
 */
const UNFOLDED_SPACE = /\s{2,}|[^\S ]/g;

/** Whitespace-folded text, so that the same story re-wrapped or re-indented hashes the same. */
export function normalisedBody(text: string): string {
  return text.normalize("NFC").replace(UNFOLDED_SPACE, " ").trim();
}

/** `sha256:<hex>` of the normalised body: the same article ingested twice is one document. */
export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(normalisedBody(text)).digest("hex")}`;
}
