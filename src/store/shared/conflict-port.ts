import type { ConflictKind } from "../../kb/conflict-rules.js";
import type { Evidence } from "./conflict-facts.js";
import type { Row } from "./rows.js";

/**
 * What the conflict writer (shared/conflict-writer.ts) reads and writes, one method a statement, each named once
 * here and given by each store in its own SQL: the rules run once over either database (shared/steps.ts). Rows come back with the
 * columns both schemas share (see CONFLICT_SQL for the ones whose text is the same in both).
 */
/** What a port statement gives: the value itself (SQLite), or its promise (PostgreSQL). */
export type Answer<T> = T | Promise<T>;

export interface ConflictPort {
  /** The conflict under this key, its dates widened to `day`; null when there is none. */
  touchConflictByKey(key: string, day: string | null): Answer<number | null>;
  insertConflict(conflict: NewConflict): Answer<number>;
  touchConflict(conflictId: number, day: string | null): Answer<void>;
  /**
   * One piece of evidence: its side row and, when that is new, the side's tally; the claim's side (when claimId is
   * not 0, first wins) and the entities it concerns.
   */
  addEvidence(conflictId: number, side: number, e: Evidence, entities: readonly number[]): Answer<void>;
  /** The sides that have evidence (for figures: the figures in dispute). */
  sides(conflictId: number): Answer<number[]>;
  appendNote(conflictId: number, text: string): Answer<void>;
  /** True when the two claims are already in one conflict of this kind. */
  shareConflict(a: number, b: number, kind: string): Answer<boolean>;
  conflictsOfClaim(claimId: number, kind: string, limit: number): Answer<number[]>;
  /** An event's reports, newest first, with report columns (see shared/conflict-facts reportFacts). */
  countedReports(eventId: number, except: number, limit: number): Answer<Row[]>;
  reportsSaying(eventId: number, factuality: string, limit: number): Answer<Row[]>;
  otherReports(eventId: number, except: number, limit: number): Answer<Row[]>;
  claimsByProp(prop: string, polarity: string, limit: number): Answer<Row[]>;
  claimsAbout(entityId: number, polarity: string, limit: number): Answer<Row[]>;
  claimsByFrame(frame: string, limit: number): Answer<Row[]>;
  claimById(claimId: number): Answer<Row | undefined>;
  figuresOf(claimId: number): Answer<Row[]>;
  /** Claims with a figure of `word` about `subject`: the nearest few said on or before `said`, then after it. */
  figuresAround(near: FigureWindow, limit: number): Answer<number[]>;
  figureConflictsOfClaim(claimId: number, limit: number): Answer<{ conflict_id: number; key: string }[]>;
  /** For an organisation of a country (a ministry): that country's place and group entities, place first. */
  countryOfOrg(entityId: number): Answer<number[]>;
  claimAboutOf(claimId: number): Answer<number[]>;
  latestReports(claimId: number, limit: number): Answer<{ id: number; doc: number }[]>;
}

/** A conflict as first recorded: what later evidence finds it by (key), and its first note and day. */
export interface NewConflict {
  key: string;
  kind: ConflictKind;
  origin: "kb" | "article";
  note: string;
  day: string | null;
}

/** Where figures are looked for: what they count, whom they are about, said within from … to around a day. */
export interface FigureWindow {
  word: string;
  subject: string;
  from: string;
  said: string;
  to: string;
}

const claimCols =
  "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.polarity, c.words, c.numbers, c.said, c.content";
const reportCols = `r.id, r.doc, r.claim_report_id, r.time, r.count_value, r.count_min, r.count_approx, r.factuality,
  r.source_key, r.source_entity, r.source_name, c.id AS claim_id, c.words, c.numbers`;
const reportJoins = "LEFT JOIN claim_report cr ON cr.id = r.claim_report_id LEFT JOIN claim c ON c.id = cr.claim_id";

/**
 * Statements whose text is the same in both stores, with numbered parameters ($1 …; the SQLite store binds them as
 * ?1 …). Columns and joins the dialect-specific statements share are exported with them.
 */
export const CONFLICT_SQL = {
  claimCols,
  reportCols,
  reportJoins,
  appendNote: "UPDATE conflict SET note = note || $2 WHERE id = $1",
  shareConflict: `SELECT 1 FROM conflict_claim a JOIN conflict_claim b ON b.conflict_id = a.conflict_id AND b.claim_id = $2
      JOIN conflict c ON c.id = a.conflict_id WHERE a.claim_id = $1 AND c.kind = $3 LIMIT 1`,
  conflictsOfClaim: `SELECT cc.conflict_id FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
      WHERE cc.claim_id = $1 AND c.kind = $2 ORDER BY cc.conflict_id LIMIT $3`,
  reportsSaying: `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = $1 AND r.factuality = $2
      ORDER BY r.id DESC LIMIT $3`,
  otherReports: `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = $1 AND r.id <> $2
      ORDER BY r.id DESC LIMIT $3`,
  claimById: "SELECT id, source_key, source_entity, source_name, polarity, said FROM claim WHERE id = $1",
  figuresOf: "SELECT * FROM claim_figure WHERE claim_id = $1 ORDER BY seq",
  figureConflictsOfClaim: `SELECT cc.conflict_id, c.key FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
      WHERE cc.claim_id = $1 AND substr(c.key, 1, 11) = 'quantity:f:' ORDER BY cc.conflict_id LIMIT $2`,
  latestReports: "SELECT id, doc FROM claim_report WHERE claim_id = $1 ORDER BY id DESC LIMIT $2",
} as const;
