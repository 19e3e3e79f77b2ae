import type { Evidence } from "../shared/conflict-facts.js";
import { CONFLICT_SQL, type ConflictPort, type FigureWindow, type NewConflict } from "../shared/conflict-port.js";
import type { Row } from "../shared/rows.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

/**
 * The conflict writer's statements on SQLite: synchronous, their answers are values, and the writer's steps run
 * straight through inside the batch's transaction (shared/steps.ts: runSync).
 */
export class SqliteConflictPort implements ConflictPort {
  private readonly s: ReturnType<typeof statements>;

  constructor(db: Database) {
    this.s = statements(db);
  }

  touchConflictByKey(key: string, day: string | null): number | null {
    const hit = this.s.conflictByKey.get(key) as { id: number } | undefined;
    if (!hit) return null;
    this.s.touchConflict.run(day, hit.id);
    return hit.id;
  }

  insertConflict(c: NewConflict): number {
    return Number(this.s.insertConflict.run(c.key, c.kind, c.origin, c.note, c.day, c.day).lastInsertRowid);
  }

  touchConflict(conflictId: number, day: string | null): void {
    this.s.touchConflict.run(day, conflictId);
  }

  addEvidence(conflictId: number, side: number, e: Evidence, entities: readonly number[]): void {
    if (this.s.insertSide.run(conflictId, side, e.claimReport, e.eventReport, e.doc).changes)
      this.s.tally.run(conflictId, side);
    if (e.claimId) this.s.insertConflictClaim.run(e.claimId, conflictId, side);
    for (const entity of entities) this.s.insertConflictEntity.run(entity, conflictId);
  }

  sides(conflictId: number): number[] {
    return (this.s.conflictTally.all(conflictId) as { side: number }[]).map((t) => t.side);
  }

  appendNote(conflictId: number, text: string): void {
    this.s.appendNote.run(conflictId, text);
  }

  shareConflict(a: number, b: number, kind: string): boolean {
    return this.s.shareConflict.get(a, b, kind) !== undefined;
  }

  conflictsOfClaim(claimId: number, kind: string, limit: number): number[] {
    return (this.s.conflictsOfClaim.all(claimId, kind, limit) as { conflict_id: number }[]).map((g) => g.conflict_id);
  }

  countedReports(eventId: number, except: number, limit: number): Row[] {
    return this.s.countedReports.all(eventId, except, limit);
  }

  reportsSaying(eventId: number, factuality: string, limit: number): Row[] {
    return this.s.reportsSaying.all(eventId, factuality, limit);
  }

  otherReports(eventId: number, except: number, limit: number): Row[] {
    return this.s.otherReports.all(eventId, except, limit);
  }

  claimsByProp(prop: string, polarity: string, limit: number): Row[] {
    return this.s.claimsByProp.all(prop, polarity, limit);
  }

  claimsAbout(entityId: number, polarity: string, limit: number): Row[] {
    return this.s.claimsAbout.all(entityId, polarity, limit);
  }

  claimsByFrame(frame: string, limit: number): Row[] {
    return this.s.claimsByFrame.all(frame, limit);
  }

  claimById(claimId: number): Row | undefined {
    return this.s.claimById.get(claimId);
  }

  figuresOf(claimId: number): Row[] {
    return this.s.figuresOf.all(claimId);
  }

  figuresAround(near: FigureWindow, limit: number): number[] {
    const { word, subject, from, said, to } = near;
    const ids: number[] = [];
    for (const r of this.s.figuresBefore.all(word, subject, from, said, limit)) ids.push(r.claim_id as number);
    for (const r of this.s.figuresAfter.all(word, subject, said, to, limit)) ids.push(r.claim_id as number);
    return ids;
  }

  figureConflictsOfClaim(claimId: number, limit: number): { conflict_id: number; key: string }[] {
    return this.s.figureConflictsOfClaim.all(claimId, limit) as { conflict_id: number; key: string }[];
  }

  countryOfOrg(entityId: number): number[] {
    const out: number[] = [];
    const e = this.s.entityFamily.get(entityId) as { family: string; country: string | null } | undefined;
    if (e?.family === "org" && e.country)
      for (const key of [`place:cc:${e.country}`, `group:cc:${e.country}`]) {
        const hit = this.s.entityByKey.get(key) as { entity_id: number } | undefined;
        if (hit) out.push(hit.entity_id);
      }
    return out;
  }

  claimAboutOf(claimId: number): number[] {
    return (this.s.claimAboutOf.all(claimId) as { entity_id: number }[]).map((x) => x.entity_id);
  }

