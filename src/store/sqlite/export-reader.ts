import type { Analysis, EntityType, Polarity } from "../../article/analysis.js";
import type {
  ArticleRef,
  EventReportView,
  ExportClaim,
  ExportClaimReport,
  ExportDocument,
  ExportDocumentOptions,
  ExportEntity,
  ExportEntityOptions,
  ExportEntityRef,
  ExportEvent,
} from "../contract.js";
import {
  articleRef,
  claimIdentity,
  claimReportView,
  eventReportView,
  exportEntityRef,
  type Row,
} from "../shared/rows.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

// Rows per page: small enough that a page of article texts stays a few MB, large enough to keep queries few.
const PAGE = 500;
const DOCUMENT_PAGE = 32;
// Articles looked at for a place's coordinates: the first that has them wins.
const GEO_DOCUMENTS = 5;
const CACHE_LIMIT = 10_000;

/**
 * The export side of the store: keyset pagination (id > last seen) over each table, so every stream reads each row
 * once from an index and holds one page at a time, whatever the store's size.
 */
export class SqliteExportReader {
  private readonly s: ReturnType<typeof statements>;
  private readonly articles = new Map<number, ArticleRef>();
  private readonly entities = new Map<number, ExportEntityRef>();

  constructor(db: Database) {
    this.s = statements(db);
  }

