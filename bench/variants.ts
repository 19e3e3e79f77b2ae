import { type Article, documentId, normalisedBody } from "../src/article/article.js";

/** How generated articles are made, printed with the figures so nobody mistakes them for a bigger real corpus. */
export const VARIANT_RULE =
  "article i = real text b = i mod B, round r = floor(i / B). Round 0 is the real article unchanged. " +
  "Round r ≥ 1 is the same text, paragraphs in their order, followed by one closing paragraph taken from " +
  "another real article (prose of ≥ 100 characters, a different one every round), published 7·r days later " +
  "(the same weekday, so 'on Tuesday' still fits); title and publisher kept. A text made twice (duplicate " +
  "corpus files) gets another borrowed paragraph instead, so all N articles are distinct documents; every " +
  "generated article is extracted in full (no analysis is copied or offset).";

const MIN_PARAGRAPH_CHARS = 100;

/** The prose paragraphs of all texts, each once: the pool closing paragraphs are borrowed from. */
function paragraphPool(bases: readonly Article[]): string[] {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const base of bases) {
    for (const raw of base.text.split(/\n[ \t]*\n/)) {
      const p = raw.trim();
      // Headlines, datelines and tables are not paragraphs a story would borrow.
      if (p.length < MIN_PARAGRAPH_CHARS || !/[.!?]["'”’)]?$/.test(p) || p.includes("\n")) continue;
      const key = normalisedBody(p);
      if (seen.has(key)) continue;
      seen.add(key);
      pool.push(p);
    }
  }
  return pool;
}

/** An ISO date or date-time moved by whole days (the time part, if any, is kept). */
export function shiftDate(published: string | null, days: number): string | null {
  if (!published || days === 0) return published;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return published;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10) + published.slice(10);
}

/**
 * `count` distinct realistic articles from real texts, by VARIANT_RULE; deterministic, so a store built from them
 * can be topped up or rebuilt identically. Lazily made; memory holds one id per article made, to keep them distinct.
 */
export function* variants(bases: readonly Article[], count: number): Generator<Article> {
  const pool = paragraphPool(bases);
  if (pool.length === 0) throw new Error("no prose paragraphs to make variants with");
  // Each base walks the pool from its own starting point, one new paragraph per round, skipping its own.
  const stride = Math.max(1, Math.floor(pool.length / Math.max(1, bases.length)));
  const cursor = bases.map((_, b) => (b * stride) % pool.length);
  // A text made twice (two corpus files with one text, or one file that is another plus a paragraph) is remade
  // with a paragraph walked from the pool's end, so the bases' own walks, and so every other article, stay put.
  let spare = pool.length - 1;
  const made = new Set<string>();
  const borrow = (base: Article, from: () => number): string => {
    for (let tries = 0; tries < pool.length; tries++) {
      const next = pool[((from() % pool.length) + pool.length) % pool.length] as string;
      if (!base.text.includes(next)) return next;
    }
    throw new Error("not enough paragraphs for distinct variants");
  };
  const fromCursor = (b: number) => () => {
    cursor[b] = (cursor[b] as number) + 1;
    return (cursor[b] as number) - 1;
  };
  const fromSpare = () => spare--;
  const withParagraph = (base: Article, round: number, paragraph: string): Article => ({
    ...base,
    text: `${base.text.trimEnd()}\n\n${paragraph}\n`,
    published: shiftDate(base.published, 7 * round),
    origin: `${base.origin ?? "article"}#variant-${round}`,
  });
  for (let i = 0; i < count; i++) {
    const b = i % bases.length;
    const round = Math.floor(i / bases.length);
    const base = bases[b] as Article;
    if (round > pool.length) throw new Error("not enough paragraphs for distinct variants");
    let article = round === 0 ? base : withParagraph(base, round, borrow(base, fromCursor(b)));
    let id = documentId(article.text);
    for (let tries = 0; made.has(id); tries++) {
      if (tries >= pool.length) throw new Error("not enough paragraphs for distinct variants");
      article = withParagraph(base, round, borrow(base, fromSpare));
      id = documentId(article.text);
    }
    made.add(id);
    yield article;
  }
}
