import { type EvidenceRows, eachId, type ReaderPort } from "../shared/reader-port.js";
import type { Row } from "../shared/rows.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";
import { ftsQuery } from "./fts-query.js";

/**
 * The read side's statements on SQLite (shared/query-reader.ts, shared/export-reader.ts): synchronous, and a query
 * costs no round trip, so rows that depend on a list are read one by one, each from an index.
 */
export class SqliteReaderPort implements ReaderPort {
  private readonly s: ReturnType<typeof statements>;

  constructor(db: Database) {
    this.s = statements(db);
  }

  searchQuery(text: string, prefixLast = false): string | null {
    return ftsQuery(text, prefixLast);
  }

  documentRow(id: string): number | undefined {
    return (this.s.documentId.get(id) as { id: number } | undefined)?.id;
  }

  documentAnalysis(id: string): { analysis: string; text: string } | undefined {
    return this.s.documentAnalysis.get(id) as { analysis: string; text: string } | undefined;
  }

  entityLinks(doc: number): Row[] {
    return this.s.entityLinks.all(doc);
  }

  eventLinks(doc: number): Row[] {
    return this.s.eventLinks.all(doc);
  }

  counters(): { name: string; value: number }[] {
    return this.s.counters.all() as { name: string; value: number }[];
  }

  articles(docs: readonly number[]): Row[] {
    return docs.flatMap((doc) => this.s.article.all(doc));
  }

  entityRef(id: number): Row {
    return this.s.entityRef.get(id) as Row;
  }

  entitiesByNorm(form: string, limit: number): Row[] {
    return this.s.entitiesByNorm.all(form, limit);
  }

  entitiesByAlias(form: string, limit: number): Row[] {
    return this.s.entitiesByAlias.all(form, limit);
  }

  entitiesByPart(part: string, limit: number): Row[] {
    return this.s.entitiesByPart.all(part, limit);
  }

  entitiesMatching(match: string, type: string | null, limit: number, offset: number): Row[] {
    return this.s.entitiesMatching.all(match, type, type, limit, offset);
  }

  entitiesOfType(type: string, limit: number, offset: number): Row[] {
    return this.s.entitiesOfType.all(type, limit, offset);
  }

  entitiesTop(limit: number, offset: number): Row[] {
    return this.s.entitiesTop.all(limit, offset);
  }

  entityDocs(entity: number, limit: number): { doc: number }[] {
    return this.s.entityDocs.all(entity, limit) as { doc: number }[];
  }

  mentionsIn(doc: number, entity: number, limit: number): Row[] {
    return this.s.mentionsIn.all(doc, entity, limit);
  }

  aliases(entity: number, limit: number): { text: string; count: number }[] {
    return this.s.aliases.all(entity, limit) as { text: string; count: number }[];
  }

  roles(entity: number, limit: number): { role: string; count: number }[] {
    return this.s.roles.all(entity, limit) as { role: string; count: number }[];
  }

  claimsAll(from: string, to: string, limit: number, offset: number): Row[] {
    return this.s.claimsAll.all(from, to, limit, offset);
  }

  claimsBy(entity: number, from: string, to: string, limit: number, offset: number): Row[] {
    return this.s.claimsBy.all(entity, from, to, limit, offset);
  }

  claimsAbout(entity: number, from: string, to: string, limit: number, offset: number): Row[] {
    return this.s.claimsAboutEntity.all(entity, from, to, limit, offset);
  }

  claimReports(claim: number, limit: number): Row[] {
    return this.s.claimReports.all(claim, limit);
  }

  corroborations(prop: unknown, polarity: unknown, sourceKey: unknown, limit: number): Row[] {
    return this.s.corroborations.all(prop, polarity, sourceKey, limit);
  }

  topicClaims(match: string, from: string, to: string, limit: number): Row[] {
    return this.s.topicClaims.all(match, from, to, limit);
  }

  eventById(id: number): Row {
    return this.s.eventById.get(id) as Row;
  }

  eventParticipants(id: number): { entity_id: number; role: string }[] {
    return this.s.eventParticipants.all(id) as { entity_id: number; role: string }[];
  }

  eventReports(id: number, limit: number): Row[] {
    return this.s.eventReports.all(id, limit);
  }

