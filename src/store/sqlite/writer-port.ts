import type { Entity } from "../../article/analysis.js";
import type { ClaimFigure } from "../../kb/claim-figures.js";
import type { PreparedAnalysis } from "../../kb/prepare.js";
import type { BatchTallies } from "../shared/batch-tallies.js";
import type { Row } from "../shared/rows.js";
import {
  claimParams,
  claimReportParams,
  documentParams,
  eventChangeParams,
  eventParams,
  eventReportParams,
} from "../shared/writer-params.js";
import type {
  EventChange,
  EventWindow,
  KnownEntity,
  NewClaim,
  NewClaimReport,
  NewEntity,
  NewEvent,
  NewEventReport,
  WriterPort,
} from "../shared/writer-port.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

/**
 * The knowledge-base writer's statements on SQLite (shared/kb-writer.ts): synchronous, one statement at a time;
 * their answers are values, and the writer's steps run straight through inside the batch's transaction.
 */
export class SqliteWriterPort implements WriterPort {
  private readonly s: ReturnType<typeof statements>;
  private dataVersion = -1;

  constructor(private readonly db: Database) {
    this.s = statements(db);
  }

  beginBatch(): boolean {
    // data_version moves when another connection has committed: then cached facts may be stale.
    const version = this.db.pragma("data_version", { simple: true }) as number;
    const stale = version !== this.dataVersion;
    this.dataVersion = version;
    return stale;
  }

  storedDocuments(ids: readonly string[]): Set<string> {
    return new Set(ids.filter((id) => this.s.documentById.get(id) !== undefined));
  }

  insertDocument(prepared: PreparedAnalysis): number {
    const row = Number(this.s.insertDocument.run(...documentParams(prepared)).lastInsertRowid);
    const d = prepared.analysis.document;
    this.s.insertDocumentFts.run(row, d.title ?? "", d.text);
    return row;
  }

  entitiesByKeys(keys: readonly string[]): Map<string, KnownEntity> {
    const out = new Map<string, KnownEntity>();
    for (const key of keys) {
      const hit = this.s.entityByKey.get(key);
      if (hit) out.set(key, hit);
    }
    return out;
  }

  entitiesByAlias(norm: string): (KnownEntity & { family: string; country: string | null })[] {
    return this.s.entitiesByAlias.all(norm);
  }

  insertEntityKey(key: string, entityId: number): void {
    this.s.insertEntityKey.run(key, entityId);
  }

  partsWithRole(part: string, role: string): KnownEntity[] {
    return this.s.partsWithRole.all(part, role);
  }

  namesakes(part: string): (KnownEntity & { mentions: number })[] {
    return this.s.namesakes.all(part);
  }

  insertEntity(e: NewEntity): number {
    const id = Number(
      this.s.insertEntity.run(e.key, e.family, e.type, e.name, e.norm, e.country, e.local ? 1 : 0).lastInsertRowid,
    );
    this.s.insertEntityKey.run(e.key, id);
    for (const part of e.parts) this.s.insertPart.run(part, id);
    return id;
  }

  entityFacts(
    entityId: number,
    aliases: readonly [string, { text: string; count: number }][],
    day: string | null,
    country: string | null,
    roles: readonly string[],
  ): Set<string> {
    if (country !== null) this.s.setEntityCountry.run(country, entityId);
    const inserted = new Set<string>();
    for (const [norm, alias] of aliases)
      if (this.s.insertAlias.run(entityId, norm, alias.text, alias.count, day, day).changes) {
        this.s.insertEntityFts.run(alias.text, entityId);
        inserted.add(norm);
      }
    for (const role of roles) this.s.upsertRole.run(entityId, role);
    return inserted;
  }

  addMentions(doc: number, entityId: number, entity: Entity): void {
    for (const m of entity.mentions) this.s.insertMention.run(doc, m.start, m.end, entityId, m.text);
    this.s.insertEntityDoc.run(doc, entity.id, entityId, entity.name);
  }

  claimByKey(key: string): { id: number; said: string } | undefined {
    return this.s.claimByKey.get(key) as { id: number; said: string } | undefined;
  }

  touchClaim(claimId: number, day: string | null, said: string | null): void {
    this.s.touchClaim.run(day, claimId);
    if (said === null) return;
    this.s.setClaimSaid.run(said, claimId);
    this.s.setClaimAboutSaid.run(said, claimId);
  }

  insertClaim(c: NewClaim): number {
    return Number(this.s.insertClaim.run(...claimParams(c), c.day).lastInsertRowid);
  }

  insertFigures(claimId: number, figures: readonly ClaimFigure[]): void {
    for (const [seq, f] of figures.entries())
      this.s.insertFigure.run(
        claimId,
        seq,
        f.counted.join(" "),
        f.label,
        f.value,
        f.lo,
        f.hi,
        f.loOpen ? 1 : 0,
        f.hiOpen ? 1 : 0,
        f.approximate ? 1 : 0,
        f.context.join(" "),
        f.types.join(" "),
        f.times.join(" "),
      );
  }

