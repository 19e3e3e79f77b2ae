import type { Analysis, EntityType, Polarity } from "../../article/analysis.js";
import { normaliseName, normaliseOrgName, normalisePersonName } from "../../kb/normalise.js";
import type {
  ArticleRef,
  ClaimQuery,
  ClaimReportView,
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
  EventReportView,
  EventView,
  Page,
  SearchResult,
  SourceRef,
  SourceView,
  Stats,
  TimelineItem,
  TimelineQuery,
} from "../contract.js";
import {
  CORROBORATIONS_SHOWN,
  dayBounds,
  finishTimeline,
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
import { highlight, searchItems } from "../shared/search-terms.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

/**
 * User text as an FTS5 query that can never be a syntax error (see shared/search-terms): each term a quoted
 * phrase, a prefix marked *, OR kept between terms.
 */
export function ftsQuery(text: string, prefixLast = false): string | null {
  const items = searchItems(text, prefixLast);
  if (items.length === 0) return null;
  return items.map((t) => (t === "OR" ? t : `"${t.words.join(" ")}"${t.prefix ? "*" : ""}`)).join(" ");
}

export { highlight };

/** The read side: every query starts from an index and is bounded by LIMIT; nothing counts or sorts a big table. */
export class SqliteReader {
  private readonly s: ReturnType<typeof statements>;

  constructor(db: Database) {
    this.s = statements(db);
  }

  hasDocument(id: string): boolean {
    return this.s.documentId.get(id) !== undefined;
  }

  analysis(id: string): Analysis | null {
    const row = this.s.documentAnalysis.get(id) as { analysis: string; text: string } | undefined;
    if (!row) return null;
    const a = JSON.parse(row.analysis) as Analysis;
    return { ...a, document: { ...a.document, text: row.text } };
  }

  documentLinks(id: string): DocumentLinks | null {
    const doc = this.s.documentId.get(id) as { id: number } | undefined;
    if (!doc) return null;
    return linksOf(this.s.entityLinks.all(doc.id), this.s.eventLinks.all(doc.id));
  }

  stats(): Stats {
    const values = new Map((this.s.counters.all() as { name: string; value: number }[]).map((r) => [r.name, r.value]));
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

  private articles = new Map<number, ArticleRef>();

  private article(doc: number): ArticleRef {
    const hit = this.articles.get(doc);
    if (hit) return hit;
    const ref = articleRef(this.s.article.get(doc) as Row);
    // A small cache per reader: articles never change once stored.
    if (this.articles.size > 10_000) this.articles.clear();
    this.articles.set(doc, ref);
    return ref;
  }

  private entityRef(id: number): EntityRef {
    const r = this.s.entityRef.get(id) as Row;
    return { id, name: r.name as string, type: r.type as EntityType };
  }

  private summary(r: Row): EntitySummary {
    return entitySummary(r);
  }

  /**
   * Entities a name can mean, best first: entities whose own name it is, then those it is an alias of, then people
   * whose first or last name it is (a surname alone); entities known only inside one article come last.
   */
  private matchName(name: string): EntitySummary[] {
    const forms = [...new Set([normaliseName(name), normalisePersonName(name), normaliseOrgName(name)])].filter(
      (f) => f !== "",
    );
    const seen = new Map<number, { row: Row; tier: number }>();
    const offer = (r: Row, tier: number, localTier: number) => {
      if (!seen.has(r.id as number)) seen.set(r.id as number, { row: r, tier: r.local === 1 ? localTier : tier });
    };
    for (const form of forms) {
      for (const r of this.s.entitiesByNorm.all(form, NAME_MATCHES) as Row[]) offer(r, 0, 3);
      for (const r of this.s.entitiesByAlias.all(form, NAME_MATCHES) as Row[]) offer(r, 1, 4);
      if (!form.includes(" ")) for (const r of this.s.entitiesByPart.all(form, NAME_MATCHES) as Row[]) offer(r, 2, 4);
    }
    return [...seen.values()]
      .sort((a, b) => a.tier - b.tier || (b.row.mentions as number) - (a.row.mentions as number))
      .map((x) => this.summary(x.row));
  }

  /** The ids a name stands for in a filter: the best tier of matches (a full name, else the entities it is an alias of). */
  private idsFor(name: string): number[] {
    const forms = [...new Set([normaliseName(name), normalisePersonName(name), normaliseOrgName(name)])].filter(
      (f) => f !== "",
    );
    for (const lookup of [this.s.entitiesByNorm, this.s.entitiesByAlias]) {
      const rows = forms.flatMap((f) => lookup.all(f, NAME_MATCHES) as Row[]);
      const global = rows.filter((r) => r.local !== 1);
      if (global.length > 0) return [...new Set(global.map((r) => r.id as number))];
    }
    const local = forms.flatMap((f) => [
      ...(this.s.entitiesByNorm.all(f, NAME_MATCHES) as Row[]),
      ...(this.s.entitiesByAlias.all(f, NAME_MATCHES) as Row[]),
    ]);
    return [...new Set(local.map((r) => r.id as number))];
  }

  private sourceRef(key: string, name: string, entity: number | null): SourceRef {
    return sourceRef(key, name, entity);
  }

  private claimReport(r: Row): ClaimReportView {
    return claimReportView(r, this.article(r.doc as number));
  }

  private claimView(r: Row, reports = REPORTS_SHOWN): ClaimView {
    const id = r.id as number;
    const source = this.sourceRef(
      r.source_key as string,
      r.source_name as string,
      (r.source_entity as number | null) ?? null,
    );
    return {
      id,
      content: r.content as string,
      source,
      polarity: r.polarity as Polarity,
      said: (r.said as string) || null,
      firstSeen: (r.first_seen as string | null) ?? null,
      lastSeen: (r.last_seen as string | null) ?? null,
      reportCount: r.reports as number,
      reports: (this.s.claimReports.all(id, reports) as Row[]).map((x) => this.claimReport(x)),
      corroboratedBy: (this.s.corroborations.all(r.prop, r.polarity, r.source_key, CORROBORATIONS_SHOWN) as Row[]).map(
        (c) => ({
          claim: c.id as number,
          source: this.sourceRef(
            c.source_key as string,
            c.source_name as string,
            (c.source_entity as number | null) ?? null,
          ),
          content: c.content as string,
          reportCount: c.reports as number,
        }),
      ),
    };
  }

  private claimById(id: number, reports = REPORTS_SHOWN): ClaimView {
    return this.claimView(this.s.claimById.get(id) as Row, reports);
  }

  private eventReport(r: Row): EventReportView {
    return eventReportView(r, this.article(r.doc as number));
  }

  private eventView(id: number, reports = REPORTS_SHOWN): EventView {
    const e = this.s.eventById.get(id) as Row;
    const participants = (this.s.eventParticipants.all(id) as { entity_id: number; role: string }[])
      .filter((p) => p.role !== "place")
      .map((p) => ({ role: p.role, entity: this.entityRef(p.entity_id) }));
    const location = (e.location as number | null) ?? null;
    return {
      id,
      type: e.type as string,
      time: (e.time as string | null) ?? null,
      when: (e.when_day as string) || null,
      location: location === null ? null : this.entityRef(location),
      participants,
      reportCount: e.reports as number,
      firstSeen: (e.first_seen as string | null) ?? null,
      lastSeen: (e.last_seen as string | null) ?? null,
      reports: (this.s.eventReports.all(id, reports) as Row[]).map((x) => this.eventReport(x)),
    };
  }

  // ── queries ────────────────────────────────────────────────────────────────────────────────────────────

  search(text: string, options?: Page): SearchResult {
    const q = ftsQuery(text);
    if (!q) return { documents: [], claims: [] };
    const { limit, offset } = page(options);
    // Ranked among the newest SEARCH_POOL matches only: a common word matches most of the corpus, and ranking all
    // of it would cost time in proportion to the corpus. Snippets are made for the page shown only.
    const documents = (this.s.searchDocuments.all(q, SEARCH_POOL, limit, offset) as Row[]).map((r) => ({
      article: this.article(r.id as number),
      snippet: (this.s.documentSnippet.get(q, r.id) as { snippet: string }).snippet,
    }));
    const claims = (this.s.searchClaims.all(q, SEARCH_POOL, limit, offset) as Row[]).map((r) => {
      const report = this.s.claimHit.get(r.id) as Row;
      const article = this.article(report.doc as number);
      return {
        claim: report.claim_id as number,
        report: `${article.id}#${report.local_id as string}`,
        source: report.source_name as string,
        article,
        snippet: highlight(report.content as string, text),
      };
    });
    return { documents, claims };
  }

  entities(query: EntityQuery = {}): EntitySummary[] {
    const { limit, offset } = page(query);
    const type = query.type ?? null;
    if (query.match) {
      const q = ftsQuery(query.match, true);
      if (!q) return [];
      return (this.s.entitiesMatching.all(q, type, type, limit, offset) as Row[]).map((r) => this.summary(r));
    }
    const rows = type ? this.s.entitiesOfType.all(type, limit, offset) : this.s.entitiesTop.all(limit, offset);
    return (rows as Row[]).map((r) => this.summary(r));
  }

  entity(name: string): EntityProfile | null {
    const matches = this.matchName(name);
    const best = matches[0];
    if (!best) return null;
    const id = best.id;
    const docs = this.s.entityDocs.all(id, 5) as { doc: number }[];
    const mentionSamples = docs.flatMap(({ doc }) =>
      (this.s.mentionsIn.all(doc, id, 3) as Row[]).map((m) => ({
        article: this.article(doc).id,
        span: { start: m.start as number, end: m.end as number, text: m.text as string },
      })),
    );
    return {
      ...best,
      aliases: this.s.aliases.all(id, 50) as { text: string; count: number }[],
      roles: this.s.roles.all(id, 20) as { role: string; count: number }[],
      mentionSamples,
      claimsBy: (this.s.claimsBy.all(id, "", "\uffff", 10, 0) as Row[]).map((r) => this.claimView(r)),
      claimsAbout: (this.s.claimsAboutEntity.all(id, "", "\uffff", 10, 0) as Row[]).map((r) => this.claimView(r)),
      events: (this.s.eventsOf.all(id, "", "\uffff", 10) as { event_id: number }[]).map((r) =>
        this.eventView(r.event_id),
      ),
      timeline: this.timelineFor([id], dayBounds(), 20),
      otherMatches: matches.slice(1, 11),
    };
  }

  claims(query: ClaimQuery = {}): ClaimView[] {
    const { limit, offset } = page(query);
    const { from, to } = dayBounds(query.since, query.until);
    const by = query.by ? this.idsFor(query.by) : null;
    const about = query.about ? this.idsFor(query.about) : null;
    if ((by && by.length === 0) || (about && about.length === 0)) return [];
    let rows: Row[];
    if (about) {
      // About first (the narrower index), the source as a filter; pages pulled until enough rows pass it.
      rows = [];
      const bySet = by ? new Set(by) : null;
      for (const entityId of about) {
        let skip = 0;
        for (;;) {
          const chunk = this.s.claimsAboutEntity.all(entityId, from, to, 200, skip) as Row[];
          rows.push(...chunk.filter((r) => !bySet || bySet.has(r.source_entity as number)));
          skip += chunk.length;
          if (chunk.length < 200 || rows.length >= offset + limit || skip >= 5000) break;
        }
      }
    } else if (by) {
      rows = by.flatMap((entityId) => this.s.claimsBy.all(entityId, from, to, offset + limit, 0) as Row[]);
    } else {
      rows = this.s.claimsAll.all(from, to, limit, offset) as Row[];
      return rows.map((r) => this.claimView(r));
    }
    const unique = [...new Map(rows.map((r) => [r.id as number, r])).values()];
    unique.sort((a, b) =>
      (b.said as string) < (a.said as string)
        ? -1
        : (b.said as string) > (a.said as string)
          ? 1
          : (b.id as number) - (a.id as number),
    );
    return unique.slice(offset, offset + limit).map((r) => this.claimView(r));
  }

  conflicts(query: ConflictQuery = {}): ConflictView[] {
    const { limit, offset } = page(query);
    const kind = query.kind ?? null;
    let ids: number[];
    if (query.about) {
      const entities = this.idsFor(query.about);
      const all = entities.flatMap(
        (e) => this.s.conflictsAbout.all(e, kind, kind, offset + limit) as { conflict_id: number }[],
      );
      ids = [...new Set(all.map((r) => r.conflict_id))].sort((a, b) => b - a).slice(offset, offset + limit);
    } else {
      const rows = kind ? this.s.conflictsOfKind.all(kind, limit, offset) : this.s.conflictsAll.all(limit, offset);
      ids = (rows as { id: number }[]).map((r) => r.id);
    }
    return ids.map((id) => this.conflictView(id));
  }

  private conflictView(id: number): ConflictView {
    const c = this.s.conflictById.get(id) as Row;
    // Sides are numbered 0 (asserts) / 1 (denies), or by the figure they give; shown in that order, the latest
    // evidence of each first.
    const sides: ConflictEvidence[][] = [];
    const totals: number[] = [];
    const claims: string[] = [];
    for (const t of this.s.conflictTally.all(id) as { side: number; evidence: number }[]) {
      const list: ConflictEvidence[] = [];
      for (const s of this.s.conflictSide.all(id, t.side, SIDE_EVIDENCE_SHOWN * 2) as Row[]) {
        if (list.length >= SIDE_EVIDENCE_SHOWN) break;
        const evidence = this.evidence(s.claim_report_id as number, s.event_report_id as number);
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

  private evidence(claimReport: number, eventReport: number): ConflictEvidence | null {
    const ev = (
      eventReport
        ? this.s.eventReportById.get(eventReport)
        : claimReport
          ? this.s.eventReportOfClaim.get(claimReport)
          : undefined
    ) as Row | undefined;
    const cr = claimReport ? (this.s.claimReportFull.get(claimReport) as Row | undefined) : undefined;
    return conflictEvidence(cr, ev, (doc) => this.article(doc));
  }

  timeline(query: TimelineQuery = {}): TimelineItem[] {
    const limit = page({ limit: query.limit ?? 50 }).limit;
    const bounds = dayBounds(query.since, query.until);
    if (query.about) {
      const ids = this.idsFor(query.about);
      if (ids.length > 0) return this.timelineFor(ids, bounds, limit);
      return this.timelineForTopic(query.about, bounds, limit);
    }
    const events = (this.s.eventsAll.all(bounds.from, bounds.to, limit) as { id: number; when_day: string }[]).map(
      (r) => ({ when: r.when_day, make: () => this.eventItem(r.id) }),
    );
    const claims = (this.s.claimsAll.all(bounds.from, bounds.to, limit, 0) as Row[]).map((r) => ({
      when: r.said as string,
      make: () => this.claimItem(r),
    }));
    return finishTimeline([...events, ...claims], limit);
  }

  private eventItem(id: number): TimelineItem {
    const event = this.eventView(id, 2);
    return { kind: "event", when: event.when ?? "", time: event.time, event };
  }

  private claimItem(r: Row): TimelineItem {
    const claim = this.claimView(r, 2);
    return { kind: "claim", when: claim.said ?? "", time: claim.reports[0]?.reportedAt ?? claim.said, claim };
  }

  private timelineFor(ids: number[], bounds: { from: string; to: string }, limit: number): TimelineItem[] {
    const pending: { when: string; make: () => TimelineItem; key: string }[] = [];
    for (const id of ids) {
      for (const r of this.s.eventsOf.all(id, bounds.from, bounds.to, limit) as {
        event_id: number;
        when_day: string;
      }[])
        pending.push({ when: r.when_day, key: `v${r.event_id}`, make: () => this.eventItem(r.event_id) });
      for (const r of this.s.claimsBy.all(id, bounds.from, bounds.to, limit, 0) as Row[])
        pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
      for (const r of this.s.claimsAboutEntity.all(id, bounds.from, bounds.to, limit, 0) as Row[])
        pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
    }
    return finishTimeline([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  private timelineForTopic(topic: string, bounds: { from: string; to: string }, limit: number): TimelineItem[] {
    const q = ftsQuery(topic);
    if (!q) return [];
    const pending: { when: string; make: () => TimelineItem; key: string }[] = [];
    for (const r of this.s.topicClaims.all(q, bounds.from, bounds.to, limit * 2) as Row[]) {
      pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
      for (const e of this.s.eventsOfClaim.all(r.id, bounds.from, bounds.to) as { id: number; when_day: string }[])
        pending.push({ when: e.when_day, key: `v${e.id}`, make: () => this.eventItem(e.id) });
    }
    return finishTimeline([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  sources(query?: Page): SourceView[] {
    const { limit, offset } = page(query);
    return (this.s.sources.all(limit, offset) as Row[]).map((r) => {
      const key = r.key as string;
      const ref = (k: string, fallback: string, entity: unknown) =>
        this.sourceRef(k, fallback, (entity as number | null) ?? null);
      return {
        source: ref(key, r.name as string, r.entity_id),
        claims: r.claims as number,
        cited: r.cited as number,
        firstSeen: (r.first_seen as string | null) ?? null,
        lastSeen: (r.last_seen as string | null) ?? null,
        cites: (this.s.cites.all(key, 10) as Row[]).map((c) => ({
          source: ref(c.key as string, c.name as string, c.entity_id),
          count: c.count as number,
        })),
        citedBy: (this.s.citedBy.all(key, 10) as Row[]).map((c) => ({
          source: ref(c.key as string, c.name as string, c.entity_id),
          count: c.count as number,
        })),
      };
    });
  }
}

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  const entityCols =
    "e.id, e.key, e.name, e.type, e.country, e.local, e.mentions, e.documents, e.first_seen, e.last_seen";
  const claimCols =
    "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.content, c.polarity, c.said, c.first_seen, c.last_seen, c.reports";
  return {
    documentId: p("SELECT id FROM document WHERE doc_id = ?"),
    documentAnalysis: p("SELECT analysis, text FROM document WHERE doc_id = ?"),
    entityLinks: p("SELECT local_id, entity_id AS id FROM entity_doc WHERE doc = ?"),
    eventLinks: p("SELECT local_id, event_id AS id FROM event_report WHERE doc = ?"),
    counters: p("SELECT name, value FROM counter"),
    article: p("SELECT doc_id, title, source, url, published FROM document WHERE id = ?"),
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

    claimById: p(`SELECT ${claimCols} FROM claim c WHERE c.id = ?`),
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
  };
}
