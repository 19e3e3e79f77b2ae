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
  entitySummary,
  eventReportView,
  exportEntityRef,
  type Row,
} from "../shared/rows.js";
import { statement as q, type Sql } from "./sql.js";

// Rows per page: small enough that a page of article texts stays a few MB, large enough to keep queries few.
const PAGE = 500;
const DOCUMENT_PAGE = 32;
const GEO_DOCUMENTS = 5;
const CACHE_LIMIT = 10_000;

/**
 * The export side on PostgreSQL: keyset pagination (id > last seen) over each table, as in the SQLite store, so each
 * stream holds one page at a time. A page's dependent rows (aliases, reports …) are read for the whole page at once.
 */
export class PgExportReader {
  private readonly articles = new Map<number, ArticleRef>();
  private readonly entities = new Map<number, ExportEntityRef>();

  constructor(private readonly sql: Sql) {}

  async *entityStream(options: ExportEntityOptions = {}): AsyncGenerator<ExportEntity> {
    const types = options.types && options.types.length > 0 ? options.types : null;
    let after = 0;
    for (;;) {
      const rows = await this.sql.all(S.entities, after, types, PAGE);
      const ids = rows.map((r) => r.id as number);
      const aliases = group(await this.sql.all(S.aliases, ids), "entity_id");
      const roles = group(await this.sql.all(S.roles, ids), "entity_id");
      for (const r of rows) {
        const id = r.id as number;
        yield {
          ...entitySummary(r),
          aliases: (aliases.get(id) ?? []).map((a) => ({ text: a.text as string, count: a.count as number })),
          roles: (roles.get(id) ?? []).map((a) => ({ role: a.role as string, count: a.count as number })),
          geo: options.geo && (r.type === "GPE" || r.type === "LOC") ? await this.geo(id) : null,
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  async *documentStream(options: ExportDocumentOptions = {}): AsyncGenerator<ExportDocument> {
    const page = options.analysis ? S.documentsWithAnalysis : S.documents;
    let after = 0;
    for (;;) {
      const rows = await this.sql.all(page, after, DOCUMENT_PAGE);
      const ids = rows.map((r) => r.id as number);
      const entities = group(await this.sql.all(S.documentEntities, ids), "doc");
      const claims = group(await this.sql.all(S.documentClaims, ids), "doc");
      for (const r of rows) {
        const row = r.id as number;
        const text = r.text as string;
        let analysis: Analysis | null = null;
        if (options.analysis) {
          const a = JSON.parse(r.analysis as string) as Analysis;
          analysis = { ...a, document: { ...a.document, text } };
        }
        yield {
          article: articleRef(r),
          text,
          analysis,
          entities: (entities.get(row) ?? []).map((e) => ({ local: e.local_id as string, entity: exportEntityRef(e) })),
          claims: (claims.get(row) ?? []).map((c) => ({
            local: c.local_id as string,
            claim: c.claim_id as number,
            identity: claimIdentity(c),
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
      const rows = await this.sql.all(S.claims, after, PAGE);
      const ids = rows.map((r) => r.id as number);
      const about = group(await this.sql.all(S.claimAbout, ids), "claim_id");
      const reports = group(await this.sql.all(S.claimReports, ids), "claim_id");
      await this.loadArticles([...reports.values()].flat().map((x) => x.doc as number));
      for (const r of rows) {
        const id = r.id as number;
        const list: ExportClaimReport[] = [];
        for (const x of reports.get(id) ?? []) list.push(await this.claimReport(x));
        yield {
          id,
          identity: claimIdentity(r),
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
          about: (about.get(id) ?? []).map(exportEntityRef),
          reports: list,
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]?.id as number;
    }
  }

  async *eventStream(): AsyncGenerator<ExportEvent> {
    let after = 0;
    for (;;) {
      const rows = await this.sql.all(S.events, after, PAGE);
      const ids = rows.map((r) => r.id as number);
      const reportRows = group(await this.sql.all(S.eventReports, ids), "event_id");
      const participants = group(await this.sql.all(S.eventParticipants, ids), "event_id");
      await this.loadArticles([...reportRows.values()].flat().map((x) => x.doc as number));
      for (const e of rows) {
        const id = e.id as number;
        const reports: EventReportView[] = (reportRows.get(id) ?? []).map((x) =>
          eventReportView(x, this.article(x.doc as number)),
        );
        const location = (e.location as number | null) ?? null;
        const parts: ExportEvent["participants"] = [];
        for (const p of participants.get(id) ?? [])
          if (p.role !== "place")
            parts.push({ role: p.role as string, entity: await this.entityRef(p.entity_id as number) });
        yield {
          id,
          identity: `${e.key as string}@${reports[0]?.id ?? ""}`,
          type: e.type as string,
          time: (e.time as string | null) ?? null,
          when: (e.when_day as string) || null,
          location: location === null ? null : await this.entityRef(location),
          participants: parts,
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

  /** The first coordinates one of the entity's articles gave it (read on the server from the stored JSON). */
  private async geo(entity: number): Promise<{ lat: number; lon: number } | null> {
    const r = await this.sql.get<{ lat: unknown; lon: unknown }>(S.geo, entity, GEO_DOCUMENTS);
    if (!r || typeof r.lat !== "number" || typeof r.lon !== "number") return null;
    return { lat: r.lat, lon: r.lon };
  }

  private async loadArticles(docs: readonly number[]): Promise<void> {
    const missing = [...new Set(docs)].filter((d) => !this.articles.has(d));
    if (missing.length === 0) return;
    // Bounded: reports of one page of claims or events name a limited set of articles.
    if (this.articles.size + missing.length > CACHE_LIMIT) this.articles.clear();
    for (const r of await this.sql.all(S.articles, missing)) this.articles.set(r.id as number, articleRef(r));
  }

  private article(doc: number): ArticleRef {
    const hit = this.articles.get(doc);
    if (!hit) throw new Error(`article row ${doc} was not loaded`);
    return hit;
  }

  private async entityRef(id: number): Promise<ExportEntityRef> {
    const hit = this.entities.get(id);
    if (hit) return hit;
    const ref = exportEntityRef((await this.sql.get(S.entity, id)) as Row);
    if (this.entities.size >= CACHE_LIMIT) this.entities.clear();
    this.entities.set(id, ref);
    return ref;
  }

  private async claimReport(r: Row): Promise<ExportClaimReport> {
    const view = claimReportView(r, this.article(r.doc as number));
    const via: ExportClaimReport["via"] = [];
    for (const v of view.via)
      via.push({ text: v.text, entity: v.entity === null ? null : await this.entityRef(v.entity) });
    return { ...view, via, polarity: r.polarity as Polarity };
  }
}

/** Rows by one of their columns, each list in the rows' order. */
function group(rows: readonly Row[], by: string): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const r of rows) {
    const k = r[by] as number;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const documentCols = "id, doc_id, title, source, url, published, text";

const S = {
  entities: q(
    `SELECT e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen
      FROM entity e WHERE e.id > $1 AND ($2::text[] IS NULL OR e.type = ANY($2::text[])) ORDER BY e.id LIMIT $3`,
  ),
  aliases: q(
    "SELECT entity_id, text, count FROM entity_alias WHERE entity_id = ANY($1::int[]) ORDER BY entity_id, count DESC, text",
  ),
  roles: q(
    "SELECT entity_id, role, count FROM entity_role WHERE entity_id = ANY($1::int[]) ORDER BY entity_id, count DESC, role",
  ),
  geo: q(
    `SELECT (x.value -> 'geo' ->> 'lat')::float8 AS lat, (x.value -> 'geo' ->> 'lon')::float8 AS lon
      FROM (SELECT doc, local_id FROM entity_doc WHERE entity_id = $1 ORDER BY doc LIMIT $2) ed
      JOIN document d ON d.id = ed.doc, jsonb_array_elements(d.analysis::jsonb -> 'entities') x
      WHERE x.value ->> 'id' = ed.local_id AND jsonb_typeof(x.value -> 'geo' -> 'lat') = 'number'
      ORDER BY ed.doc LIMIT 1`,
  ),
  entity: q("SELECT id, name, type, key FROM entity WHERE id = $1"),
  articles: q("SELECT id, doc_id, title, source, url, published FROM document WHERE id = ANY($1::int[])"),

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

  claims: q(
    `SELECT c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said,
      c.first_seen, c.last_seen, se.key AS source_entity_key, se.type AS source_entity_type
      FROM claim c LEFT JOIN entity se ON se.id = c.source_entity WHERE c.id > $1 ORDER BY c.id LIMIT $2`,
  ),
  claimReports: q(
    `SELECT claim_id, id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text, via,
      reported_at, certainty, quote, polarity FROM claim_report WHERE claim_id = ANY($1::int[]) ORDER BY claim_id, id`,
  ),
  claimAbout: q(
    `SELECT a.claim_id, e.id, e.name, e.type, e.key FROM claim_about a JOIN entity e ON e.id = a.entity_id
      WHERE a.claim_id = ANY($1::int[]) ORDER BY a.claim_id, e.id`,
  ),

  events: q(
    `SELECT id, type, key, time, when_day, location, first_seen, last_seen, reports FROM event
      WHERE id > $1 ORDER BY id LIMIT $2`,
  ),
  eventParticipants: q(
    `SELECT event_id, entity_id, role FROM event_participant WHERE event_id = ANY($1::int[])
      ORDER BY event_id, role, entity_id`,
  ),
  eventReports: q(
    `SELECT r.event_id, r.doc, r.local_id, r.trigger_start, r.trigger_end, r.trigger, r.time, r.count_value,
      r.count_min, r.count_approx, r.factuality, r.source_key, r.source_entity, r.source_name,
      cr.local_id AS claim_local
      FROM event_report r LEFT JOIN claim_report cr ON cr.id = r.claim_report_id
      WHERE r.event_id = ANY($1::int[]) ORDER BY r.event_id, r.id`,
  ),
};