  insertClaimReport(r: NewClaimReport): number {
    const id = Number(this.s.insertClaimReport.run(...claimReportParams(r)).lastInsertRowid);
    this.s.insertClaimFts.run(id, r.claim.content.text);
    return id;
  }

  insertClaimAbout(claimId: number, entities: readonly number[], said: string, polarity: string): void {
    for (const entityId of entities) this.s.insertClaimAbout.run(claimId, entityId, said, polarity);
  }

  insertFigureKeys(words: readonly string[], subjects: readonly string[], said: string, claimId: number): void {
    for (const [i, word] of words.entries()) this.s.insertFigureKey.run(word, subjects[i], said, claimId);
  }

  eventFacts(ids: readonly number[]): Row[] {
    const rows: Row[] = [];
    for (const id of ids) {
      const e = this.s.eventFacts.get(id);
      if (e) rows.push({ ...e, id });
    }
    return rows;
  }

  eventsAround(w: EventWindow): { ord: number; event_id: number }[] {
    const rows: { ord: number; event_id: number }[] = [];
    for (const [ord, entityId] of w.entities.entries()) {
      for (const r of this.s.eventsAfter.all(entityId, w.type, w.pivot, w.to, w.perSide))
        rows.push({ ord, event_id: r.event_id as number });
      if (w.before)
        for (const r of this.s.eventsBefore.all(entityId, w.type, w.from, w.pivot, w.perSide))
          rows.push({ ord, event_id: r.event_id as number });
    }
    return rows;
  }

  updateEvent(e: EventChange): void {
    this.s.updateEvent.run(...eventChangeParams(e));
    if (e.moved) this.s.setParticipantWhen.run(e.when, e.eventId);
  }

  insertEvent(e: NewEvent): number {
    return Number(this.s.insertEvent.run(...eventParams(e), e.day).lastInsertRowid);
  }

  insertParticipants(
    eventId: number,
    entities: readonly number[],
    roles: readonly string[],
    type: string,
    when: string,
  ): void {
    for (const [i, entityId] of entities.entries())
      this.s.insertParticipant.run(entityId, eventId, roles[i], type, when);
  }

  insertEventReport(r: NewEventReport): number {
    return Number(this.s.insertEventReport.run(...eventReportParams(r)).lastInsertRowid);
  }

  endBatch(counters: readonly [string, number][], t: ReturnType<BatchTallies["drain"]>): void {
    for (const [name, value] of counters) if (value !== 0) this.s.bumpCounter.run(value, name);
    for (const e of t.entities) this.s.updateEntity.run(e.mentions, e.documents, e.first, e.last, e.id);
    for (const a of t.aliases) this.s.updateAlias.run(a.count, a.first, a.last, a.entity, a.norm);
    for (const x of t.sources)
      this.s.upsertSource.run(x.who.key, x.who.entity, x.who.name, x.claims, x.cited, x.first, x.last);
    for (const c of t.citations) this.s.upsertCitation.run(c.from, c.to, c.count, c.first, c.last);
  }

