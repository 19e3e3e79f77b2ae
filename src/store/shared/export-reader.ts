import type { Analysis, EntityType, Polarity } from "../../article/analysis.js";
import type {
  ExportClaim,
  ExportClaimReport,
  ExportDocument,
  ExportDocumentOptions,
  ExportEntity,
  ExportEntityOptions,
  ExportEntityRef,
  ExportEvent,
} from "../contract.js";
import { ArticleCache, articleIn } from "./article-cache.js";
import type { ReaderPort } from "./reader-port.js";
import {
  articleRef,
  claimIdentity,
  claimReportView,
  entitySummary,
  eventReportView,
  exportEntityRef,
  type Row,
} from "./rows.js";
import { result, type Steps } from "./steps.js";

// Rows per page: small enough that a page of article texts stays a few MB, large enough to keep queries few.
const PAGE = 500;
const DOCUMENT_PAGE = 32;
// Articles looked at for a place's coordinates: the first that has them wins.
const GEO_DOCUMENTS = 5;
const CACHE_LIMIT = 10_000;

/** Runs a page's steps: straight through on a synchronous store, awaiting each answer on an asynchronous one. */
export type RunSteps = <T>(steps: Steps<T>) => T | Promise<T>;

/** One page of a stream: its items, and the id to continue after (null after the last page). */
interface Paged<T> {
  items: T[];
  next: number | null;
}

function paged<T>(rows: readonly Row[], size: number, items: T[]): Paged<T> {
  return { items, next: rows.length < size ? null : (rows[rows.length - 1]?.id as number) };
}

/**
 * The export side, for both stores: keyset pagination (id > last seen) over each table, so every stream reads each
 * row once from an index and holds one page at a time, whatever the store's size. A page is built by steps over the
 * store's ReaderPort (its dependent rows asked for by the page's ids), run by the store's `run`.
 */
export class ExportReader {
  private readonly articles: ArticleCache;
  private readonly entities = new Map<number, ExportEntityRef>();

  constructor(
    private readonly port: ReaderPort,
    private readonly run: RunSteps,
  ) {
    this.articles = new ArticleCache(port);
  }

  private async *pages<T>(page: (after: number) => Steps<Paged<T>>): AsyncGenerator<T> {
    let after: number | null = 0;
    while (after !== null) {
      const { items, next }: Paged<T> = await this.run(page(after));
      yield* items;
      after = next;
    }
  }

  entityStream(options: ExportEntityOptions = {}): AsyncGenerator<ExportEntity> {
    const types = options.types && options.types.length > 0 ? options.types : null;
    return this.pages((after) => this.entityPage(after, types, options.geo ?? false));
  }

  documentStream(options: ExportDocumentOptions = {}): AsyncGenerator<ExportDocument> {
    return this.pages((after) => this.documentPage(after, options.analysis ?? false));
  }

  claimStream(): AsyncGenerator<ExportClaim> {
    return this.pages((after) => this.claimPage(after));
  }

  eventStream(): AsyncGenerator<ExportEvent> {
    return this.pages((after) => this.eventPage(after));
  }

  private *entityPage(after: number, types: readonly string[] | null, geo: boolean): Steps<Paged<ExportEntity>> {
    const rows = yield* result(this.port.entityPage(after, types, PAGE));
    const ids = rows.map((r) => r.id as number);
    const aliases = yield* result(this.port.entityAliases(ids));
    const roles = yield* result(this.port.entityRoles(ids));
    const items: ExportEntity[] = [];
    for (const r of rows) {
      const id = r.id as number;
      items.push({
        ...entitySummary(r),
        aliases: (aliases.get(id) ?? []).map((a) => ({ text: a.text as string, count: a.count as number })),
        roles: (roles.get(id) ?? []).map((a) => ({ role: a.role as string, count: a.count as number })),
        geo: geo && (r.type === "GPE" || r.type === "LOC") ? yield* this.geo(id) : null,
      });
    }
    return paged(rows, PAGE, items);
  }

