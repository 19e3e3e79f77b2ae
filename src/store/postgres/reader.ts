import type { Analysis, EntityType, Polarity } from "../../article/analysis.js";
import { normaliseName, normaliseOrgName, normalisePersonName } from "../../kb/normalise.js";
import type {
  ArticleRef,
  ClaimQuery,
  ClaimView,
  ConflictEvidence,
  ConflictKind,
  ConflictQuery,
  ConflictView,
  DocumentLinks,
  EntityProfile,
  EntityQuery,
  EntityRef,
  EntitySummary,
  EventView,
  Page,
  SearchResult,
  SourceView,
  Stats,
  TimelineItem,
  TimelineQuery,
} from "../contract.js";
import {
  bySaidDesc,
  CORROBORATIONS_SHOWN,
  dayBounds,
  finishTimelineAsync,
  NAME_MATCHES,
  page,
  REPORTS_SHOWN,
  SEARCH_POOL,
  SIDE_EVIDENCE_SHOWN,
} from "../shared/listing.js";
import {
  articleRef,
  claimReportView,
  conflictEvidence,
  entitySummary,
  eventReportView,
  linksOf,
  type Row,
  sourceRef,
} from "../shared/rows.js";
import { highlight } from "../shared/search-terms.js";
import { tsQuery } from "./search-query.js";
import { statement as q, type Sql } from "./sql.js";

const ARTICLE_CACHE = 10_000;
const HEADLINE = "StartSel=«, StopSel=», MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…";

type Pending = { when: string; key: string; make: () => Promise<TimelineItem> };

/**
 * The read side on PostgreSQL: the SQLite reader's queries (src/store/sqlite/reader.ts) and the same row-to-view
 * mapping (shared/rows.ts). Every query starts from an index and is bounded by LIMIT; articles named by a list of
 * reports are read in one round trip and cached.
 */
export class PgReader {
  private readonly articles = new Map<number, ArticleRef>();

  constructor(private readonly sql: Sql) {}

  async hasDocument(id: string): Promise<boolean> {
    return (await this.sql.get(S.documentId, id)) !== undefined;
  }

  async analysis(id: string): Promise<Analysis | null> {
    const row = await this.sql.get<{ analysis: string; text: string }>(S.documentAnalysis, id);
    if (!row) return null;
    const a = JSON.parse(row.analysis) as Analysis;
    return { ...a, document: { ...a.document, text: row.text } };
  }

  async documentLinks(id: string): Promise<DocumentLinks | null> {
    const doc = await this.sql.get<{ id: number }>(S.documentId, id);
    if (!doc) return null;
    return linksOf(await this.sql.all(S.entityLinks, doc.id), await this.sql.all(S.eventLinks, doc.id));
  }

