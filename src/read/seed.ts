import type { ArticleFields } from "./types.js";

/** The seed format: optional blank space, `date YYYY-MM-DD`, then the body (possibly on the same line). */
export const SEED_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;

/** Where the body starts and the date the prefix gives; null when the text is not in the seed format. */
export function splitSeed(text: string): { published: string; bodyStart: number } | null {
  const m = SEED_PREFIX.exec(text);
  if (!m?.[1]) return null;
  return { published: m[1], bodyStart: skipBlank(text, m[0].length) };
}

/** The body is exactly the rest of the text after the date, less its leading blank space. */
export function readSeed(text: string): ArticleFields | null {
  const split = splitSeed(text);
  return split ? { text: text.slice(split.bodyStart), published: split.published } : null;
}

export function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}
