import type { Analysis, Certainty, EntityType, Factuality, Polarity } from "../article/analysis.js";
import type { PreparedAnalysis } from "../kb/prepare.js";

/**
 * The storage contract: one interface, implemented on SQLite (the embedded default) and later PostgreSQL,
 * checked by one shared test suite (test/store/contract.ts). Methods are async so that a networked store fits.
 *
 * Provenance in the manner of FollowTheMoney statements: every fact shown carries its article and span, and
 * every knowledge-base row its first and last seen dates (the publication dates of the articles that carry it).
 */
export interface Store {
  /** "sqlite", "postgres" … */
  readonly kind: string;
  /**
   * Adds analyses in ONE transaction: all or none. A document already stored (same document.id) is skipped and
   * counted as known, so running the same input again changes nothing.
   */
  addAnalyses(analyses: readonly Analysis[]): Promise<AddResult>;
  /**
   * The same, for analyses already prepared (src/kb/prepare.ts): ingest prepares them on its worker threads so the
   * single writer only writes.
   */
  addPrepared(batch: readonly PreparedAnalysis[]): Promise<AddResult>;
  addAnalysis(analysis: Analysis): Promise<AddResult>;
  hasDocument(id: string): Promise<boolean>;
  /** The analysis as stored (document text included), or null. */
  analysis(id: string): Promise<Analysis | null>;
  /** What the knowledge base made of an article's entities and events (local id → global id), or null. */
  documentLinks(id: string): Promise<DocumentLinks | null>;
  stats(): Promise<Stats>;
  /** Full-text search over article texts and claim contents, with highlighted snippets. */
  search(text: string, options?: Page): Promise<SearchResult>;
  entities(query?: EntityQuery): Promise<EntitySummary[]>;
  /** The best-matching entity by name or alias with its profile, or null when nothing is called that. */
  entity(name: string): Promise<EntityProfile | null>;
  claims(query?: ClaimQuery): Promise<ClaimView[]>;
  conflicts(query?: ConflictQuery): Promise<ConflictView[]>;
  /** Events by when they happen, claims by when they were said; latest `limit` items, oldest first. */
  timeline(query?: TimelineQuery): Promise<TimelineItem[]>;
  /** Who is cited, by whom, how often. */
  sources(query?: Page): Promise<SourceView[]>;
  /**
   * Bulk export (src/export): each stream yields every row once, in storage order, read page by page so memory
   * stays flat however big the store. Rows written meanwhile may or may not be seen; each row is whole.
   */
  exportEntities(options?: ExportEntityOptions): AsyncIterable<ExportEntity>;
  /** Every article with the knowledge-base entities and claims its local ids stand for (and its analysis if asked). */
  exportDocuments(options?: ExportDocumentOptions): AsyncIterable<ExportDocument>;
  /** Every knowledge-base claim with all its reports. */
  exportClaims(): AsyncIterable<ExportClaim>;
  /** Every knowledge-base event with all its reports. */
  exportEvents(): AsyncIterable<ExportEvent>;
  close(): Promise<void>;
}

export interface AddResult {
  /** Documents stored by this call. */
  added: number;
  /** Documents already stored (by document.id), left untouched. */
  known: number;
}

export interface DocumentLinks {
  /** Local entity id ("e3") → the knowledge-base entity's id. */
  entities: Map<string, number>;
  /** Local event id ("v2") → the knowledge-base event's id. */
  events: Map<string, number>;
}