  latestReports(claimId: number, limit: number): { id: number; doc: number }[] {
    return this.s.latestReports.all(claimId, limit) as { id: number; doc: number }[];
  }
}

/** A shared statement ($1 …) on SQLite: plain ? when each parameter comes once and in order, else ?1 …. */
export function sqliteText(sql: string): string {
  const numbers = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
  if (numbers.every((n, i) => n === i + 1)) return sql.replace(/\$\d+/g, "?");
  return sql.replace(/\$(\d+)/g, "?$1");
}

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  const shared = <R = Row>(sql: string): Statement<R> => p<R>(sqliteText(sql));
  const { claimCols, reportCols, reportJoins } = CONFLICT_SQL;
  return {
    conflictByKey: p("SELECT id FROM conflict WHERE key = ?"),
    insertConflict: p(
      "INSERT INTO conflict (key, kind, origin, note, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    touchConflict: p(
      `UPDATE conflict SET first_seen = COALESCE(min(first_seen, ?1), first_seen, ?1),
        last_seen = COALESCE(max(last_seen, ?1), last_seen, ?1) WHERE id = ?2`,
    ),
    insertSide: p(
      "INSERT OR IGNORE INTO conflict_side (conflict_id, side, claim_report_id, event_report_id, doc) VALUES (?, ?, ?, ?, ?)",
    ),
    tally: p(
      `INSERT INTO conflict_tally (conflict_id, side, evidence) VALUES (?, ?, 1)
        ON CONFLICT (conflict_id, side) DO UPDATE SET evidence = evidence + 1`,
    ),
    conflictTally: p("SELECT side FROM conflict_tally WHERE conflict_id = ?"),
    appendNote: shared(CONFLICT_SQL.appendNote),
    insertConflictClaim: p("INSERT OR IGNORE INTO conflict_claim (claim_id, conflict_id, side) VALUES (?, ?, ?)"),
    insertConflictEntity: p("INSERT OR IGNORE INTO conflict_entity (entity_id, conflict_id) VALUES (?, ?)"),
    shareConflict: shared(CONFLICT_SQL.shareConflict),
    conflictsOfClaim: shared(CONFLICT_SQL.conflictsOfClaim),
    // The index that keeps the counted reports of a much-reported event few to read.
    countedReports: p(
      `SELECT ${reportCols} FROM event_report r INDEXED BY event_report_counted ${reportJoins}
        WHERE r.event_id = ?1 AND r.id <> ?2 AND (r.count_value IS NOT NULL OR r.count_min IS NOT NULL)
        ORDER BY r.id DESC LIMIT ?3`,
    ),
    reportsSaying: shared(CONFLICT_SQL.reportsSaying),
    otherReports: shared(CONFLICT_SQL.otherReports),
    claimsByProp: p(
      "SELECT id, source_key, source_entity, source_name, polarity, content FROM claim WHERE prop = ? AND polarity <> ? LIMIT ?",
    ),
    claimsAbout: p(
      `SELECT ${claimCols} FROM claim_about a INDEXED BY claim_about_polarity JOIN claim c ON c.id = a.claim_id
        WHERE a.entity_id = ? AND a.polarity = ? ORDER BY a.said DESC LIMIT ?`,
    ),
    claimsByFrame: p(`SELECT ${claimCols} FROM claim c WHERE c.frame = ? AND c.numbers <> '' LIMIT ?`),
    claimById: shared(CONFLICT_SQL.claimById),
    figuresOf: shared(CONFLICT_SQL.figuresOf),
    figuresBefore: p(
      `SELECT claim_id FROM figure_key WHERE word = ? AND subject = ? AND said >= ? AND said <= ?
        ORDER BY said DESC, claim_id DESC LIMIT ?`,
    ),
    figuresAfter: p(
      `SELECT claim_id FROM figure_key WHERE word = ? AND subject = ? AND said > ? AND said <= ?
        ORDER BY said, claim_id LIMIT ?`,
    ),
    figureConflictsOfClaim: shared(CONFLICT_SQL.figureConflictsOfClaim),
    entityFamily: p("SELECT family, country FROM entity WHERE id = ?"),
    entityByKey: p("SELECT entity_id FROM entity_key WHERE key = ?"),
    claimAboutOf: p("SELECT entity_id FROM claim_about WHERE claim_id = ?"),
    latestReports: shared(CONFLICT_SQL.latestReports),
  };
}
