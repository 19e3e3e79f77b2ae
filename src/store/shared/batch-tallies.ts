import type { SourceIdentity } from "../../kb/source-key.js";

/** The first and last of some days; unknown days (null) change nothing. */
export function daySpan(days: readonly (string | null)[]): [string | null, string | null] {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of days) {
    if (d === null) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return [first, last];
}

export function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

export function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export interface TalliedEntity {
  id: number;
  mentions: number;
  documents: number;
  first: string | null;
  last: string | null;
}
export interface TalliedAlias {
  entity: number;
  norm: string;
  count: number;
  first: string | null;
  last: string | null;
}
export interface TalliedSource {
  who: SourceIdentity;
  claims: number;
  cited: number;
  first: string | null;
  last: string | null;
}
export interface TalliedCitation {
  from: string;
  to: string;
  count: number;
  first: string | null;
  last: string | null;
}

/**
 * Counts and first/last-seen dates that many articles of a batch touch (a country is in most of them): summed in
 * memory and written once per batch, inside the same transaction. Nothing the writer reads may be deferred here
 * (no key, name, country or role that matching looks up), or the store would depend on how articles were batched;
 * the one count it reads (mentions, for a lone surname's namesake) is read with pendingMentions added.
 */
export class BatchTallies {
  private entities = new Map<number, { mentions: number; documents: number; days: (string | null)[] }>();
  private aliases = new Map<string, { entity: number; norm: string; count: number; days: (string | null)[] }>();
  private sources = new Map<string, { who: SourceIdentity; claims: number; cited: number; days: (string | null)[] }>();
  private citations = new Map<string, { from: string; to: string; count: number; days: (string | null)[] }>();

  clear(): void {
    this.entities.clear();
    this.aliases.clear();
    this.sources.clear();
    this.citations.clear();
  }

  entity(id: number, mentions: number, documents: number, day: string | null): void {
    const hit = this.entities.get(id);
    if (hit) {
      hit.mentions += mentions;
      hit.documents += documents;
      hit.days.push(day);
    } else this.entities.set(id, { mentions, documents, days: [day] });
  }

  /** Mentions of an entity summed in this batch and not yet written: readers of counts add them, so that
   * what the writer decides by a count does not depend on where a batch ended. */
  pendingMentions(id: number): number {
    return this.entities.get(id)?.mentions ?? 0;
  }

  alias(entity: number, norm: string, count: number, day: string | null): void {
    const key = `${entity}\u0000${norm}`;
    const hit = this.aliases.get(key);
    if (hit) {
      hit.count += count;
      hit.days.push(day);
    } else this.aliases.set(key, { entity, norm, count, days: [day] });
  }

  source(who: SourceIdentity, claims: number, cited: number, day: string | null): void {
    const hit = this.sources.get(who.key);
    if (hit) {
      hit.claims += claims;
      hit.cited += cited;
      hit.days.push(day);
    } else this.sources.set(who.key, { who, claims, cited, days: [day] });
  }

  citation(from: string, to: string, day: string | null): void {
    const key = `${from}\u0000${to}`;
    const hit = this.citations.get(key);
    if (hit) {
      hit.count++;
      hit.days.push(day);
    } else this.citations.set(key, { from, to, count: 1, days: [day] });
  }

  /** Everything summed since the last clear, each with its day span; then cleared. */
  drain(): {
    entities: TalliedEntity[];
    aliases: TalliedAlias[];
    sources: TalliedSource[];
    citations: TalliedCitation[];
  } {
    const out = {
      entities: [...this.entities].map(([id, e]) => {
        const [first, last] = daySpan(e.days);
        return { id, mentions: e.mentions, documents: e.documents, first, last };
      }),
      aliases: [...this.aliases.values()].map((a) => {
        const [first, last] = daySpan(a.days);
        return { entity: a.entity, norm: a.norm, count: a.count, first, last };
      }),
      sources: [...this.sources.values()].map((x) => {
        const [first, last] = daySpan(x.days);
        return { who: x.who, claims: x.claims, cited: x.cited, first, last };
      }),
      citations: [...this.citations.values()].map((c) => {
        const [first, last] = daySpan(c.days);
        return { from: c.from, to: c.to, count: c.count, first, last };
      }),
    };
    this.clear();
    return out;
  }
}