export interface Stats {
  articles: number;
  entities: number;
  /** Knowledge-base claims (one per source and proposition), not reports of them. */
  claims: number;
  events: number;
  conflicts: number;
  claimReports: number;
  eventReports: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

/** Dates are YYYY-MM-DD (or any TIMEX3 value: its first day for since, its last for until). */
export interface DateRange {
  since?: string;
  until?: string;
}

export interface EntityQuery extends Page {
  type?: EntityType;
  /** Words of a name or alias; the last word may be a prefix ("Kim Jo"). */
  match?: string;
}

export interface ClaimQuery extends Page, DateRange {
  /** Claims whose source is this entity (name or alias). */
  by?: string;
  /** Claims whose content mentions this entity. */
  about?: string;
}

export interface ConflictQuery extends Page {
  about?: string;
  kind?: ConflictKind;
}

export interface TimelineQuery extends DateRange {
  /** An entity name or alias; when no entity is called that, a topic searched in claim contents. */
  about?: string;
  limit?: number;
}

export type ConflictKind = "polarity" | "quantity" | "time" | "other";

export interface ArticleRef {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
}

/** A stretch of an article's text: UTF-16 offsets into that article's document.text. */
export interface SpanRef {
  start: number;
  end: number;
  text: string;
}

export interface SearchResult {
  documents: { article: ArticleRef; snippet: string }[];
  claims: { claim: number; report: string; source: string; article: ArticleRef; snippet: string }[];
}

export interface EntityRef {
  id: number;
  name: string;
  type: EntityType;
}

export interface EntitySummary extends EntityRef {
  /** The cross-article key it was resolved by (person:kim jong un, place:cc:KP …). */
  key: string;
  country: string | null;
  /** True when known only inside one article (a lone surname no evidence tied to a full name). */
  local: boolean;
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityProfile extends EntitySummary {
  aliases: { text: string; count: number }[];
  roles: { role: string; count: number }[];
  /** Some mentions with their article and span (most recent articles first). */
  mentionSamples: { article: string; span: SpanRef }[];
  claimsBy: ClaimView[];
  claimsAbout: ClaimView[];
  events: EventView[];
  timeline: TimelineItem[];
  /** Other entities the same name could mean (a shared surname). */
  otherMatches: EntitySummary[];
}

export interface SourceRef {
  key: string;
  name: string;
  entity: number | null;
}

export interface ClaimReportView {
  /** `document.id#claim.id`: the claim as one article states it. */
  id: string;
  article: ArticleRef;
  content: SpanRef;
  cue: SpanRef;
  sourceText: string | null;
  via: { text: string; entity: number | null }[];
  reportedAt: string | null;
  certainty: Certainty;
  quote: boolean;
}

export interface ClaimView {
  id: number;
  content: string;
  source: SourceRef;
  polarity: Polarity;
  /** When it was first said: the earliest reportedAt, else the earliest publication date. */
  said: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  reportCount: number;
  /** The latest few reports (each with article, span, date). */
  reports: ClaimReportView[];
  /** Other sources saying the same thing: corroboration. */
  corroboratedBy: { claim: number; source: SourceRef; content: string; reportCount: number }[];
}

export interface EventReportView {
  /** `document.id#event.id`. */
  id: string;
  article: ArticleRef;
  trigger: SpanRef;
  time: string | null;
  count: { value: number | null; min: number | null; approximate: boolean } | null;
  factuality: Factuality;
  /** `document.id#claim.id` of the claim reporting it, if any. */
  claim: string | null;
  source: SourceRef;
}

export interface EventView {
  id: number;
  type: string;
  /** The most precise stated time (TIMEX3), or null. */
  time: string | null;
  /** The day it sorts by: its stated time's first day, else the earliest publication that reports it. */
  when: string | null;
  location: EntityRef | null;
  participants: { role: string; entity: EntityRef }[];
  reportCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  reports: EventReportView[];
}

/** One side's evidence in a conflict: what was said, by whom, in which article, when. */
export interface ConflictEvidence {
  /** `document.id#claim.id`, or null when an event report stands in the article's own voice. */
  claim: string | null;
  event: string | null;
  content: string;
  span: SpanRef;
  source: string;
  sourceEntity: number | null;
  article: ArticleRef;
  reportedAt: string | null;
  polarity: Polarity | null;
  count: number | null;
}

export interface ConflictView {
  id: number;
  kind: ConflictKind;
  /** "article": found inside one article by the extraction; "kb": found by the knowledge base's rules, which compare
   * claims across articles and also meet pairs inside one article the extraction missed. */
  origin: "article" | "kb";
  note: string;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The spec's shape: every claim id qualified by its document id. */
  claims: string[];
  /** Evidence per side, side by side: asserting then denying, or by figure, lowest first; the latest few each. */
  sides: ConflictEvidence[][];
  /** How many pieces of evidence each side holds in all (reports found by the rules). */
  evidenceCounts: number[];
}

/** A source: how many claims it makes, how often others cite it, whom it cites and who cites it. */
export interface SourceView {
  source: SourceRef;
  claims: number;
  cited: number;
  firstSeen: string | null;
  lastSeen: string | null;
  cites: { source: SourceRef; count: number }[];
  citedBy: { source: SourceRef; count: number }[];
}

export type TimelineItem =
  | { kind: "event"; when: string; time: string | null; event: EventView }
  | { kind: "claim"; when: string; time: string | null; claim: ClaimView };

// ── bulk export ─────────────────────────────────────────────────────────────────────────────────────────────

/** An entity as exports refer to it: its row id (this store only) and its cross-article key (stable across rebuilds). */
export interface ExportEntityRef extends EntityRef {
  key: string;
}

export interface ExportEntityOptions {
  /** Only these types (all when absent). */
  types?: EntityType[];
  /** Look up places' (GPE, LOC) coordinates in their articles' analyses: a read per place, so only when asked. */
  geo?: boolean;
}

export interface ExportEntity extends EntitySummary {
  aliases: { text: string; count: number }[];
  roles: { role: string; count: number }[];
  /** Coordinates an article's analysis gave it; null when none did or geo was not asked. */
  geo: { lat: number; lon: number } | null;
}

export interface ExportDocumentOptions {
  /** Include the stored analysis (parsed; its document.text filled in). */
  analysis?: boolean;
}

/** What makes a claim the same in any store built from the same articles: source (entity key or source key), polarity, proposition. */
export interface ClaimIdentity {
  source: string;
  polarity: Polarity;
  proposition: string;
}

export interface ExportDocument {
  article: ArticleRef;
  /** document.text: every span's UTF-16 offsets count into it. */
  text: string;
  analysis: Analysis | null;
  /** The article's local entity ids (e3) and the knowledge-base entities they were resolved to. */
  entities: { local: string; entity: ExportEntityRef }[];
  /** The article's local claim ids (c2) and the knowledge-base claims they report. */
  claims: { local: string; claim: number; identity: ClaimIdentity }[];
}

export interface ExportSource extends SourceRef {
  /** The source entity's key and type when the source is a named entity. */
  entityKey: string | null;
  entityType: EntityType | null;
}

export interface ExportClaimReport extends Omit<ClaimReportView, "via"> {
  polarity: Polarity;
  /** Whom the source cites, nearest first. */
  via: { text: string; entity: ExportEntityRef | null }[];
}

export interface ExportClaim {
  id: number;
  identity: ClaimIdentity;
  content: string;
  source: ExportSource;
  polarity: Polarity;
  said: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Entities its content mentions. */
  about: ExportEntityRef[];
  /** Every report, oldest stored first. */
  reports: ExportClaimReport[];
}

export interface ExportEvent extends Omit<EventView, "location" | "participants" | "reports"> {
  /** The event's match key with its first report (`document.id#event.id`): the same in any store built alike. */
  identity: string;
  location: ExportEntityRef | null;
  participants: { role: string; entity: ExportEntityRef }[];
  /** Every report, oldest stored first. */
  reports: EventReportView[];
}