  async *entityStream(options: ExportEntityOptions = {}): AsyncGenerator<ExportEntity> {
    const types = options.types && options.types.length > 0 ? JSON.stringify(options.types) : null;
    let after = 0;
    for (;;) {
      const rows = this.s.entities.all(after, types, types, PAGE) as Row[];
      for (const r of rows) {
        const id = r.id as number;
        yield {
          id,
          key: r.key as string,
          name: r.name as string,
          type: r.type as EntityType,
          country: (r.country as string | null) ?? null,
          local: r.local === 1,
          mentions: r.mentions as number,
          documents: r.documents as number,
          firstSeen: (r.first_seen as string | null) ?? null,
          lastSeen: (r.last_seen as string | null) ?? null,
          aliases: this.s.aliases.all(id) as { text: string; count: number }[],
          roles: this.s.roles.all(id) as { role: string; count: number }[],
          geo: options.geo && (r.type === "GPE" || r.type === "LOC") ? this.geo(id) : null,
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  async *documentStream(options: ExportDocumentOptions = {}): AsyncGenerator<ExportDocument> {
    const page = options.analysis ? this.s.documentsWithAnalysis : this.s.documents;
    let after = 0;
    for (;;) {
      const rows = page.all(after, DOCUMENT_PAGE) as Row[];
      for (const r of rows) {
        const row = r.id as number;
        const text = r.text as string;
        let analysis: Analysis | null = null;
        if (options.analysis) {
          const a = JSON.parse(r.analysis as string) as Analysis;
          analysis = { ...a, document: { ...a.document, text } };
        }
        yield {
          article: this.toArticle(r),
          text,
          analysis,
          entities: (this.s.documentEntities.all(row) as Row[]).map((e) => ({
            local: e.local_id as string,
            entity: this.toEntityRef(e),
          })),
          claims: (this.s.documentClaims.all(row) as Row[]).map((c) => ({
            local: c.local_id as string,
            claim: c.claim_id as number,
            identity: identity(c),
          })),
        };
      }
      if (rows.length < DOCUMENT_PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  async *claimStream(): AsyncGenerator<ExportClaim> {
    let after = 0;
    for (;;) {
      const rows = this.s.claims.all(after, PAGE) as Row[];
      for (const r of rows) {
        const id = r.id as number;
        yield {
          id,
          identity: identity(r),
          content: r.content as string,
          source: {
            key: r.source_key as string,
            name: r.source_name as string,
            entity: (r.source_entity as number | null) ?? null,
            entityKey: (r.source_entity_key as string | null) ?? null,
            entityType: (r.source_entity_type as EntityType | null) ?? null,
          },
          polarity: r.polarity as Polarity,
          said: (r.said as string) || null,
          firstSeen: (r.first_seen as string | null) ?? null,
          lastSeen: (r.last_seen as string | null) ?? null,
          about: (this.s.claimAbout.all(id) as Row[]).map((e) => this.toEntityRef(e)),
          reports: (this.s.claimReports.all(id) as Row[]).map((x) => this.claimReport(x)),
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  async *eventStream(): AsyncGenerator<ExportEvent> {
    let after = 0;
    for (;;) {
      const rows = this.s.events.all(after, PAGE) as Row[];
      for (const e of rows) {
        const id = e.id as number;
        const reports = (this.s.eventReports.all(id) as Row[]).map((x) => this.eventReport(x));
        const location = (e.location as number | null) ?? null;
        yield {
          id,
          identity: `${e.key as string}@${reports[0]?.id ?? ""}`,
          type: e.type as string,
          time: (e.time as string | null) ?? null,
          when: (e.when_day as string) || null,
          location: location === null ? null : this.entityRef(location),
          participants: (this.s.eventParticipants.all(id) as { entity_id: number; role: string }[])
            .filter((p) => p.role !== "place")
            .map((p) => ({ role: p.role, entity: this.entityRef(p.entity_id) })),
          reportCount: e.reports as number,
          firstSeen: (e.first_seen as string | null) ?? null,
          lastSeen: (e.last_seen as string | null) ?? null,
          reports,
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────

  /** The first coordinates one of the entity's articles gave it (read inside SQLite, without parsing in JS). */
  private geo(entity: number): { lat: number; lon: number } | null {
    const r = this.s.geo.get(entity, GEO_DOCUMENTS) as { lat: unknown; lon: unknown } | undefined;
    if (!r || typeof r.lat !== "number" || typeof r.lon !== "number") return null;
    return { lat: r.lat, lon: r.lon };
  }

  private toArticle(r: Row): ArticleRef {
    return articleRef(r);
  }

  private article(doc: number): ArticleRef {
    const hit = this.articles.get(doc);
    if (hit) return hit;
    const ref = this.toArticle(this.s.article.get(doc) as Row);
    // Bounded: reports of one page of claims or events name a limited set of articles.
    if (this.articles.size >= CACHE_LIMIT) this.articles.clear();
    this.articles.set(doc, ref);
    return ref;
  }

  private toEntityRef(r: Row): ExportEntityRef {
    return exportEntityRef(r);
  }

  private entityRef(id: number): ExportEntityRef {
    const hit = this.entities.get(id);
    if (hit) return hit;
    const ref = this.toEntityRef(this.s.entity.get(id) as Row);
    if (this.entities.size >= CACHE_LIMIT) this.entities.clear();
    this.entities.set(id, ref);
    return ref;
  }

  private claimReport(r: Row): ExportClaimReport {
    const view = claimReportView(r, this.article(r.doc as number));
    return {
      ...view,
      via: view.via.map((v) => ({ text: v.text, entity: v.entity === null ? null : this.entityRef(v.entity) })),
      polarity: r.polarity as Polarity,
    };
  }

  private eventReport(r: Row): EventReportView {
    return eventReportView(r, this.article(r.doc as number));
  }
}

const identity = claimIdentity;

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  const documentCols = "id, doc_id, title, source, url, published, text";
  return {
    entities: p(
      `SELECT e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen
        FROM entity e WHERE e.id > ? AND (? IS NULL OR e.type IN (SELECT value FROM json_each(?)))
        ORDER BY e.id LIMIT ?`,
    ),
    aliases: p("SELECT text, count FROM entity_alias WHERE entity_id = ? ORDER BY count DESC, text"),
    roles: p("SELECT role, count FROM entity_role WHERE entity_id = ? ORDER BY count DESC, role"),
    geo: p(
      `SELECT json_extract(x.value, '$.geo.lat') AS lat, json_extract(x.value, '$.geo.lon') AS lon
        FROM (SELECT doc, local_id FROM entity_doc WHERE entity_id = ?1 ORDER BY doc LIMIT ?2) ed
        JOIN document d ON d.id = ed.doc, json_each(d.analysis, '$.entities') x
        WHERE json_extract(x.value, '$.id') = ed.local_id AND json_extract(x.value, '$.geo.lat') IS NOT NULL
        LIMIT 1`,
    ),
    entity: p("SELECT id, name, type, key FROM entity WHERE id = ?"),
    article: p("SELECT doc_id, title, source, url, published FROM document WHERE id = ?"),

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

    claims: p(
      `SELECT c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said,
        c.first_seen, c.last_seen, se.key AS source_entity_key, se.type AS source_entity_type
        FROM claim c LEFT JOIN entity se ON se.id = c.source_entity WHERE c.id > ? ORDER BY c.id LIMIT ?`,
    ),
    claimReports: p(
      `SELECT id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
        reported_at, certainty, quote, polarity FROM claim_report WHERE claim_id = ? ORDER BY id`,
    ),
    claimAbout: p(
      `SELECT e.id, e.name, e.type, e.key FROM claim_about a JOIN entity e ON e.id = a.entity_id
        WHERE a.claim_id = ? ORDER BY e.id`,
    ),

    events: p(
      `SELECT id, type, key, time, when_day, location, first_seen, last_seen, reports FROM event
        WHERE id > ? ORDER BY id LIMIT ?`,
    ),
    eventParticipants: p("SELECT entity_id, role FROM event_participant WHERE event_id = ? ORDER BY role, entity_id"),
    eventReports: p(
      `SELECT r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value, r.count_min,
        r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name, cr.local_id AS claim_local
        FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
        WHERE r.event_id = ? ORDER BY r.id`,
    ),
  };
}
