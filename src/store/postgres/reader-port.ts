import { type EvidenceRows, groupBy, type ReaderPort } from "../shared/reader-port.js";
import type { Row } from "../shared/rows.js";
import { tsQuery } from "./search-query.js";
import { statement as q, type Sql } from "./sql.js";

const HEADLINE = "StartSel=«, StopSel=», MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…";

/**
 * The read side's statements on PostgreSQL (shared/query-reader.ts, shared/export-reader.ts): each is a round trip,
 * so what SQLite reads row by row comes here in one query: a page's dependent rows over an array of ids, a search
 * page with its snippets, a conflict side with its evidence. The ORDER BYs end on an id where SQLite's row order
 * would decide, so both stores list alike.
 */
export class PgReaderPort implements ReaderPort {
  constructor(private readonly sql: Sql) {}

  searchQuery(text: string, prefixLast = false): string | null {
    return tsQuery(text, prefixLast);
  }

  async documentRow(id: string): Promise<number | undefined> {
    return (await this.sql.get<{ id: number }>(S.documentId, id))?.id;
  }

  documentAnalysis(id: string): Promise<{ analysis: string; text: string } | undefined> {
    return this.sql.get<{ analysis: string; text: string }>(S.documentAnalysis, id);
  }

  entityLinks(doc: number): Promise<Row[]> {
    return this.sql.all(S.entityLinks, doc);
  }

  eventLinks(doc: number): Promise<Row[]> {
    return this.sql.all(S.eventLinks, doc);
  }

  counters(): Promise<{ name: string; value: number }[]> {
    return this.sql.all<{ name: string; value: number }>(S.counters);
  }

  articles(docs: readonly number[]): Promise<Row[]> {
    return this.sql.all(S.articles, docs);
  }

  async entityRef(id: number): Promise<Row> {
    return (await this.sql.get(S.entityRef, id)) as Row;
  }