  async stats(): Promise<Stats> {
    const rows = await this.sql.all<{ name: string; value: number }>(S.counters);
    const values = new Map(rows.map((r) => [r.name, r.value]));
    const v = (k: string) => values.get(k) ?? 0;
    return {
      articles: v("articles"),
      entities: v("entities"),
      claims: v("claims"),
      events: v("events"),
      conflicts: v("conflicts"),
      claimReports: v("claimReports"),
      eventReports: v("eventReports"),
    };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────

  /** Reads the articles not cached yet, in one query. */
  private async loadArticles(docs: readonly number[]): Promise<void> {
    const missing = [...new Set(docs)].filter((d) => !this.articles.has(d));
    if (missing.length === 0) return;
    if (this.articles.size + missing.length > ARTICLE_CACHE) this.articles.clear();
    for (const r of await this.sql.all(S.articles, missing)) this.articles.set(r.id as number, articleRef(r));
  }

  /** An article already loaded (loadArticles first). */
  private article(doc: number): ArticleRef {
    const hit = this.articles.get(doc);
    if (!hit) throw new Error(`article row ${doc} was not loaded`);
    return hit;
  }

  private async entityRef(id: number): Promise<EntityRef> {
    const r = (await this.sql.get(S.entityRef, id)) as Row;
    return { id, name: r.name as string, type: r.type as EntityType };
  }

  private forms(name: string): string[] {
    return [...new Set([normaliseName(name), normalisePersonName(name), normaliseOrgName(name)])].filter(
      (f) => f !== "",
    );
  }

  /** Entities a name can mean, best first (see the SQLite reader). */
  private async matchName(name: string): Promise<EntitySummary[]> {
    const seen = new Map<number, { row: Row; tier: number }>();
    const offer = (r: Row, tier: number, localTier: number) => {
      if (!seen.has(r.id as number)) seen.set(r.id as number, { row: r, tier: r.local === 1 ? localTier : tier });
    };
    for (const form of this.forms(name)) {
      for (const r of await this.sql.all(S.entitiesByNorm, form, NAME_MATCHES)) offer(r, 0, 3);
      for (const r of await this.sql.all(S.entitiesByAlias, form, NAME_MATCHES)) offer(r, 1, 4);
      if (!form.includes(" ")) for (const r of await this.sql.all(S.entitiesByPart, form, NAME_MATCHES)) offer(r, 2, 4);
    }
    return [...seen.values()]
      .sort((a, b) => a.tier - b.tier || (b.row.mentions as number) - (a.row.mentions as number))
      .map((x) => entitySummary(x.row));
  }

  /** The ids a name stands for in a filter: the best tier of matches. */
  private async idsFor(name: string): Promise<number[]> {
    const forms = this.forms(name);
    const byNorm: Row[] = [];
    const byAlias: Row[] = [];
    for (const f of forms) byNorm.push(...(await this.sql.all(S.entitiesByNorm, f, NAME_MATCHES)));
    let global = byNorm.filter((r) => r.local !== 1);
    if (global.length > 0) return [...new Set(global.map((r) => r.id as number))];
    for (const f of forms) byAlias.push(...(await this.sql.all(S.entitiesByAlias, f, NAME_MATCHES)));
    global = byAlias.filter((r) => r.local !== 1);
    if (global.length > 0) return [...new Set(global.map((r) => r.id as number))];
    // Only local entities: in the order the SQLite reader lists them (per form, by name then by alias).
    const local: number[] = [];
    for (const f of forms) {
      for (const r of byNorm) if (r.norm === f) local.push(r.id as number);
      for (const r of byAlias) if (r.alias_norm === f) local.push(r.id as number);
    }
    return [...new Set(local)];
  }

  private async claimViews(rows: readonly Row[], reports = REPORTS_SHOWN): Promise<ClaimView[]> {
    const out: ClaimView[] = [];
    for (const r of rows) out.push(await this.claimView(r, reports));
    return out;
  }

  private async claimView(r: Row, reports = REPORTS_SHOWN): Promise<ClaimView> {
    const id = r.id as number;
    const reportRows = await this.sql.all(S.claimReports, id, reports);
    await this.loadArticles(reportRows.map((x) => x.doc as number));
    const corroborations = await this.sql.all(S.corroborations, r.prop, r.polarity, r.source_key, CORROBORATIONS_SHOWN);
    return {
      id,
      content: r.content as string,
      source: sourceRef(r.source_key, r.source_name, r.source_entity),
      polarity: r.polarity as Polarity,
      said: (r.said as string) || null,
      firstSeen: (r.first_seen as string | null) ?? null,
      lastSeen: (r.last_seen as string | null) ?? null,
      reportCount: r.reports as number,
      reports: reportRows.map((x) => claimReportView(x, this.article(x.doc as number))),
      corroboratedBy: corroborations.map((c) => ({
        claim: c.id as number,
        source: sourceRef(c.source_key, c.source_name, c.source_entity),
        content: c.content as string,
        reportCount: c.reports as number,
      })),
    };
  }

  private async eventView(id: number, reports = REPORTS_SHOWN): Promise<EventView> {
    const e = (await this.sql.get(S.eventById, id)) as Row;
    const participants: EventView["participants"] = [];
    for (const p of await this.sql.all<{ entity_id: number; role: string }>(S.eventParticipants, id))
      if (p.role !== "place") participants.push({ role: p.role, entity: await this.entityRef(p.entity_id) });
    const location = (e.location as number | null) ?? null;
    const reportRows = await this.sql.all(S.eventReports, id, reports);
    await this.loadArticles(reportRows.map((x) => x.doc as number));
    return {
      id,
      type: e.type as string,
      time: (e.time as string | null) ?? null,
      when: (e.when_day as string) || null,
      location: location === null ? null : await this.entityRef(location),
      participants,
      reportCount: e.reports as number,
      firstSeen: (e.first_seen as string | null) ?? null,
      lastSeen: (e.last_seen as string | null) ?? null,
      reports: reportRows.map((x) => eventReportView(x, this.article(x.doc as number))),
    };
  }

  // ── queries ────────────────────────────────────────────────────────────────────────────────────────────

  async search(text: string, options?: Page): Promise<SearchResult> {
    const query = tsQuery(text);
    if (!query) return { documents: [], claims: [] };
    const { limit, offset } = page(options);
    // Ranked among the newest SEARCH_POOL matches only, as in the SQLite store; headlines for the page shown only.
    const docs = await this.sql.all<{ id: number; snippet: string }>(
      S.searchDocuments,
      query,
      SEARCH_POOL,
      limit,
      offset,
      HEADLINE,
    );
    const hits = await this.sql.all(S.searchClaims, query, SEARCH_POOL, limit, offset);
    await this.loadArticles([...docs.map((d) => d.id), ...hits.map((h) => h.doc as number)]);
    return {
      documents: docs.map((r) => ({ article: this.article(r.id), snippet: r.snippet })),
      claims: hits.map((report) => {
        const article = this.article(report.doc as number);
        return {
          claim: report.claim_id as number,
          report: `${article.id}#${report.local_id as string}`,
          source: report.source_name as string,
          article,
          snippet: highlight(report.content as string, text),
        };
      }),
    };
  }

  async entities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const { limit, offset } = page(query);
    const type = query.type ?? null;
    let rows: Row[];
    if (query.match) {
      const match = tsQuery(query.match, true);
      if (!match) return [];
      rows = await this.sql.all(S.entitiesMatching, match, type, limit, offset);
    } else
      rows = type
        ? await this.sql.all(S.entitiesOfType, type, limit, offset)
        : await this.sql.all(S.entitiesTop, limit, offset);
    return rows.map(entitySummary);
  }

