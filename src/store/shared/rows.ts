import type { Certainty, EntityType, Factuality, Polarity } from "../../article/analysis.js";
import type {
  ArticleRef,
  ClaimIdentity,
  ClaimReportView,
  ConflictEvidence,
  DocumentLinks,
  EntitySummary,
  EventReportView,
  ExportEntityRef,
  SourceRef,
} from "../contract.js";

/**
 * Rows to views, the same in every store: both schemas name their columns alike and keep flags as 0/1 integers.
 * Only the reading differs (synchronous in SQLite, a round trip in PostgreSQL).
 */
export type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v as string | null | undefined) ?? null;
const num = (v: unknown): number | null => (v as number | null | undefined) ?? null;

export function articleRef(r: Row): ArticleRef {
  return {
    id: r.doc_id as string,
    title: str(r.title),
    source: str(r.source),
    url: str(r.url),
    published: str(r.published),
  };
}

export function entitySummary(r: Row): EntitySummary {
  return {
    id: r.id as number,
    key: r.key as string,
    name: r.name as string,
    type: r.type as EntityType,
    country: str(r.country),
    local: r.local === 1,
    mentions: r.mentions as number,
    documents: r.documents as number,
    firstSeen: str(r.first_seen),
    lastSeen: str(r.last_seen),
  };
}

export function exportEntityRef(r: Row): ExportEntityRef {
  return { id: r.id as number, name: r.name as string, type: r.type as EntityType, key: r.key as string };
}

export function sourceRef(key: unknown, name: unknown, entity: unknown): SourceRef {
  return { key: key as string, name: name as string, entity: num(entity) };
}

/** A claim_report row as a view; `via` is left as stored (entity row ids), for the caller to resolve or not. */
export function claimReportView(r: Row, article: ArticleRef): ClaimReportView {
  return {
    id: `${article.id}#${r.local_id as string}`,
    article,
    content: { start: r.content_start as number, end: r.content_end as number, text: r.content as string },
    cue: { start: r.cue_start as number, end: r.cue_end as number, text: r.cue as string },
    sourceText: str(r.source_text),
    via: JSON.parse(r.via as string) as { text: string; entity: number | null }[],
    reportedAt: str(r.reported_at),
    certainty: r.certainty as Certainty,
    quote: r.quote === 1,
  };
}

export function eventReportView(r: Row, article: ArticleRef): EventReportView {
  const claimLocal = str(r.claim_local);
  const value = num(r.count_value);
  const min = num(r.count_min);
  return {
    id: `${article.id}#${r.local_id as string}`,
    article,
    trigger: { start: r.trigger_start as number, end: r.trigger_end as number, text: r.trigger as string },
    time: str(r.time),
    count: value === null && min === null ? null : { value, min, approximate: r.count_approx === 1 },
    factuality: r.factuality as Factuality,
    claim: claimLocal ? `${article.id}#${claimLocal}` : null,
    source: sourceRef(r.source_key, r.source_name, r.source_entity),
  };
}

/**
 * One piece of conflict evidence: a claim report (`cr`, with the event report it carries if any), else an event
 * report the article states in its own voice (its sentence the evidence, its publisher the source).
 */
export function conflictEvidence(
  cr: Row | undefined,
  ev: Row | undefined,
  article: (doc: number) => ArticleRef,
): ConflictEvidence | null {
  const count = ev ? (num(ev.count_value) ?? num(ev.count_min) ?? null) : null;
  if (cr) {
    const a = article(cr.doc as number);
    return {
      claim: `${a.id}#${cr.local_id as string}`,
      event: ev ? `${a.id}#${ev.local_id as string}` : null,
      content: cr.content as string,
      span: { start: cr.content_start as number, end: cr.content_end as number, text: cr.content as string },
      source: cr.source_name as string,
      sourceEntity: num(cr.source_entity),
      article: a,
      reportedAt: str(cr.reported_at) ?? a.published,
      polarity: cr.polarity as Polarity,
      count,
    };
  }
  if (ev) {
    const a = article(ev.doc as number);
    return {
      claim: null,
      event: `${a.id}#${ev.local_id as string}`,
      content: ev.evidence as string,
      span: { start: ev.evidence_start as number, end: ev.evidence_end as number, text: ev.evidence as string },
      source: ev.source_name as string,
      sourceEntity: num(ev.source_entity),
      article: a,
      reportedAt: a.published,
      polarity: ev.factuality === "negated" ? "negative" : "positive",
      count,
    };
  }
  return null;
}

/** A named source is known by its entity's key, which unlike the row id is the same in any store built alike. */
export function claimIdentity(r: Row): ClaimIdentity {
  return {
    source: str(r.source_entity_key) ?? (r.source_key as string),
    polarity: r.polarity as Polarity,
    proposition: r.prop as string,
  };
}

/** An article's local ids and the knowledge-base ids they were linked to. */
export function linksOf(entities: readonly Row[], events: readonly Row[]): DocumentLinks {
  const map = (rows: readonly Row[]) => new Map(rows.map((r) => [r.local_id as string, Number(r.id)]));
  return { entities: map(entities), events: map(events) };
}