  entitiesByNorm(form: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.entitiesByNorm, form, limit);
  }

  entitiesByAlias(form: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.entitiesByAlias, form, limit);
  }

  entitiesByPart(part: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.entitiesByPart, part, limit);
  }

  entitiesMatching(match: string, type: string | null, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.entitiesMatching, match, type, limit, offset);
  }

  entitiesOfType(type: string, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.entitiesOfType, type, limit, offset);
  }

  entitiesTop(limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.entitiesTop, limit, offset);
  }

  entityDocs(entity: number, limit: number): Promise<{ doc: number }[]> {
    return this.sql.all<{ doc: number }>(S.entityDocs, entity, limit);
  }

  mentionsIn(doc: number, entity: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.mentionsIn, doc, entity, limit);
  }

  aliases(entity: number, limit: number): Promise<{ text: string; count: number }[]> {
    return this.sql.all<{ text: string; count: number }>(S.aliases, entity, limit);
  }

  roles(entity: number, limit: number): Promise<{ role: string; count: number }[]> {
    return this.sql.all<{ role: string; count: number }>(S.roles, entity, limit);
  }

  claimsAll(from: string, to: string, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.claimsAll, from, to, limit, offset);
  }

  claimsBy(entity: number, from: string, to: string, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.claimsBy, entity, from, to, limit, offset);
  }

  claimsAbout(entity: number, from: string, to: string, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.claimsAboutEntity, entity, from, to, limit, offset);
  }

  claimReports(claim: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.claimReports, claim, limit);
  }

  corroborations(prop: unknown, polarity: unknown, sourceKey: unknown, limit: number): Promise<Row[]> {
    return this.sql.all(S.corroborations, prop, polarity, sourceKey, limit);
  }

  topicClaims(match: string, from: string, to: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.topicClaims, match, from, to, limit);
  }

  async eventById(id: number): Promise<Row> {
    return (await this.sql.get(S.eventById, id)) as Row;
  }

  eventParticipants(id: number): Promise<{ entity_id: number; role: string }[]> {
    return this.sql.all<{ entity_id: number; role: string }>(S.eventParticipants, id);
  }

  eventReports(id: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.eventReports, id, limit);
  }

  eventsOf(entity: number, from: string, to: string, limit: number): Promise<{ event_id: number; when_day: string }[]> {
    return this.sql.all<{ event_id: number; when_day: string }>(S.eventsOf, entity, from, to, limit);
  }

  eventsAll(from: string, to: string, limit: number): Promise<{ id: number; when_day: string }[]> {
    return this.sql.all<{ id: number; when_day: string }>(S.eventsAll, from, to, limit);
  }

  eventsOfClaim(claim: number, from: string, to: string): Promise<{ id: number; when_day: string }[]> {
    return this.sql.all<{ id: number; when_day: string }>(S.eventsOfClaim, claim, from, to);
  }

  searchDocuments(
    match: string,
    pool: number,
    limit: number,
    offset: number,
  ): Promise<{ id: number; snippet: string }[]> {
    return this.sql.all<{ id: number; snippet: string }>(S.searchDocuments, match, pool, limit, offset, HEADLINE);
  }

  searchClaims(match: string, pool: number, limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.searchClaims, match, pool, limit, offset);
  }

  async conflictById(id: number): Promise<Row> {
    return (await this.sql.get(S.conflictById, id)) as Row;
  }

  conflictTally(id: number): Promise<{ side: number; evidence: number }[]> {
    return this.sql.all<{ side: number; evidence: number }>(S.conflictTally, id);
  }

  async conflictEvidence(id: number, side: number, wanted: number): Promise<EvidenceRows[]> {
    const rows = await this.sql.all<{ cr: Row | null; ev: Row | null }>(S.conflictEvidence, id, side, wanted * 2);
    return rows.map((r) => ({ cr: r.cr ?? undefined, ev: r.ev ?? undefined }));
  }

  conflictsAll(limit: number, offset: number): Promise<{ id: number }[]> {
    return this.sql.all<{ id: number }>(S.conflictsAll, limit, offset);
  }

  conflictsOfKind(kind: string, limit: number, offset: number): Promise<{ id: number }[]> {
    return this.sql.all<{ id: number }>(S.conflictsOfKind, kind, limit, offset);
  }

  conflictsAbout(entity: number, kind: string | null, limit: number): Promise<{ conflict_id: number }[]> {
    return this.sql.all<{ conflict_id: number }>(S.conflictsAbout, entity, kind, limit);
  }

  sources(limit: number, offset: number): Promise<Row[]> {
    return this.sql.all(S.sources, limit, offset);
  }

  cites(key: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.cites, key, limit);
  }

  citedBy(key: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.citedBy, key, limit);
  }

  // ── export ─────────────────────────────────────────────────────────────────────────────────────────────

  entityPage(after: number, types: readonly string[] | null, limit: number): Promise<Row[]> {
    return this.sql.all(S.entityPage, after, types, limit);
  }

  async entityAliases(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.allAliases, ids), "entity_id");
  }

  async entityRoles(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.allRoles, ids), "entity_id");
  }

  geo(entity: number, documents: number): Promise<{ lat: unknown; lon: unknown } | undefined> {
    return this.sql.get<{ lat: unknown; lon: unknown }>(S.geo, entity, documents);
  }

  async exportEntity(id: number): Promise<Row> {
    return (await this.sql.get(S.exportEntity, id)) as Row;
  }

  documentPage(after: number, analysis: boolean, limit: number): Promise<Row[]> {
    return this.sql.all(analysis ? S.documentsWithAnalysis : S.documents, after, limit);
  }

  async documentEntities(docs: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.documentEntities, docs), "doc");
  }

  async documentClaims(docs: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.documentClaims, docs), "doc");
  }

  claimPage(after: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.claimPage, after, limit);
  }

  async claimAboutAll(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.claimAboutAll, ids), "claim_id");
  }

  async claimReportsAll(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.claimReportsAll, ids), "claim_id");
  }

  eventPage(after: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.eventPage, after, limit);
  }

  async eventParticipantsAll(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.eventParticipantsAll, ids), "event_id");
  }

  async eventReportsAll(ids: readonly number[]): Promise<Map<number, Row[]>> {
    return groupBy(await this.sql.all(S.eventReportsAll, ids), "event_id");
  }
}

const entityCols =
  "e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen";
const evidenceCols = `doc, local_id, evidence_start, evidence_end, evidence, count_value, count_min, factuality,
  source_name, source_entity`;
const claimCols =
  "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said, c.first_seen, c.last_seen, c.reports";
const documentCols = "id, doc_id, title, source, url, published, text";