  async entity(name: string): Promise<EntityProfile | null> {
    const matches = await this.matchName(name);
    const best = matches[0];
    if (!best) return null;
    const id = best.id;
    const docs = await this.sql.all<{ doc: number }>(S.entityDocs, id, 5);
    await this.loadArticles(docs.map((d) => d.doc));
    const mentionSamples: EntityProfile["mentionSamples"] = [];
    for (const { doc } of docs)
      for (const m of await this.sql.all(S.mentionsIn, doc, id, 3))
        mentionSamples.push({
          article: this.article(doc).id,
          span: { start: m.start as number, end: m.end as number, text: m.text as string },
        });
    const events: EventView[] = [];
    for (const r of await this.sql.all<{ event_id: number }>(S.eventsOf, id, "", "\uffff", 10))
      events.push(await this.eventView(r.event_id));
    return {
      ...best,
      aliases: await this.sql.all<{ text: string; count: number }>(S.aliases, id, 50),
      roles: await this.sql.all<{ role: string; count: number }>(S.roles, id, 20),
      mentionSamples,
      claimsBy: await this.claimViews(await this.sql.all(S.claimsBy, id, "", "\uffff", 10, 0)),
      claimsAbout: await this.claimViews(await this.sql.all(S.claimsAboutEntity, id, "", "\uffff", 10, 0)),
      events,
      timeline: await this.timelineFor([id], dayBounds(), 20),
      otherMatches: matches.slice(1, 11),
    };
  }

