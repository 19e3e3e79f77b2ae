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

/** Whitespace-folded text, so that the same story re-wrapped or re-indented hashes the same. */
export function normalisedBody(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** `sha256:<hex>` of the normalised body: the same article ingested twice is one document. */
export function documentId(text: string): string {
  return `sha256:${createHash("sha256").update(normalisedBody(text)).digest("hex")}`;
}