const S = {
  documentId: q("SELECT id FROM document WHERE doc_id = $1"),
  documentAnalysis: q("SELECT analysis, text FROM document WHERE doc_id = $1"),
  entityLinks: q("SELECT local_id, entity_id AS id FROM entity_doc WHERE doc = $1"),
  eventLinks: q("SELECT local_id, event_id AS id FROM event_report WHERE doc = $1"),
  counters: q("SELECT name, value FROM counter"),
  articles: q("SELECT id, doc_id, title, source, url, published FROM document WHERE id = ANY($1::int[])"),
  entityRef: q("SELECT name, type FROM entity WHERE id = $1"),

  entitiesByNorm: q(
    `SELECT ${entityCols} FROM entity e WHERE e.norm = $1 ORDER BY e.local, e.mentions DESC, e.id LIMIT $2`,
  ),
  entitiesByAlias: q(
    `SELECT ${entityCols} FROM entity_alias a JOIN entity e ON e.id = a.entity_id
      WHERE a.norm = $1 ORDER BY e.local, e.mentions DESC, e.id LIMIT $2`,
  ),
  entitiesByPart: q(
    `SELECT ${entityCols} FROM entity_part p JOIN entity e ON e.id = p.entity_id WHERE p.part = $1
      ORDER BY e.mentions DESC, e.id LIMIT $2`,
  ),
  entitiesMatching: q(
    `SELECT ${entityCols} FROM entity e WHERE e.id IN (SELECT entity_id FROM entity_alias WHERE tsv @@ $1::tsquery)
      AND ($2::text IS NULL OR e.type = $2) ORDER BY e.mentions DESC, e.id LIMIT $3 OFFSET $4`,
  ),
  entitiesOfType: q(
    `SELECT ${entityCols} FROM entity e WHERE e.type = $1 ORDER BY e.mentions DESC, e.id LIMIT $2 OFFSET $3`,
  ),
  entitiesTop: q(`SELECT ${entityCols} FROM entity e ORDER BY e.mentions DESC, e.id LIMIT $1 OFFSET $2`),
  entityDocs: q("SELECT doc FROM entity_doc WHERE entity_id = $1 ORDER BY doc DESC LIMIT $2"),
  mentionsIn: q(
    'SELECT start, "end", text FROM mention WHERE doc = $1 AND entity_id = $2 ORDER BY start, "end" LIMIT $3',
  ),
  aliases: q("SELECT text, count FROM entity_alias WHERE entity_id = $1 ORDER BY count DESC, norm LIMIT $2"),
  roles: q("SELECT role, count FROM entity_role WHERE entity_id = $1 ORDER BY count DESC, role LIMIT $2"),

  claimsAll: q(
    `SELECT ${claimCols} FROM claim c WHERE c.said BETWEEN $1 AND $2 ORDER BY c.said DESC, c.id DESC LIMIT $3 OFFSET $4`,
  ),
  claimsBy: q(
    `SELECT ${claimCols} FROM claim c WHERE c.source_entity = $1 AND c.said BETWEEN $2 AND $3
      ORDER BY c.said DESC, c.id DESC LIMIT $4 OFFSET $5`,
  ),
  claimsAboutEntity: q(
    `SELECT ${claimCols} FROM claim_about a JOIN claim c ON c.id = a.claim_id
      WHERE a.entity_id = $1 AND a.said BETWEEN $2 AND $3 ORDER BY a.said DESC, a.claim_id DESC LIMIT $4 OFFSET $5`,
  ),
  claimReports: q(
    `SELECT id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
      reported_at, certainty, quote FROM claim_report WHERE claim_id = $1 ORDER BY id DESC LIMIT $2`,
  ),
  corroborations: q(
    `SELECT id, source_key, source_entity, source_name, content, reports FROM claim
      WHERE prop = $1 AND polarity = $2 AND source_key <> $3 ORDER BY id LIMIT $4`,
  ),
  topicClaims: q(
    `SELECT ${claimCols} FROM claim c WHERE c.id IN (
      SELECT r.claim_id FROM (SELECT id FROM claim_report WHERE tsv @@ $1::tsquery ORDER BY id DESC LIMIT 1000) f
      JOIN claim_report r ON r.id = f.id)
      AND c.said BETWEEN $2 AND $3 ORDER BY c.said DESC, c.id DESC LIMIT $4`,
  ),

  eventById: q("SELECT type, time, when_day, location, first_seen, last_seen, reports FROM event WHERE id = $1"),
  eventParticipants: q("SELECT entity_id, role FROM event_participant WHERE event_id = $1 ORDER BY role, entity_id"),
  eventReports: q(
    `SELECT r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value, r.count_min,
      r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name, cr.local_id AS claim_local
      FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
      WHERE r.event_id = $1 ORDER BY r.id DESC LIMIT $2`,
  ),
  eventsOf: q(
    `SELECT event_id, max(when_day) AS when_day FROM event_participant
      WHERE entity_id = $1 AND when_day BETWEEN $2 AND $3 GROUP BY event_id ORDER BY when_day DESC, event_id DESC
      LIMIT $4`,
  ),
  eventsAll: q(
    "SELECT id, when_day FROM event WHERE when_day BETWEEN $1 AND $2 ORDER BY when_day DESC, id DESC LIMIT $3",
  ),
  eventsOfClaim: q(
    `SELECT DISTINCT e.id, e.when_day FROM claim_report r JOIN event_report er ON er.claim_report_id = r.id
      JOIN event e ON e.id = er.event_id WHERE r.claim_id = $1 AND e.when_day BETWEEN $2 AND $3 LIMIT 20`,
  ),

  searchDocuments: q(
    `SELECT p.id, ts_headline('simple', d.text, $1::tsquery, $5) AS snippet FROM (
      SELECT id, ts_rank(tsv, $1::tsquery) AS rank FROM (
        SELECT id, tsv FROM document WHERE tsv @@ $1::tsquery ORDER BY id DESC LIMIT $2) pool
      ORDER BY rank DESC, id DESC LIMIT $3 OFFSET $4) p
    JOIN document d ON d.id = p.id ORDER BY p.rank DESC, p.id DESC`,
  ),
  searchClaims: q(
    `SELECT r.claim_id, r.doc, r.local_id, r.content, c.source_name FROM (
      SELECT id, ts_rank(tsv, $1::tsquery) AS rank FROM (
        SELECT id, tsv FROM claim_report WHERE tsv @@ $1::tsquery ORDER BY id DESC LIMIT $2) pool
      ORDER BY rank DESC, id DESC LIMIT $3 OFFSET $4) p
    JOIN claim_report r ON r.id = p.id JOIN claim c ON c.id = r.claim_id ORDER BY p.rank DESC, p.id DESC`,
  ),

  conflictById: q("SELECT kind, origin, note, first_seen, last_seen FROM conflict WHERE id = $1"),
  conflictTally: q("SELECT side, evidence FROM conflict_tally WHERE conflict_id = $1 ORDER BY side"),
  // The evidence row: its claim report (with the claim's source), and the event report it stands for or, for a
  // claim, the one it reports (a counted one first), as SQLite reads them one by one.
  conflictEvidence: q(
    `SELECT
      (SELECT to_jsonb(x) FROM (SELECT r.doc, r.local_id, r.content_start, r.content_end, r.content, r.reported_at,
        r.polarity, c.source_name, c.source_entity FROM claim_report r JOIN claim c ON c.id = r.claim_id
        WHERE r.id = s.claim_report_id) x) AS cr,
      COALESCE(
        (SELECT to_jsonb(x) FROM (SELECT ${evidenceCols} FROM event_report WHERE id = s.event_report_id) x),
        (SELECT to_jsonb(x) FROM (SELECT ${evidenceCols} FROM event_report
          WHERE s.event_report_id = 0 AND claim_report_id = s.claim_report_id
          ORDER BY (count_value IS NULL AND count_min IS NULL), id LIMIT 1) x)) AS ev
      FROM conflict_side s WHERE s.conflict_id = $1 AND s.side = $2
      ORDER BY s.claim_report_id DESC, s.event_report_id DESC LIMIT $3`,
  ),
  conflictsAll: q("SELECT id FROM conflict ORDER BY id DESC LIMIT $1 OFFSET $2"),
  conflictsOfKind: q("SELECT id FROM conflict WHERE kind = $1 ORDER BY id DESC LIMIT $2 OFFSET $3"),
  conflictsAbout: q(
    `SELECT ce.conflict_id FROM conflict_entity ce JOIN conflict c ON c.id = ce.conflict_id
      WHERE ce.entity_id = $1 AND ($2::text IS NULL OR c.kind = $2) ORDER BY ce.conflict_id DESC LIMIT $3`,
  ),

  sources: q(
    `SELECT key, entity_id, name, claims, cited, first_seen, last_seen FROM source_stat
      ORDER BY claims + cited DESC, key LIMIT $1 OFFSET $2`,
  ),
  cites: q(
    `SELECT c.to_key AS key, s.name, s.entity_id, c.count FROM citation c JOIN source_stat s ON s.key = c.to_key
      WHERE c.from_key = $1 ORDER BY c.count DESC, c.to_key LIMIT $2`,
  ),
  citedBy: q(
    `SELECT c.from_key AS key, s.name, s.entity_id, c.count FROM citation c JOIN source_stat s ON s.key = c.from_key
      WHERE c.to_key = $1 ORDER BY c.count DESC, c.from_key LIMIT $2`,
  ),

  // Export: keyset pages, and each page's dependent rows over the array of its ids.
  entityPage: q(
    `SELECT ${entityCols} FROM entity e WHERE e.id > $1 AND ($2::text[] IS NULL OR e.type = ANY($2::text[]))
      ORDER BY e.id LIMIT $3`,
  ),
  allAliases: q(
    "SELECT entity_id, text, count FROM entity_alias WHERE entity_id = ANY($1::int[]) ORDER BY entity_id, count DESC, text",
  ),
  allRoles: q(
    "SELECT entity_id, role, count FROM entity_role WHERE entity_id = ANY($1::int[]) ORDER BY entity_id, count DESC, role",
  ),
  geo: q(
    `SELECT (x.value -> 'geo' ->> 'lat')::float8 AS lat, (x.value -> 'geo' ->> 'lon')::float8 AS lon
      FROM (SELECT doc, local_id FROM entity_doc WHERE entity_id = $1 ORDER BY doc LIMIT $2) ed
      JOIN document d ON d.id = ed.doc, jsonb_array_elements(d.analysis::jsonb -> 'entities') x
      WHERE x.value ->> 'id' = ed.local_id AND jsonb_typeof(x.value -> 'geo' -> 'lat') = 'number'
      ORDER BY ed.doc LIMIT 1`,
  ),
  exportEntity: q("SELECT id, name, type, key FROM entity WHERE id = $1"),
  documents: q(`SELECT ${documentCols} FROM document WHERE id > $1 ORDER BY id LIMIT $2`),
  documentsWithAnalysis: q(`SELECT ${documentCols}, analysis FROM document WHERE id > $1 ORDER BY id LIMIT $2`),
  documentEntities: q(
    `SELECT ed.doc, ed.local_id, e.id, e.name, e.type, e.key FROM entity_doc ed JOIN entity e ON e.id = ed.entity_id
      WHERE ed.doc = ANY($1::int[]) ORDER BY ed.doc, ed.local_id`,
  ),
  documentClaims: q(
    `SELECT r.doc, r.local_id, r.claim_id, c.source_key, c.polarity, c.prop, se.key AS source_entity_key
      FROM claim_report r JOIN claim c ON c.id = r.claim_id LEFT JOIN entity se ON se.id = c.source_entity
      WHERE r.doc = ANY($1::int[]) ORDER BY r.doc, r.id`,
  ),
  claimPage: q(
    `SELECT c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said,
      c.first_seen, c.last_seen, se.key AS source_entity_key, se.type AS source_entity_type
      FROM claim c LEFT JOIN entity se ON se.id = c.source_entity WHERE c.id > $1 ORDER BY c.id LIMIT $2`,
  ),
  claimReportsAll: q(
    `SELECT claim_id, id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
      reported_at, certainty, quote, polarity FROM claim_report WHERE claim_id = ANY($1::int[]) ORDER BY claim_id, id`,
  ),
  claimAboutAll: q(
    `SELECT a.claim_id, e.id, e.name, e.type, e.key FROM claim_about a JOIN entity e ON e.id = a.entity_id
      WHERE a.claim_id = ANY($1::int[]) ORDER BY a.claim_id, e.id`,
  ),
  eventPage: q(
    `SELECT id, type, key, time, when_day, location, first_seen, last_seen, reports FROM event
      WHERE id > $1 ORDER BY id LIMIT $2`,
  ),
  eventParticipantsAll: q(
    `SELECT event_id, entity_id, role FROM event_participant WHERE event_id = ANY($1::int[])
      ORDER BY event_id, role, entity_id`,
  ),
  eventReportsAll: q(
    `SELECT r.event_id, r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value,
      r.count_min, r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name,
      cr.local_id AS claim_local
      FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
      WHERE r.event_id = ANY($1::int[]) ORDER BY r.event_id, r.id`,
  ),
};