  async claims(query: ClaimQuery = {}): Promise<ClaimView[]> {
    const { limit, offset } = page(query);
    const { from, to } = dayBounds(query.since, query.until);
    const by = query.by ? await this.idsFor(query.by) : null;
    const about = query.about ? await this.idsFor(query.about) : null;
    if ((by && by.length === 0) || (about && about.length === 0)) return [];
    let rows: Row[];
    if (about) {
      // About first (the narrower index), the source as a filter; pages pulled until enough rows pass it.
      rows = [];
      const bySet = by ? new Set(by) : null;
      for (const entityId of about) {
        let skip = 0;
        for (;;) {
          const chunk = await this.sql.all(S.claimsAboutEntity, entityId, from, to, 200, skip);
          rows.push(...chunk.filter((r) => !bySet || bySet.has(r.source_entity as number)));
          skip += chunk.length;
          if (chunk.length < 200 || rows.length >= offset + limit || skip >= 5000) break;
        }
      }
    } else if (by) {
      rows = [];
      for (const entityId of by) rows.push(...(await this.sql.all(S.claimsBy, entityId, from, to, offset + limit, 0)));
    } else return this.claimViews(await this.sql.all(S.claimsAll, from, to, limit, offset));
    const unique = [...new Map(rows.map((r) => [r.id as number, r])).values()];
    unique.sort(bySaidDesc);
    return this.claimViews(unique.slice(offset, offset + limit));
  }

  async conflicts(query: ConflictQuery = {}): Promise<ConflictView[]> {
    const { limit, offset } = page(query);
    const kind = query.kind ?? null;
    let ids: number[];
    if (query.about) {
      const all: number[] = [];
      for (const e of await this.idsFor(query.about))
        for (const r of await this.sql.all<{ conflict_id: number }>(S.conflictsAbout, e, kind, offset + limit))
          all.push(r.conflict_id);
      ids = [...new Set(all)].sort((a, b) => b - a).slice(offset, offset + limit);
    } else {
      const rows = kind
        ? await this.sql.all<{ id: number }>(S.conflictsOfKind, kind, limit, offset)
        : await this.sql.all<{ id: number }>(S.conflictsAll, limit, offset);
      ids = rows.map((r) => r.id);
    }
    const out: ConflictView[] = [];
    for (const id of ids) out.push(await this.conflictView(id));
    return out;
  }

  private async conflictView(id: number): Promise<ConflictView> {
    const c = (await this.sql.get(S.conflictById, id)) as Row;
    // Sides are numbered 0 (asserts) / 1 (denies), or by the figure they give; the latest evidence of each first.
    const sides: ConflictEvidence[][] = [];
    const totals: number[] = [];
    const claims: string[] = [];
    const tallies = await this.sql.all<{ side: number; evidence: number }>(S.conflictTally, id);
    // Each side's latest evidence, claim report and event report together, in one query per side.
    const rows: { cr: Row | null; ev: Row | null }[][] = [];
    for (const t of tallies) rows.push(await this.sql.all(S.conflictEvidence, id, t.side, SIDE_EVIDENCE_SHOWN * 2));
    await this.loadArticles(
      rows.flat().flatMap((r) => [r.cr?.doc, r.ev?.doc].filter((d) => d !== undefined) as number[]),
    );
    for (const [i, t] of tallies.entries()) {
      const list: ConflictEvidence[] = [];
      for (const r of rows[i] ?? []) {
        if (list.length >= SIDE_EVIDENCE_SHOWN) break;
        const evidence = conflictEvidence(r.cr ?? undefined, r.ev ?? undefined, (doc) => this.article(doc));
        if (!evidence) continue;
        list.push(evidence);
        if (evidence.claim && !claims.includes(evidence.claim)) claims.push(evidence.claim);
      }
      if (list.length === 0) continue;
      sides.push(list);
      totals.push(t.evidence);
    }
    return {
      id,
      kind: c.kind as ConflictKind,
      origin: c.origin as "article" | "kb",
      note: c.note as string,
      firstSeen: (c.first_seen as string | null) ?? null,
      lastSeen: (c.last_seen as string | null) ?? null,
      claims,
      sides,
      evidenceCounts: totals,
    };
  }

  async timeline(query: TimelineQuery = {}): Promise<TimelineItem[]> {
    const limit = page({ limit: query.limit ?? 50 }).limit;
    const bounds = dayBounds(query.since, query.until);
    if (query.about) {
      const ids = await this.idsFor(query.about);
      if (ids.length > 0) return this.timelineFor(ids, bounds, limit);
      return this.timelineForTopic(query.about, bounds, limit);
    }
    const events = (
      await this.sql.all<{ id: number; when_day: string }>(S.eventsAll, bounds.from, bounds.to, limit)
    ).map((r) => ({ when: r.when_day, make: () => this.eventItem(r.id) }));
    const claims = (await this.sql.all(S.claimsAll, bounds.from, bounds.to, limit, 0)).map((r) => ({
      when: r.said as string,
      make: () => this.claimItem(r),
    }));
    return finishTimelineAsync([...events, ...claims], limit);
  }