  eventsOf(entity: number, from: string, to: string, limit: number): { event_id: number; when_day: string }[] {
    return this.s.eventsOf.all(entity, from, to, limit) as { event_id: number; when_day: string }[];
  }

  eventsAll(from: string, to: string, limit: number): { id: number; when_day: string }[] {
    return this.s.eventsAll.all(from, to, limit) as { id: number; when_day: string }[];
  }

  eventsOfClaim(claim: number, from: string, to: string): { id: number; when_day: string }[] {
    return this.s.eventsOfClaim.all(claim, from, to) as { id: number; when_day: string }[];
  }

  searchDocuments(match: string, pool: number, limit: number, offset: number): { id: number; snippet: string }[] {
    // Snippets for the page shown only: FTS5 makes one per row it is asked about.
    return (this.s.searchDocuments.all(match, pool, limit, offset) as { id: number }[]).map((r) => ({
      id: r.id,
      snippet: (this.s.documentSnippet.get(match, r.id) as { snippet: string }).snippet,
    }));
  }

  searchClaims(match: string, pool: number, limit: number, offset: number): Row[] {
    return (this.s.searchClaims.all(match, pool, limit, offset) as { id: number }[]).map(
      (r) => this.s.claimHit.get(r.id) as Row,
    );
  }

  conflictById(id: number): Row {
    return this.s.conflictById.get(id) as Row;
  }

  conflictTally(id: number): { side: number; evidence: number }[] {
    return this.s.conflictTally.all(id) as { side: number; evidence: number }[];
  }

  conflictEvidence(id: number, side: number, wanted: number): EvidenceRows[] {
    const out: EvidenceRows[] = [];
    let found = 0;
    for (const s of this.s.conflictSide.all(id, side, wanted * 2)) {
      if (found >= wanted) break;
      const claimReport = s.claim_report_id as number;
      const eventReport = s.event_report_id as number;
      const ev = eventReport
        ? this.s.eventReportById.get(eventReport)
        : claimReport
          ? this.s.eventReportOfClaim.get(claimReport)
          : undefined;
      const cr = claimReport ? this.s.claimReportFull.get(claimReport) : undefined;
      out.push({ cr, ev });
      if (cr || ev) found++;
    }
    return out;
  }

  conflictsAll(limit: number, offset: number): { id: number }[] {
    return this.s.conflictsAll.all(limit, offset) as { id: number }[];
  }

  conflictsOfKind(kind: string, limit: number, offset: number): { id: number }[] {
    return this.s.conflictsOfKind.all(kind, limit, offset) as { id: number }[];
  }

  conflictsAbout(entity: number, kind: string | null, limit: number): { conflict_id: number }[] {
    return this.s.conflictsAbout.all(entity, kind, kind, limit) as { conflict_id: number }[];
  }

  sources(limit: number, offset: number): Row[] {
    return this.s.sources.all(limit, offset);
  }

  cites(key: string, limit: number): Row[] {
    return this.s.cites.all(key, limit);
  }

  citedBy(key: string, limit: number): Row[] {
    return this.s.citedBy.all(key, limit);
  }

  // ── export ─────────────────────────────────────────────────────────────────────────────────────────────

  entityPage(after: number, types: readonly string[] | null, limit: number): Row[] {
    const list = types ? JSON.stringify(types) : null;
    return this.s.entityPage.all(after, list, list, limit);
  }