  private *documentPage(after: number, withAnalysis: boolean): Steps<Paged<ExportDocument>> {
    const rows = yield* result(this.port.documentPage(after, withAnalysis, DOCUMENT_PAGE));
    const ids = rows.map((r) => r.id as number);
    const entities = yield* result(this.port.documentEntities(ids));
    const claims = yield* result(this.port.documentClaims(ids));
    const items = rows.map((r): ExportDocument => {
      const row = r.id as number;
      const text = r.text as string;
      let analysis: Analysis | null = null;
      if (withAnalysis) {
        const a = JSON.parse(r.analysis as string) as Analysis;
        analysis = { ...a, document: { ...a.document, text } };
      }
      return {
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
    });
    return paged(rows, DOCUMENT_PAGE, items);
  }

  private *claimPage(after: number): Steps<Paged<ExportClaim>> {
    const rows = yield* result(this.port.claimPage(after, PAGE));
    const ids = rows.map((r) => r.id as number);
    const about = yield* result(this.port.claimAboutAll(ids));
    const reports = yield* result(this.port.claimReportsAll(ids));
    const articles = yield* this.articles.of([...reports.values()].flat().map((x) => x.doc as number));
    const items: ExportClaim[] = [];
    for (const r of rows) {
      const id = r.id as number;
      const list: ExportClaimReport[] = [];
      for (const x of reports.get(id) ?? []) {
        const view = claimReportView(x, articleIn(articles, x.doc as number));
        const via: ExportClaimReport["via"] = [];
        for (const v of view.via)
          via.push({
            text: v.text,
            entity: v.entity === null ? null : (this.entities.get(v.entity) ?? (yield* this.entityRef(v.entity))),
          });
        list.push({ ...view, via, polarity: x.polarity as Polarity });
      }
      items.push({
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
      });
    }
    return paged(rows, PAGE, items);
  }

  private *eventPage(after: number): Steps<Paged<ExportEvent>> {
    const rows = yield* result(this.port.eventPage(after, PAGE));
    const ids = rows.map((r) => r.id as number);
    const reportRows = yield* result(this.port.eventReportsAll(ids));
    const participants = yield* result(this.port.eventParticipantsAll(ids));
    const articles = yield* this.articles.of([...reportRows.values()].flat().map((x) => x.doc as number));
    const items: ExportEvent[] = [];
    for (const e of rows) {
      const id = e.id as number;
      const reports = (reportRows.get(id) ?? []).map((x) => eventReportView(x, articleIn(articles, x.doc as number)));
      const location = (e.location as number | null) ?? null;
      const parts: ExportEvent["participants"] = [];
      for (const p of participants.get(id) ?? [])
        if (p.role !== "place")
          parts.push({
            role: p.role as string,
            entity: this.entities.get(p.entity_id as number) ?? (yield* this.entityRef(p.entity_id as number)),
          });
      items.push({
        id,
        identity: `${e.key as string}@${reports[0]?.id ?? ""}`,
        type: e.type as string,
        time: (e.time as string | null) ?? null,
        when: (e.when_day as string) || null,
        location: location === null ? null : (this.entities.get(location) ?? (yield* this.entityRef(location))),
        participants: parts,
        reportCount: e.reports as number,
        firstSeen: (e.first_seen as string | null) ?? null,
        lastSeen: (e.last_seen as string | null) ?? null,
        reports,
      });
    }
    return paged(rows, PAGE, items);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────

  /** The first coordinates one of the entity's articles gave it (read by the database from the stored JSON). */
  private *geo(entity: number): Steps<{ lat: number; lon: number } | null> {
    const r = yield* result(this.port.geo(entity, GEO_DOCUMENTS));
    if (!r || typeof r.lat !== "number" || typeof r.lon !== "number") return null;
    return { lat: r.lat, lon: r.lon };
  }

  /** An entity not in the cache yet (callers look there first: most are, and a step costs more than a lookup). */
  private *entityRef(id: number): Steps<ExportEntityRef> {
    const ref = exportEntityRef(yield* result(this.port.exportEntity(id)));
    // Bounded: a page of claims or events names a limited set of entities.
    if (this.entities.size >= CACHE_LIMIT) this.entities.clear();
    this.entities.set(id, ref);
    return ref;
  }
}
