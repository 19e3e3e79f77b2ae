import type { Answer } from "./conflict-port.js";
import type { Row } from "./rows.js";

/** A conflict side's evidence row: its claim report (with the claim's source) and the event report it stands for. */
export interface EvidenceRows {
  cr: Row | undefined;
  ev: Row | undefined;
}

/**
 * The read side's statements, one method per query or per page read (shared/query-reader.ts and
 * shared/export-reader.ts hold the logic once). Each store answers in its own SQL: SQLite with values, one row at a
 * time where it loops; PostgreSQL with promises, a page's dependent rows in one round trip. Rows come with the
 * columns shared/rows.ts maps to views. Every list is bounded by its caller's limit.
 */
export interface ReaderPort {
  /** User text as the store's full-text query, null when it holds no word (see shared/search-terms). */
  searchQuery(text: string, prefixLast?: boolean): string | null;

  documentRow(id: string): Answer<number | undefined>;
  documentAnalysis(id: string): Answer<{ analysis: string; text: string } | undefined>;
  /** The article's links: local_id and the global id (`id`), entities then events. */
  entityLinks(doc: number): Answer<Row[]>;
  eventLinks(doc: number): Answer<Row[]>;
  counters(): Answer<{ name: string; value: number }[]>;
  /** Article rows (id, doc_id, title, source, url, published) of these row ids. */
  articles(docs: readonly number[]): Answer<Row[]>;
  entityRef(id: number): Answer<Row>;

  // Entity rows (entitySummary columns), a name's matches best first.
  entitiesByNorm(form: string, limit: number): Answer<Row[]>;
  entitiesByAlias(form: string, limit: number): Answer<Row[]>;
  entitiesByPart(part: string, limit: number): Answer<Row[]>;
  entitiesMatching(match: string, type: string | null, limit: number, offset: number): Answer<Row[]>;
  entitiesOfType(type: string, limit: number, offset: number): Answer<Row[]>;
  entitiesTop(limit: number, offset: number): Answer<Row[]>;
  entityDocs(entity: number, limit: number): Answer<{ doc: number }[]>;
  mentionsIn(doc: number, entity: number, limit: number): Answer<Row[]>;
  aliases(entity: number, limit: number): Answer<{ text: string; count: number }[]>;
  roles(entity: number, limit: number): Answer<{ role: string; count: number }[]>;

  // Claim rows, newest said first; `from`/`to` are day bounds.
  claimsAll(from: string, to: string, limit: number, offset: number): Answer<Row[]>;
  claimsBy(entity: number, from: string, to: string, limit: number, offset: number): Answer<Row[]>;
  claimsAbout(entity: number, from: string, to: string, limit: number, offset: number): Answer<Row[]>;
  claimReports(claim: number, limit: number): Answer<Row[]>;
  corroborations(prop: unknown, polarity: unknown, sourceKey: unknown, limit: number): Answer<Row[]>;
  topicClaims(match: string, from: string, to: string, limit: number): Answer<Row[]>;

  eventById(id: number): Answer<Row>;
  eventParticipants(id: number): Answer<{ entity_id: number; role: string }[]>;
  eventReports(id: number, limit: number): Answer<Row[]>;
  eventsOf(entity: number, from: string, to: string, limit: number): Answer<{ event_id: number; when_day: string }[]>;
  eventsAll(from: string, to: string, limit: number): Answer<{ id: number; when_day: string }[]>;
  eventsOfClaim(claim: number, from: string, to: string): Answer<{ id: number; when_day: string }[]>;

  /** A page of matching articles, ranked among the newest `pool` matches, with a snippet each. */
  searchDocuments(
    match: string,
    pool: number,
    limit: number,
    offset: number,
  ): Answer<{ id: number; snippet: string }[]>;
  /** A page of matching claim reports (claim_id, doc, local_id, content, source_name), ranked as documents are. */
  searchClaims(match: string, pool: number, limit: number, offset: number): Answer<Row[]>;

  conflictById(id: number): Answer<Row>;
  conflictTally(id: number): Answer<{ side: number; evidence: number }[]>;
  /**
   * A side's latest evidence, up to 2 × `wanted` rows: a store reading them one by one may stop once `wanted` of
   * them hold a report (the caller shows no more).
   */
  conflictEvidence(id: number, side: number, wanted: number): Answer<EvidenceRows[]>;
  conflictsAll(limit: number, offset: number): Answer<{ id: number }[]>;
  conflictsOfKind(kind: string, limit: number, offset: number): Answer<{ id: number }[]>;
  conflictsAbout(entity: number, kind: string | null, limit: number): Answer<{ conflict_id: number }[]>;

  sources(limit: number, offset: number): Answer<Row[]>;
  cites(key: string, limit: number): Answer<Row[]>;
  citedBy(key: string, limit: number): Answer<Row[]>;

  // ── export: keyset pages (id > after) and their dependent rows, by the page's ids ──────────────────────────

  entityPage(after: number, types: readonly string[] | null, limit: number): Answer<Row[]>;
  entityAliases(ids: readonly number[]): Answer<Map<number, Row[]>>;
  entityRoles(ids: readonly number[]): Answer<Map<number, Row[]>>;
  /** The first coordinates one of the entity's first `documents` articles gave it. */
  geo(entity: number, documents: number): Answer<{ lat: unknown; lon: unknown } | undefined>;
  /** id, name, type, key. */
  exportEntity(id: number): Answer<Row>;
  documentPage(after: number, analysis: boolean, limit: number): Answer<Row[]>;
  documentEntities(docs: readonly number[]): Answer<Map<number, Row[]>>;
  documentClaims(docs: readonly number[]): Answer<Map<number, Row[]>>;
  claimPage(after: number, limit: number): Answer<Row[]>;
  claimAboutAll(ids: readonly number[]): Answer<Map<number, Row[]>>;
  claimReportsAll(ids: readonly number[]): Answer<Map<number, Row[]>>;
  eventPage(after: number, limit: number): Answer<Row[]>;
  eventParticipantsAll(ids: readonly number[]): Answer<Map<number, Row[]>>;
  eventReportsAll(ids: readonly number[]): Answer<Map<number, Row[]>>;
}

/** Rows by one of their columns, each list in the rows' order (a page's dependent rows read at once). */
export function groupBy(rows: readonly Row[], by: string): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const r of rows) {
    const k = r[by] as number;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Dependent rows read id by id (a synchronous store, where a query per row costs no round trip). */
export function eachId(ids: readonly number[], read: (id: number) => Row[]): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const id of ids) out.set(id, read(id));
  return out;
}