  private async eventItem(id: number): Promise<TimelineItem> {
    const event = await this.eventView(id, 2);
    return { kind: "event", when: event.when ?? "", time: event.time, event };
  }

  private async claimItem(r: Row): Promise<TimelineItem> {
    const claim = await this.claimView(r, 2);
    return { kind: "claim", when: claim.said ?? "", time: claim.reports[0]?.reportedAt ?? claim.said, claim };
  }

  private async timelineFor(ids: number[], bounds: { from: string; to: string }, limit: number) {
    const pending: Pending[] = [];
    for (const id of ids) {
      for (const r of await this.sql.all<{ event_id: number; when_day: string }>(
        S.eventsOf,
        id,
        bounds.from,
        bounds.to,
        limit,
      ))
        pending.push({ when: r.when_day, key: `v${r.event_id}`, make: () => this.eventItem(r.event_id) });
      for (const r of await this.sql.all(S.claimsBy, id, bounds.from, bounds.to, limit, 0))
        pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
      for (const r of await this.sql.all(S.claimsAboutEntity, id, bounds.from, bounds.to, limit, 0))
        pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
    }
    return finishTimelineAsync([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  private async timelineForTopic(topic: string, bounds: { from: string; to: string }, limit: number) {
    const query = tsQuery(topic);
    if (!query) return [];
    const pending: Pending[] = [];
    for (const r of await this.sql.all(S.topicClaims, query, bounds.from, bounds.to, limit * 2)) {
      pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
      for (const e of await this.sql.all<{ id: number; when_day: string }>(
        S.eventsOfClaim,
        r.id,
        bounds.from,
        bounds.to,
      ))
        pending.push({ when: e.when_day, key: `v${e.id}`, make: () => this.eventItem(e.id) });
    }
    return finishTimelineAsync([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  async sources(query?: Page): Promise<SourceView[]> {
    const { limit, offset } = page(query);
    const out: SourceView[] = [];
    for (const r of await this.sql.all(S.sources, limit, offset)) {
      const key = r.key as string;
      const link = (c: Row) => ({ source: sourceRef(c.key, c.name, c.entity_id), count: c.count as number });
      out.push({
        source: sourceRef(key, r.name, r.entity_id),
        claims: r.claims as number,
        cited: r.cited as number,
        firstSeen: (r.first_seen as string | null) ?? null,
        lastSeen: (r.last_seen as string | null) ?? null,
        cites: (await this.sql.all(S.cites, key, 10)).map(link),
        citedBy: (await this.sql.all(S.citedBy, key, 10)).map(link),
      });
    }
    return out;
  }
}

const entityCols =
  "e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen";
const evidenceCols = `doc, local_id, evidence_start, evidence_end, evidence, count_value, count_min, factuality,
  source_name, source_entity`;
const claimCols =
  "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said, c.first_seen, c.last_seen, c.reports";

const S = {
  documentId: q("SELECT id FROM document WHERE doc_id = $1"),
  documentAnalysis: q("SELECT analysis, text FROM document WHERE doc_id = $1"),
  entityLinks: q("SELECT local_id, entity_id AS id FROM entity_doc WHERE doc = $1"),
  eventLinks: q("SELECT local_id, event_id AS id FROM event_report WHERE doc = $1"),
  counters: q("SELECT name, value FROM counter"),
  articles: q("SELECT id, doc_id, title, source, url, published FROM document WHERE id = ANY($1::int[])"),
  entityRef: q("SELECT name, type FROM entity WHERE id = $1"),

  entitiesByNorm: q(
    `SELECT ${entityCols}, e.norm FROM entity e WHERE e.norm = $1 ORDER BY e.local, e.mentions DESC, e.id LIMIT $2`,
  ),
  entitiesByAlias: q(
    `SELECT ${entityCols}, a.norm AS alias_norm FROM entity_alias a JOIN entity e ON e.id = a.entity_id
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
  // claim, the one it reports (a counted one first), as the SQLite reader reads them one by one.
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
};
