import type { Analysis, EntityType, Polarity } from "../../article/analysis.js";
import { normaliseName, normaliseOrgName, normalisePersonName } from "../../kb/normalise.js";
import type {
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
import { ArticleCache, articleIn } from "./article-cache.js";
import {
  bySaidDesc,
  CORROBORATIONS_SHOWN,
  dayBounds,
  NAME_MATCHES,
  page,
  REPORTS_SHOWN,
  SEARCH_POOL,
  SIDE_EVIDENCE_SHOWN,
} from "./listing.js";
import type { EvidenceRows, ReaderPort } from "./reader-port.js";
import {
  claimReportView,
  conflictEvidence,
  entitySummary,
  eventReportView,
  linksOf,
  type Row,
  sourceRef,
} from "./rows.js";
import { highlight } from "./search-terms.js";
import { result, type Steps } from "./steps.js";

type Bounds = { from: string; to: string };
/** A timeline item not read yet: only the latest `limit` of them are. */
type Pending = { when: string; key: string; make: () => Steps<TimelineItem> };

// Claims about an entity are read in chunks until enough pass the source filter, up to a bound.
const ABOUT_CHUNK = 200;
const ABOUT_SCAN = 5000;

/**
 * The read side, for both stores: every query starts from an index and is bounded by LIMIT; nothing counts or sorts
 * a big table. Its methods are steps (shared/steps.ts) over the store's ReaderPort: SQLite runs them straight
 * through, PostgreSQL awaits each.
 */
export class QueryReader {
  private readonly articles: ArticleCache;

  constructor(private readonly port: ReaderPort) {
    this.articles = new ArticleCache(port);
  }

  *hasDocument(id: string): Steps<boolean> {
    return (yield* result(this.port.documentRow(id))) !== undefined;
  }

  *analysis(id: string): Steps<Analysis | null> {
    const row = yield* result(this.port.documentAnalysis(id));
    if (!row) return null;
    const a = JSON.parse(row.analysis) as Analysis;
    return { ...a, document: { ...a.document, text: row.text } };
  }

  *documentLinks(id: string): Steps<DocumentLinks | null> {
    const doc = yield* result(this.port.documentRow(id));
    if (doc === undefined) return null;
    return linksOf(yield* result(this.port.entityLinks(doc)), yield* result(this.port.eventLinks(doc)));
  }

  *stats(): Steps<Stats> {
    const values = new Map((yield* result(this.port.counters())).map((r) => [r.name, r.value]));
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

  private *entityRef(id: number): Steps<EntityRef> {
    const r = yield* result(this.port.entityRef(id));
    return { id, name: r.name as string, type: r.type as EntityType };
  }

  private forms(name: string): string[] {
    return [...new Set([normaliseName(name), normalisePersonName(name), normaliseOrgName(name)])].filter(
      (f) => f !== "",
    );
  }

  /**
   * Entities a name can mean, best first: entities whose own name it is, then those it is an alias of, then people
   * whose first or last name it is (a surname alone); entities known only inside one article come last.
   */
  private *matchName(name: string): Steps<EntitySummary[]> {
    const seen = new Map<number, { row: Row; tier: number }>();
    const offer = (rows: Row[], tier: number, localTier: number) => {
      for (const r of rows)
        if (!seen.has(r.id as number)) seen.set(r.id as number, { row: r, tier: r.local === 1 ? localTier : tier });
    };
    for (const form of this.forms(name)) {
      offer(yield* result(this.port.entitiesByNorm(form, NAME_MATCHES)), 0, 3);
      offer(yield* result(this.port.entitiesByAlias(form, NAME_MATCHES)), 1, 4);
      if (!form.includes(" ")) offer(yield* result(this.port.entitiesByPart(form, NAME_MATCHES)), 2, 4);
    }
    return [...seen.values()]
      .sort((a, b) => a.tier - b.tier || (b.row.mentions as number) - (a.row.mentions as number))
      .map((x) => entitySummary(x.row));
  }

  /** The ids a name stands for in a filter: the best tier of matches (a full name, else the entities it is an alias of). */
  private *idsFor(name: string): Steps<number[]> {
    const forms = this.forms(name);
    const byNorm: Row[][] = [];
    for (const f of forms) byNorm.push(yield* result(this.port.entitiesByNorm(f, NAME_MATCHES)));
    let global = byNorm.flat().filter((r) => r.local !== 1);
    if (global.length > 0) return [...new Set(global.map((r) => r.id as number))];
    const byAlias: Row[][] = [];
    for (const f of forms) byAlias.push(yield* result(this.port.entitiesByAlias(f, NAME_MATCHES)));
    global = byAlias.flat().filter((r) => r.local !== 1);
    if (global.length > 0) return [...new Set(global.map((r) => r.id as number))];
    // Only entities known inside one article: form by form, by name then by alias.
    const local = forms.flatMap((_, i) => [...(byNorm[i] ?? []), ...(byAlias[i] ?? [])]);
    return [...new Set(local.map((r) => r.id as number))];
  }

  private *claimViews(rows: readonly Row[], reports = REPORTS_SHOWN): Steps<ClaimView[]> {
    const out: ClaimView[] = [];
    for (const r of rows) out.push(yield* this.claimView(r, reports));
    return out;
  }

  private *claimView(r: Row, reports = REPORTS_SHOWN): Steps<ClaimView> {
    const id = r.id as number;
    const reportRows = yield* result(this.port.claimReports(id, reports));
    const articles = yield* this.articles.of(reportRows.map((x) => x.doc as number));
    const corroborations = yield* result(
      this.port.corroborations(r.prop, r.polarity, r.source_key, CORROBORATIONS_SHOWN),
    );
    return {
      id,
      content: r.content as string,
      source: sourceRef(r.source_key, r.source_name, r.source_entity),
      polarity: r.polarity as Polarity,
      said: (r.said as string) || null,
      firstSeen: (r.first_seen as string | null) ?? null,
      lastSeen: (r.last_seen as string | null) ?? null,
      reportCount: r.reports as number,
      reports: reportRows.map((x) => claimReportView(x, articleIn(articles, x.doc as number))),
      corroboratedBy: corroborations.map((c) => ({
        claim: c.id as number,
        source: sourceRef(c.source_key, c.source_name, c.source_entity),
        content: c.content as string,
        reportCount: c.reports as number,
      })),
    };
  }

  private *eventView(id: number, reports = REPORTS_SHOWN): Steps<EventView> {
    const e = yield* result(this.port.eventById(id));
    const participants: EventView["participants"] = [];
    for (const p of yield* result(this.port.eventParticipants(id)))
      if (p.role !== "place") participants.push({ role: p.role, entity: yield* this.entityRef(p.entity_id) });
    const location = (e.location as number | null) ?? null;
    const reportRows = yield* result(this.port.eventReports(id, reports));
    const articles = yield* this.articles.of(reportRows.map((x) => x.doc as number));
    return {
      id,
      type: e.type as string,
      time: (e.time as string | null) ?? null,
      when: (e.when_day as string) || null,
      location: location === null ? null : yield* this.entityRef(location),
      participants,
      reportCount: e.reports as number,
      firstSeen: (e.first_seen as string | null) ?? null,
      lastSeen: (e.last_seen as string | null) ?? null,
      reports: reportRows.map((x) => eventReportView(x, articleIn(articles, x.doc as number))),
    };
  }

  // ── queries ────────────────────────────────────────────────────────────────────────────────────────────

  *search(text: string, options?: Page): Steps<SearchResult> {
    const match = this.port.searchQuery(text);
    if (!match) return { documents: [], claims: [] };
    const { limit, offset } = page(options);
    // Ranked among the newest SEARCH_POOL matches only: a common word matches most of the corpus, and ranking all
    // of it would cost time in proportion to the corpus. Snippets are made for the page shown only.
    const docs = yield* result(this.port.searchDocuments(match, SEARCH_POOL, limit, offset));
    const hits = yield* result(this.port.searchClaims(match, SEARCH_POOL, limit, offset));
    const articles = yield* this.articles.of([...docs.map((d) => d.id), ...hits.map((h) => h.doc as number)]);
    return {
      documents: docs.map((r) => ({ article: articleIn(articles, r.id), snippet: r.snippet })),
      claims: hits.map((report) => {
        const article = articleIn(articles, report.doc as number);
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

  *entities(query: EntityQuery = {}): Steps<EntitySummary[]> {
    const { limit, offset } = page(query);
    const type = query.type ?? null;
    let rows: Row[];
    if (query.match) {
      const match = this.port.searchQuery(query.match, true);
      if (!match) return [];
      rows = yield* result(this.port.entitiesMatching(match, type, limit, offset));
    } else
      rows = yield* result(type ? this.port.entitiesOfType(type, limit, offset) : this.port.entitiesTop(limit, offset));
    return rows.map(entitySummary);
  }

  *entity(name: string): Steps<EntityProfile | null> {
    const matches = yield* this.matchName(name);
    const best = matches[0];
    if (!best) return null;
    const id = best.id;
    const docs = yield* result(this.port.entityDocs(id, 5));
    const articles = yield* this.articles.of(docs.map((d) => d.doc));
    const mentionSamples: EntityProfile["mentionSamples"] = [];
    for (const { doc } of docs)
      for (const m of yield* result(this.port.mentionsIn(doc, id, 3)))
        mentionSamples.push({
          article: articleIn(articles, doc).id,
          span: { start: m.start as number, end: m.end as number, text: m.text as string },
        });
    const aliases = yield* result(this.port.aliases(id, 50));
    const roles = yield* result(this.port.roles(id, 20));
    const claimsBy = yield* this.claimViews(yield* result(this.port.claimsBy(id, "", "\uffff", 10, 0)));
    const claimsAbout = yield* this.claimViews(yield* result(this.port.claimsAbout(id, "", "\uffff", 10, 0)));
    const events: EventView[] = [];
    for (const r of yield* result(this.port.eventsOf(id, "", "\uffff", 10)))
      events.push(yield* this.eventView(r.event_id));
    return {
      ...best,
      aliases,
      roles,
      mentionSamples,
      claimsBy,
      claimsAbout,
      events,
      timeline: yield* this.timelineFor([id], dayBounds(), 20),
      otherMatches: matches.slice(1, 11),
    };
  }

  *claims(query: ClaimQuery = {}): Steps<ClaimView[]> {
    const { limit, offset } = page(query);
    const { from, to } = dayBounds(query.since, query.until);
    const by = query.by ? yield* this.idsFor(query.by) : null;
    const about = query.about ? yield* this.idsFor(query.about) : null;
    if ((by && by.length === 0) || (about && about.length === 0)) return [];
    const rows: Row[] = [];
    if (about) {
      // About first (the narrower index), the source as a filter; chunks pulled until enough rows pass it.
      const bySet = by ? new Set(by) : null;
      for (const entityId of about) {
        let skip = 0;
        for (;;) {
          const chunk = yield* result(this.port.claimsAbout(entityId, from, to, ABOUT_CHUNK, skip));
          rows.push(...chunk.filter((r) => !bySet || bySet.has(r.source_entity as number)));
          skip += chunk.length;
          if (chunk.length < ABOUT_CHUNK || rows.length >= offset + limit || skip >= ABOUT_SCAN) break;
        }
      }
    } else if (by) {
      for (const entityId of by)
        rows.push(...(yield* result(this.port.claimsBy(entityId, from, to, offset + limit, 0))));
    } else return yield* this.claimViews(yield* result(this.port.claimsAll(from, to, limit, offset)));
    const unique = [...new Map(rows.map((r) => [r.id as number, r])).values()];
    unique.sort(bySaidDesc);
    return yield* this.claimViews(unique.slice(offset, offset + limit));
  }

  *conflicts(query: ConflictQuery = {}): Steps<ConflictView[]> {
    const { limit, offset } = page(query);
    const kind = query.kind ?? null;
    let ids: number[];
    if (query.about) {
      const all: number[] = [];
      for (const e of yield* this.idsFor(query.about))
        for (const r of yield* result(this.port.conflictsAbout(e, kind, offset + limit))) all.push(r.conflict_id);
      ids = [...new Set(all)].sort((a, b) => b - a).slice(offset, offset + limit);
    } else {
      const rows = yield* result(
        kind ? this.port.conflictsOfKind(kind, limit, offset) : this.port.conflictsAll(limit, offset),
      );
      ids = rows.map((r) => r.id);
    }
    const out: ConflictView[] = [];
    for (const id of ids) out.push(yield* this.conflictView(id));
    return out;
  }

  private *conflictView(id: number): Steps<ConflictView> {
    const c = yield* result(this.port.conflictById(id));
    // Sides are numbered 0 (asserts) / 1 (denies), or by the figure they give; shown in that order, the latest
    // evidence of each first.
    const tallies = yield* result(this.port.conflictTally(id));
    const evidenceRows: EvidenceRows[][] = [];
    for (const t of tallies)
      evidenceRows.push(yield* result(this.port.conflictEvidence(id, t.side, SIDE_EVIDENCE_SHOWN)));
    const docs: number[] = [];
    for (const side of evidenceRows)
      for (const r of side) {
        if (r.cr) docs.push(r.cr.doc as number);
        if (r.ev) docs.push(r.ev.doc as number);
      }
    const articles = yield* this.articles.of(docs);
    const sides: ConflictEvidence[][] = [];
    const totals: number[] = [];
    const claims: string[] = [];
    for (const [i, t] of tallies.entries()) {
      const list: ConflictEvidence[] = [];
      for (const r of evidenceRows[i] ?? []) {
        if (list.length >= SIDE_EVIDENCE_SHOWN) break;
        const evidence = conflictEvidence(r.cr, r.ev, (doc) => articleIn(articles, doc));
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

  *timeline(query: TimelineQuery = {}): Steps<TimelineItem[]> {
    const limit = page({ limit: query.limit ?? 50 }).limit;
    const bounds = dayBounds(query.since, query.until);
    if (query.about) {
      const ids = yield* this.idsFor(query.about);
      if (ids.length > 0) return yield* this.timelineFor(ids, bounds, limit);
      return yield* this.timelineForTopic(query.about, bounds, limit);
    }
    const events = (yield* result(this.port.eventsAll(bounds.from, bounds.to, limit))).map((r) => ({
      when: r.when_day,
      make: () => this.eventItem(r.id),
    }));
    const claims = (yield* result(this.port.claimsAll(bounds.from, bounds.to, limit, 0))).map((r) => ({
      when: r.said as string,
      make: () => this.claimItem(r),
    }));
    return yield* this.finishTimeline([...events, ...claims], limit);
  }

  /** The latest `limit` items, oldest first; undated items cannot be placed and are left out. */
  private *finishTimeline(
    items: readonly { when: string; make: () => Steps<TimelineItem> }[],
    limit: number,
  ): Steps<TimelineItem[]> {
    const chosen = items
      .filter((x) => x.when !== "")
      .sort((a, b) => (a.when < b.when ? 1 : a.when > b.when ? -1 : 0))
      .slice(0, limit)
      .reverse();
    const out: TimelineItem[] = [];
    for (const x of chosen) out.push(yield* x.make());
    return out;
  }

  private *eventItem(id: number): Steps<TimelineItem> {
    const event = yield* this.eventView(id, 2);
    return { kind: "event", when: event.when ?? "", time: event.time, event };
  }

  private *claimItem(r: Row): Steps<TimelineItem> {
    const claim = yield* this.claimView(r, 2);
    return { kind: "claim", when: claim.said ?? "", time: claim.reports[0]?.reportedAt ?? claim.said, claim };
  }

  private *timelineFor(ids: readonly number[], bounds: Bounds, limit: number): Steps<TimelineItem[]> {
    const pending: Pending[] = [];
    const claim = (r: Row): Pending => ({
      when: r.said as string,
      key: `c${r.id as number}`,
      make: () => this.claimItem(r),
    });
    for (const id of ids) {
      for (const r of yield* result(this.port.eventsOf(id, bounds.from, bounds.to, limit)))
        pending.push({ when: r.when_day, key: `v${r.event_id}`, make: () => this.eventItem(r.event_id) });
      for (const r of yield* result(this.port.claimsBy(id, bounds.from, bounds.to, limit, 0))) pending.push(claim(r));
      for (const r of yield* result(this.port.claimsAbout(id, bounds.from, bounds.to, limit, 0)))
        pending.push(claim(r));
    }
    return yield* this.finishTimeline([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  private *timelineForTopic(topic: string, bounds: Bounds, limit: number): Steps<TimelineItem[]> {
    const match = this.port.searchQuery(topic);
    if (!match) return [];
    const pending: Pending[] = [];
    for (const r of yield* result(this.port.topicClaims(match, bounds.from, bounds.to, limit * 2))) {
      pending.push({ when: r.said as string, key: `c${r.id as number}`, make: () => this.claimItem(r) });
      for (const e of yield* result(this.port.eventsOfClaim(r.id as number, bounds.from, bounds.to)))
        pending.push({ when: e.when_day, key: `v${e.id}`, make: () => this.eventItem(e.id) });
    }
    return yield* this.finishTimeline([...new Map(pending.map((p) => [p.key, p])).values()], limit);
  }

  *sources(query?: Page): Steps<SourceView[]> {
    const { limit, offset } = page(query);
    const link = (c: Row) => ({ source: sourceRef(c.key, c.name, c.entity_id), count: c.count as number });
    const out: SourceView[] = [];
    for (const r of yield* result(this.port.sources(limit, offset))) {
      const key = r.key as string;
      const cites = (yield* result(this.port.cites(key, 10))).map(link);
      const citedBy = (yield* result(this.port.citedBy(key, 10))).map(link);
      out.push({
        source: sourceRef(key, r.name, r.entity_id),
        claims: r.claims as number,
        cited: r.cited as number,
        firstSeen: (r.first_seen as string | null) ?? null,
        lastSeen: (r.last_seen as string | null) ?? null,
        cites,
        citedBy,
      });
    }
    return out;
  }
}