  entityAliases(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.allAliases.all(id));
  }

  entityRoles(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.allRoles.all(id));
  }

  geo(entity: number, documents: number): { lat: unknown; lon: unknown } | undefined {
    return this.s.geo.get(entity, documents) as { lat: unknown; lon: unknown } | undefined;
  }

  exportEntity(id: number): Row {
    return this.s.exportEntity.get(id) as Row;
  }

  documentPage(after: number, analysis: boolean, limit: number): Row[] {
    return (analysis ? this.s.documentsWithAnalysis : this.s.documents).all(after, limit);
  }

  documentEntities(docs: readonly number[]): Map<number, Row[]> {
    return eachId(docs, (doc) => this.s.documentEntities.all(doc));
  }

  documentClaims(docs: readonly number[]): Map<number, Row[]> {
    return eachId(docs, (doc) => this.s.documentClaims.all(doc));
  }

  claimPage(after: number, limit: number): Row[] {
    return this.s.claimPage.all(after, limit);
  }

  claimAboutAll(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.claimAboutAll.all(id));
  }

  claimReportsAll(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.claimReportsAll.all(id));
  }

  eventPage(after: number, limit: number): Row[] {
    return this.s.eventPage.all(after, limit);
  }

  eventParticipantsAll(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.eventParticipantsAll.all(id));
  }

  eventReportsAll(ids: readonly number[]): Map<number, Row[]> {
    return eachId(ids, (id) => this.s.eventReportsAll.all(id));
  }
}

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  const entityCols =
    "e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen";
  const claimCols =
    "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said, c.first_seen, c.last_seen, c.reports";
  const documentCols = "id, doc_id, title, source, url, published, text";
  return {
    documentId: p("SELECT id FROM document WHERE doc_id = ?"),
    documentAnalysis: p("SELECT analysis, text FROM document WHERE doc_id = ?"),
    entityLinks: p("SELECT local_id, entity_id AS id FROM entity_doc WHERE doc = ?"),
    eventLinks: p("SELECT local_id, event_id AS id FROM event_report WHERE doc = ?"),
    counters: p("SELECT name, value FROM counter"),
    article: p("SELECT id, doc_id, title, source, url, published FROM document WHERE id = ?"),
    entityRef: p("SELECT name, type FROM entity WHERE id = ?"),

    entitiesByNorm: p(`SELECT ${entityCols} FROM entity e WHERE e.norm = ? ORDER BY e.local, e.mentions DESC LIMIT ?`),
    entitiesByAlias: p(
      `SELECT ${entityCols} FROM entity_alias a JOIN entity e ON e.id = a.entity_id WHERE a.norm = ?
        ORDER BY e.local, e.mentions DESC LIMIT ?`,
    ),
    entitiesByPart: p(
      `SELECT ${entityCols} FROM entity_part p JOIN entity e ON e.id = p.entity_id WHERE p.part = ?
        ORDER BY e.mentions DESC LIMIT ?`,
    ),
    entitiesMatching: p(
      `SELECT ${entityCols} FROM entity e WHERE e.id IN (SELECT entity_id FROM entity_fts WHERE entity_fts MATCH ?)
        AND (? IS NULL OR e.type = ?) ORDER BY e.mentions DESC LIMIT ? OFFSET ?`,
    ),
    entitiesOfType: p(`SELECT ${entityCols} FROM entity e WHERE e.type = ? ORDER BY e.mentions DESC LIMIT ? OFFSET ?`),
    entitiesTop: p(`SELECT ${entityCols} FROM entity e ORDER BY e.mentions DESC LIMIT ? OFFSET ?`),
    entityDocs: p("SELECT doc FROM entity_doc WHERE entity_id = ? ORDER BY doc DESC LIMIT ?"),
    mentionsIn: p('SELECT start, "end", text FROM mention WHERE doc = ? AND entity_id = ? LIMIT ?'),
    aliases: p("SELECT text, count FROM entity_alias WHERE entity_id = ? ORDER BY count DESC LIMIT ?"),
    roles: p("SELECT role, count FROM entity_role WHERE entity_id = ? ORDER BY count DESC LIMIT ?"),

    claimsAll: p(
      `SELECT ${claimCols} FROM claim c WHERE c.said BETWEEN ? AND ? ORDER BY c.said DESC, c.id DESC LIMIT ? OFFSET ?`,
    ),
    claimsBy: p(
      `SELECT ${claimCols} FROM claim c WHERE c.source_entity = ? AND c.said BETWEEN ? AND ?
        ORDER BY c.said DESC, c.id DESC LIMIT ? OFFSET ?`,
    ),
    claimsAboutEntity: p(
      `SELECT ${claimCols} FROM claim_about a JOIN claim c ON c.id = a.claim_id
        WHERE a.entity_id = ? AND a.said BETWEEN ? AND ? ORDER BY a.said DESC, a.claim_id DESC LIMIT ? OFFSET ?`,
    ),
    claimReports: p(
      `SELECT id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
        reported_at, certainty, quote FROM claim_report WHERE claim_id = ? ORDER BY id DESC LIMIT ?`,
    ),
    corroborations: p(
      `SELECT id, source_key, source_entity, source_name, content, reports FROM claim
        WHERE prop = ? AND polarity = ? AND source_key <> ? LIMIT ?`,
    ),
    claimReportFull: p(
      `SELECT r.doc, r.local_id, r.content_start, r.content_end, r.content, r.reported_at, r.polarity,
        c.source_name, c.source_entity FROM claim_report r JOIN claim c ON c.id = r.claim_id WHERE r.id = ?`,
    ),
    topicClaims: p(
      `SELECT ${claimCols} FROM claim c WHERE c.id IN (
        SELECT r.claim_id FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1000) f
        JOIN claim_report r ON r.id = f.rowid)
        AND c.said BETWEEN ?2 AND ?3 ORDER BY c.said DESC LIMIT ?4`,
    ),

    eventById: p("SELECT type, time, when_day, location, first_seen, last_seen, reports FROM event WHERE id = ?"),
    eventParticipants: p("SELECT entity_id, role FROM event_participant WHERE event_id = ?"),
    eventReports: p(
      `SELECT r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value, r.count_min,
        r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name, cr.local_id AS claim_local
        FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
        WHERE r.event_id = ? ORDER BY r.id DESC LIMIT ?`,
    ),
    eventReportOfClaim: p(
      `SELECT doc, local_id, evidence_start, evidence_end, evidence, count_value, count_min, factuality, source_name,
        source_entity FROM event_report WHERE claim_report_id = ? ORDER BY count_value IS NULL AND count_min IS NULL
        LIMIT 1`,
    ),
    eventReportById: p(
      `SELECT doc, local_id, evidence_start, evidence_end, evidence, count_value, count_min, factuality, source_name,
        source_entity FROM event_report WHERE id = ?`,
    ),
    eventsOf: p(
      `SELECT DISTINCT event_id, when_day FROM event_participant WHERE entity_id = ? AND when_day BETWEEN ? AND ?
        ORDER BY when_day DESC LIMIT ?`,
    ),
    eventsAll: p("SELECT id, when_day FROM event WHERE when_day BETWEEN ? AND ? ORDER BY when_day DESC LIMIT ?"),
    eventsOfClaim: p(
      `SELECT DISTINCT e.id, e.when_day FROM claim_report r JOIN event_report er ON er.claim_report_id = r.id
        JOIN event e ON e.id = er.event_id WHERE r.claim_id = ? AND e.when_day BETWEEN ? AND ? LIMIT 20`,
    ),

    searchDocuments: p(
      `SELECT id FROM (SELECT rowid AS id, rank FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
        ORDER BY rank LIMIT ? OFFSET ?`,
    ),
    documentSnippet: p(
      `SELECT snippet(document_fts, 1, '«', '»', '…', 16) AS snippet FROM document_fts
        WHERE document_fts MATCH ? AND rowid = ?`,
    ),
    searchClaims: p(
      `SELECT id FROM (SELECT rowid AS id, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
        ORDER BY rank LIMIT ? OFFSET ?`,
    ),
    claimHit: p(
      `SELECT r.claim_id, r.doc, r.local_id, r.content, c.source_name FROM claim_report r JOIN claim c ON c.id = r.claim_id
        WHERE r.id = ?`,
    ),

    conflictById: p("SELECT kind, origin, note, first_seen, last_seen FROM conflict WHERE id = ?"),
    conflictTally: p("SELECT side, evidence FROM conflict_tally WHERE conflict_id = ? ORDER BY side"),
    conflictSide: p(
      `SELECT claim_report_id, event_report_id FROM conflict_side WHERE conflict_id = ? AND side = ?
        ORDER BY claim_report_id DESC, event_report_id DESC LIMIT ?`,
    ),
    conflictsAll: p("SELECT id FROM conflict ORDER BY id DESC LIMIT ? OFFSET ?"),
    conflictsOfKind: p("SELECT id FROM conflict WHERE kind = ? ORDER BY id DESC LIMIT ? OFFSET ?"),
    conflictsAbout: p(
      `SELECT ce.conflict_id FROM conflict_entity ce JOIN conflict c ON c.id = ce.conflict_id
        WHERE ce.entity_id = ? AND (? IS NULL OR c.kind = ?) ORDER BY ce.conflict_id DESC LIMIT ?`,
    ),

    sources: p(
      "SELECT key, entity_id, name, claims, cited, first_seen, last_seen FROM source_stat ORDER BY claims + cited DESC LIMIT ? OFFSET ?",
    ),
    cites: p(
      `SELECT c.to_key AS key, s.name, s.entity_id, c.count FROM citation c JOIN source_stat s ON s.key = c.to_key
        WHERE c.from_key = ? ORDER BY c.count DESC LIMIT ?`,
    ),
    citedBy: p(
      `SELECT c.from_key AS key, s.name, s.entity_id, c.count FROM citation c JOIN source_stat s ON s.key = c.from_key
        WHERE c.to_key = ? ORDER BY c.count DESC LIMIT ?`,
    ),

    // Export: keyset pages and the rows each page item carries, in full.
    entityPage: p(
      `SELECT ${entityCols} FROM entity e WHERE e.id > ? AND (? IS NULL OR e.type IN (SELECT value FROM json_each(?)))
        ORDER BY e.id LIMIT ?`,
    ),
    allAliases: p("SELECT text, count FROM entity_alias WHERE entity_id = ? ORDER BY count DESC, text"),
    allRoles: p("SELECT role, count FROM entity_role WHERE entity_id = ? ORDER BY count DESC, role"),
    geo: p(
      `SELECT json_extract(x.value, '$.geo.lat') AS lat, json_extract(x.value, '$.geo.lon') AS lon
        FROM (SELECT doc, local_id FROM entity_doc WHERE entity_id = ?1 ORDER BY doc LIMIT ?2) ed
        JOIN document d ON d.id = ed.doc, json_each(d.analysis, '$.entities') x
        WHERE json_extract(x.value, '$.id') = ed.local_id AND json_extract(x.value, '$.geo.lat') IS NOT NULL
        LIMIT 1`,
    ),
    exportEntity: p("SELECT id, name, type, key FROM entity WHERE id = ?"),
    documents: p(`SELECT ${documentCols} FROM document WHERE id > ? ORDER BY id LIMIT ?`),
    documentsWithAnalysis: p(`SELECT ${documentCols}, analysis FROM document WHERE id > ? ORDER BY id LIMIT ?`),
    documentEntities: p(
      `SELECT ed.local_id, e.id, e.name, e.type, e.key FROM entity_doc ed JOIN entity e ON e.id = ed.entity_id
        WHERE ed.doc = ? ORDER BY ed.local_id`,
    ),
    documentClaims: p(
      `SELECT r.local_id, r.claim_id, c.source_key, c.polarity, c.prop, se.key AS source_entity_key
        FROM claim_report r JOIN claim c ON c.id = r.claim_id LEFT JOIN entity se ON se.id = c.source_entity
        WHERE r.doc = ? ORDER BY r.id`,
    ),
    claimPage: p(
      `SELECT c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said,
        c.first_seen, c.last_seen, se.key AS source_entity_key, se.type AS source_entity_type
        FROM claim c LEFT JOIN entity se ON se.id = c.source_entity WHERE c.id > ? ORDER BY c.id LIMIT ?`,
    ),
    claimReportsAll: p(
      `SELECT id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
        reported_at, certainty, quote, polarity FROM claim_report WHERE claim_id = ? ORDER BY id`,
    ),
    claimAboutAll: p(
      `SELECT e.id, e.name, e.type, e.key FROM claim_about a JOIN entity e ON e.id = a.entity_id
        WHERE a.claim_id = ? ORDER BY e.id`,
    ),
    eventPage: p(
      `SELECT id, type, key, time, when_day, location, first_seen, last_seen, reports FROM event
        WHERE id > ? ORDER BY id LIMIT ?`,
    ),
    eventParticipantsAll: p(
      "SELECT entity_id, role FROM event_participant WHERE event_id = ? ORDER BY role, entity_id",
    ),
    eventReportsAll: p(
      `SELECT r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value, r.count_min,
        r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name, cr.local_id AS claim_local
        FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
        WHERE r.event_id = ? ORDER BY r.id`,
    ),
  };
}
