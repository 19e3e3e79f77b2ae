import type { Evidence } from "../shared/conflict-facts.js";
import { CONFLICT_SQL, type ConflictPort, type FigureWindow, type NewConflict } from "../shared/conflict-port.js";
import type { Row } from "../shared/rows.js";
import { statement as q, type Sql } from "./sql.js";

/**
 * The conflict writer's statements on PostgreSQL, on the batch's connection (`use` at the start of each batch).
 * Where SQLite takes several statements (evidence with its tally, claim and entities; figures before and after a
 * day) one statement does, each being a round trip here.
 */
export class PgConflictPort implements ConflictPort {
  private sql!: Sql;

  use(sql: Sql): void {
    this.sql = sql;
  }

  async touchConflictByKey(key: string, day: string | null): Promise<number | null> {
    const hit = await this.sql.get<{ id: number }>(S.touchConflictByKey, key, day);
    return hit ? hit.id : null;
  }

  async insertConflict(c: NewConflict): Promise<number> {
    return Number(await this.sql.value(S.insertConflict, c.key, c.kind, c.origin, c.note, c.day));
  }

  async touchConflict(conflictId: number, day: string | null): Promise<void> {
    await this.sql.run(S.touchConflict, day, conflictId);
  }

  async addEvidence(conflictId: number, side: number, e: Evidence, entities: readonly number[]): Promise<void> {
    const { claimReport, eventReport, doc, claimId } = e;
    await this.sql.run(S.addEvidence, conflictId, side, claimReport, eventReport, doc, claimId, [...new Set(entities)]);
  }

  async sides(conflictId: number): Promise<number[]> {
    return (await this.sql.all<{ side: number }>(S.conflictTally, conflictId)).map((t) => t.side);
  }

  async appendNote(conflictId: number, text: string): Promise<void> {
    await this.sql.run(S.appendNote, conflictId, text);
  }

  async shareConflict(a: number, b: number, kind: string): Promise<boolean> {
    return (await this.sql.get(S.shareConflict, a, b, kind)) !== undefined;
  }

  async conflictsOfClaim(claimId: number, kind: string, limit: number): Promise<number[]> {
    return (await this.sql.all<{ conflict_id: number }>(S.conflictsOfClaim, claimId, kind, limit)).map(
      (g) => g.conflict_id,
    );
  }

  countedReports(eventId: number, except: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.countedReports, eventId, except, limit);
  }

  reportsSaying(eventId: number, factuality: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.reportsSaying, eventId, factuality, limit);
  }

  otherReports(eventId: number, except: number, limit: number): Promise<Row[]> {
    return this.sql.all(S.otherReports, eventId, except, limit);
  }

  claimsByProp(prop: string, polarity: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.claimsByProp, prop, polarity, limit);
  }

  claimsAbout(entityId: number, polarity: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.claimsAbout, entityId, polarity, limit);
  }

  claimsByFrame(frame: string, limit: number): Promise<Row[]> {
    return this.sql.all(S.claimsByFrame, frame, limit);
  }

  claimById(claimId: number): Promise<Row | undefined> {
    return this.sql.get(S.claimById, claimId);
  }

  figuresOf(claimId: number): Promise<Row[]> {
    return this.sql.all(S.figuresOf, claimId);
  }

  async figuresAround(near: FigureWindow, limit: number): Promise<number[]> {
    const { word, subject, from, said, to } = near;
    const rows = await this.sql.all<{ claim_id: number }>(S.figuresAround, word, subject, from, said, to, limit);
    return rows.map((r) => r.claim_id);
  }

  figureConflictsOfClaim(claimId: number, limit: number): Promise<{ conflict_id: number; key: string }[]> {
    return this.sql.all(S.figureConflictsOfClaim, claimId, limit);
  }

  async countryOfOrg(entityId: number): Promise<number[]> {
    return (await this.sql.all<{ entity_id: number }>(S.countryOfOrg, entityId)).map((r) => r.entity_id);
  }

  async claimAboutOf(claimId: number): Promise<number[]> {
    return (await this.sql.all<{ entity_id: number }>(S.claimAboutOf, claimId)).map((x) => x.entity_id);
  }

  latestReports(claimId: number, limit: number): Promise<{ id: number; doc: number }[]> {
    return this.sql.all(S.latestReports, claimId, limit);
  }
}