  forget(): void {
    // Nothing is gathered between statements here.
  }
}

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  // first_seen/last_seen widen to cover a new publication day; an unknown day (NULL) changes nothing.
  const widen = (col: string, fn: string, param: string) =>
    `${col} = COALESCE(${fn}(${col}, ${param}), ${col}, ${param})`;
  const seen = (param: string, lastParam = param) =>
    `${widen("first_seen", "min", param)}, ${widen("last_seen", "max", lastParam)}`;
  return {
    documentById: p("SELECT id FROM document WHERE doc_id = ?"),
    insertDocument: p(
      `INSERT INTO document (doc_id, published, day, title, source, url, text, analysis, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertDocumentFts: p("INSERT INTO document_fts (rowid, title, text) VALUES (?, ?, ?)"),
    bumpCounter: p("UPDATE counter SET value = value + ? WHERE name = ?"),

    entityByKey: p<KnownEntity>(
      "SELECT e.id, e.name FROM entity_key k JOIN entity e ON e.id = k.entity_id WHERE k.key = ?",
    ),
    entitiesByAlias: p<KnownEntity & { family: string; country: string | null }>(
      `SELECT e.id, e.family, e.country, e.name FROM entity_alias a JOIN entity e ON e.id = a.entity_id
        WHERE a.norm = ? AND e.local = 0 LIMIT 10`,
    ),
    partsWithRole: p<KnownEntity>(
      `SELECT p.entity_id AS id, e.name FROM entity_part p JOIN entity_role r ON r.entity_id = p.entity_id AND r.role = ?2
        JOIN entity e ON e.id = p.entity_id WHERE p.part = ?1 LIMIT 2`,
    ),
    namesakes: p<KnownEntity & { mentions: number }>(
      `SELECT p.entity_id AS id, e.mentions, e.name FROM entity_part p JOIN entity e ON e.id = p.entity_id
        WHERE p.part = ?`,
    ),
    insertEntity: p("INSERT INTO entity (key, family, type, name, norm, country, local) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    insertEntityKey: p("INSERT OR IGNORE INTO entity_key (key, entity_id) VALUES (?, ?)"),
    insertPart: p("INSERT OR IGNORE INTO entity_part (part, entity_id) VALUES (?, ?)"),
    updateEntity: p(
      `UPDATE entity SET mentions = mentions + ?1, documents = documents + ?2, ${seen("?3", "?4")} WHERE id = ?5`,
    ),
    // The first country an article gives an entity sticks.
    setEntityCountry: p("UPDATE entity SET country = ? WHERE id = ? AND country IS NULL"),
    insertAlias: p(
      "INSERT OR IGNORE INTO entity_alias (entity_id, norm, text, count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    updateAlias: p(
      `UPDATE entity_alias SET count = count + ?1, ${seen("?2", "?3")} WHERE entity_id = ?4 AND norm = ?5`,
    ),
    insertEntityFts: p("INSERT INTO entity_fts (text, entity_id) VALUES (?, ?)"),
    upsertRole: p(
      `INSERT INTO entity_role (entity_id, role, count) VALUES (?, ?, 1)
        ON CONFLICT (entity_id, role) DO UPDATE SET count = count + 1`,
    ),
    insertMention: p('INSERT OR IGNORE INTO mention (doc, start, "end", entity_id, text) VALUES (?, ?, ?, ?, ?)'),
    insertEntityDoc: p("INSERT OR IGNORE INTO entity_doc (doc, local_id, entity_id, name) VALUES (?, ?, ?, ?)"),

    claimByKey: p("SELECT id, said FROM claim WHERE key = ?"),
    insertClaim: p(
      `INSERT INTO claim (key, prop, frame, source_key, source_entity, source_name, content, polarity, words, numbers,
        said, first_seen, last_seen, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    touchClaim: p(`UPDATE claim SET reports = reports + 1, ${seen("?1")} WHERE id = ?2`),
    setClaimSaid: p("UPDATE claim SET said = ? WHERE id = ?"),
    setClaimAboutSaid: p("UPDATE claim_about SET said = ? WHERE claim_id = ?"),
    insertClaimReport: p(
      `INSERT INTO claim_report (claim_id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue,
        source_text, reported_at, said, polarity, certainty, quote, via)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertFigure: p(
      `INSERT OR IGNORE INTO claim_figure (claim_id, seq, counted, label, value, lo, hi, lo_open, hi_open, approximate,
        context, types, times) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertFigureKey: p("INSERT OR IGNORE INTO figure_key (word, subject, said, claim_id) VALUES (?, ?, ?, ?)"),
    insertClaimFts: p("INSERT INTO claim_fts (rowid, content) VALUES (?, ?)"),
    insertClaimAbout: p("INSERT OR IGNORE INTO claim_about (claim_id, entity_id, said, polarity) VALUES (?, ?, ?, ?)"),
    upsertSource: p(
      `INSERT INTO source_stat (key, entity_id, name, claims, cited, first_seen, last_seen)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (key) DO UPDATE SET claims = claims + ?4, cited = cited + ?5, ${seen("?6", "?7")}`,
    ),
    upsertCitation: p(
      `INSERT INTO citation (from_key, to_key, count, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (from_key, to_key) DO UPDATE SET count = count + ?3, ${seen("?4", "?5")}`,
    ),

    eventFacts: p(
      `SELECT e.type, e.time, e.window_start, e.window_end, e.location, e.first_seen,
        (SELECT group_concat(role || ':' || entity_id, ' ') FROM event_participant WHERE event_id = e.id) AS parts
        FROM event e WHERE e.id = ?`,
    ),
    eventsAfter: p(
      `SELECT event_id FROM event_participant WHERE entity_id = ? AND type = ? AND when_day >= ? AND when_day <= ?
        ORDER BY when_day LIMIT ?`,
    ),
    eventsBefore: p(
      `SELECT event_id FROM event_participant WHERE entity_id = ? AND type = ? AND when_day >= ? AND when_day < ?
        ORDER BY when_day DESC LIMIT ?`,
    ),
    insertEvent: p(
      `INSERT INTO event (type, key, time, time_start, time_end, window_start, window_end, location, when_day, first_seen,
        last_seen, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    updateEvent: p(
      `UPDATE event SET time = ?1, time_start = ?2, time_end = ?3, window_start = ?4, window_end = ?5, location = ?6,
        when_day = ?7, reports = reports + 1, ${seen("?8")} WHERE id = ?9`,
    ),
    setParticipantWhen: p("UPDATE event_participant SET when_day = ? WHERE event_id = ?"),
    insertParticipant: p(
      "INSERT OR IGNORE INTO event_participant (entity_id, event_id, role, type, when_day) VALUES (?, ?, ?, ?, ?)",
    ),
    insertEventReport: p(
      `INSERT INTO event_report (event_id, doc, local_id, trigger_start, trigger_end, trigger, evidence_start, evidence_end,
        evidence, time, location, count_value, count_min, count_approx, factuality, claim_report_id, source_key,
        source_entity, source_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}