const { claimCols, reportCols, reportJoins } = CONFLICT_SQL;
const widen = (day: string) =>
  `first_seen = LEAST(first_seen, ${day}::text), last_seen = GREATEST(last_seen, ${day}::text)`;

const S = {
  touchConflictByKey: q(`UPDATE conflict SET ${widen("$2")} WHERE key = $1 RETURNING id`),
  insertConflict: q(
    "INSERT INTO conflict (key, kind, origin, note, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
  ),
  touchConflict: q(`UPDATE conflict SET ${widen("$1")} WHERE id = $2`),
  // The side row; when it is new, the side's tally; the claim's side (first wins) and the entities it concerns.
  addEvidence: q(
    `WITH s AS (
      INSERT INTO conflict_side (conflict_id, side, claim_report_id, event_report_id, doc) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT DO NOTHING RETURNING conflict_id
    ), t AS (
      INSERT INTO conflict_tally (conflict_id, side, evidence) SELECT conflict_id, $2, 1 FROM s
        ON CONFLICT (conflict_id, side) DO UPDATE SET evidence = conflict_tally.evidence + 1
    ), c AS (
      INSERT INTO conflict_claim (claim_id, conflict_id, side) SELECT $6, $1, $2 WHERE $6::int <> 0
        ON CONFLICT DO NOTHING
    ) INSERT INTO conflict_entity (entity_id, conflict_id) SELECT e, $1 FROM unnest($7::int[]) AS e
      ON CONFLICT DO NOTHING`,
  ),
  conflictTally: q("SELECT side FROM conflict_tally WHERE conflict_id = $1 ORDER BY side"),
  appendNote: q(CONFLICT_SQL.appendNote),
  shareConflict: q(CONFLICT_SQL.shareConflict),
  conflictsOfClaim: q(CONFLICT_SQL.conflictsOfClaim),
  countedReports: q(
    `SELECT ${reportCols} FROM event_report r ${reportJoins}
      WHERE r.event_id = $1 AND r.id <> $2 AND (r.count_value IS NOT NULL OR r.count_min IS NOT NULL)
      ORDER BY r.id DESC LIMIT $3`,
  ),
  reportsSaying: q(CONFLICT_SQL.reportsSaying),
  otherReports: q(CONFLICT_SQL.otherReports),
  // Ties broken by id: the rows SQLite reads in its index order.
  claimsByProp: q(
    `SELECT id, source_key, source_entity, source_name, polarity, content FROM claim WHERE prop = $1 AND polarity <> $2
      ORDER BY polarity, id LIMIT $3`,
  ),
  claimsAbout: q(
    `SELECT ${claimCols} FROM claim_about a JOIN claim c ON c.id = a.claim_id
      WHERE a.entity_id = $1 AND a.polarity = $2 ORDER BY a.said DESC, a.claim_id DESC LIMIT $3`,
  ),
  claimsByFrame: q(`SELECT ${claimCols} FROM claim c WHERE c.frame = $1 AND c.numbers <> '' ORDER BY c.id LIMIT $2`),
  claimById: q(CONFLICT_SQL.claimById),
  figuresOf: q(CONFLICT_SQL.figuresOf),
  // The nearest few said before (and on) the day, then after it, as the SQLite store reads them in two queries.
  figuresAround: q(
    `(SELECT claim_id FROM figure_key WHERE word = $1 AND subject = $2 AND said >= $3 AND said <= $4
        ORDER BY said DESC, claim_id DESC LIMIT $6)
      UNION ALL
     (SELECT claim_id FROM figure_key WHERE word = $1 AND subject = $2 AND said > $4 AND said <= $5
        ORDER BY said, claim_id LIMIT $6)`,
  ),
  figureConflictsOfClaim: q(CONFLICT_SQL.figureConflictsOfClaim),
  // For an organisation of a country: the country and its people, by their keys.
  countryOfOrg: q(
    `SELECT k.entity_id FROM entity e JOIN entity_key k ON k.key IN ('place:cc:' || e.country, 'group:cc:' || e.country)
      WHERE e.id = $1 AND e.family = 'org' AND e.country IS NOT NULL ORDER BY k.key DESC`,
  ),
  claimAboutOf: q("SELECT entity_id FROM claim_about WHERE claim_id = $1 ORDER BY entity_id"),
  latestReports: q(CONFLICT_SQL.latestReports),
};
