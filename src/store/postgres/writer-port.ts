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
import { tsvectorText } from "./search-query.js";
import { statement as q, type Sql } from "./sql.js";

/** Rows nothing reads while a batch is written: gathered, then written with one statement each per batch. */
interface Pending {
  mentions: { doc: number[]; start: number[]; end: number[]; entity: number[]; text: string[] };
  entityDocs: { doc: number[]; local: string[]; entity: number[]; name: string[] };
}

function pending(): Pending {
  return {
    mentions: { doc: [], start: [], end: [], entity: [], text: [] },
    entityDocs: { doc: [], local: [], entity: [], name: [] },
  };
}

/**
 * The knowledge-base writer's statements on PostgreSQL (shared/kb-writer.ts). Each statement is a round trip here,
 * so rows that nothing reads back within the batch (mentions, article-entity links, counts) are sent in bulk at its
 * end, and each claim's or entity's many small rows go in one statement over arrays.
 */
export class PgWriterPort implements WriterPort {
  private pending = pending();
  /** The batch counter as this writer last left it: when another process has written since, caches are stale. */
  private batches = -1;
  private sql!: Sql;

  /** The connection (inside the batch's transaction) the next batch runs on. */
  use(sql: Sql): void {
    this.sql = sql;
  }

  async beginBatch(): Promise<boolean> {
    this.pending = pending();
    const batches = Number(await this.sql.value(S.nextBatch));
    const stale = batches !== this.batches + 1;
    this.batches = batches;
    return stale;
  }

  async storedDocuments(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.sql.all<{ doc_id: string }>(S.documentsIn, ids)).map((r) => r.doc_id));
  }

  async insertDocument(prepared: PreparedAnalysis): Promise<number> {
    const d = prepared.analysis.document;
    return Number(
      await this.sql.value(S.insertDocument, ...documentParams(prepared), tsvectorText(d.title ?? "", d.text)),
    );
  }

  async entitiesByKeys(keys: readonly string[]): Promise<Map<string, KnownEntity>> {
    const rows = await this.sql.all<{ key: string; entity_id: number; name: string }>(S.entitiesByKeys, keys);
    return new Map(rows.map((k) => [k.key, { id: k.entity_id, name: k.name }]));
  }

  entitiesByAlias(norm: string): Promise<(KnownEntity & { family: string; country: string | null })[]> {
    return this.sql.all(S.entitiesByAlias, norm);
  }

  async insertEntityKey(key: string, entityId: number): Promise<void> {
    await this.sql.run(S.insertEntityKey, key, entityId);
  }

  partsWithRole(part: string, role: string): Promise<KnownEntity[]> {
    return this.sql.all(S.partsWithRole, part, role);
  }

  namesakes(part: string): Promise<(KnownEntity & { mentions: number })[]> {
    return this.sql.all(S.namesakes, part);
  }

  async insertEntity(e: NewEntity): Promise<number> {
    return Number(
      await this.sql.value(
        S.insertEntity,
        e.key,
        e.family,
        e.type,
        e.name,
        e.norm,
        e.country,
        e.local ? 1 : 0,
        e.parts,
      ),
    );
  }

  async entityFacts(
    entityId: number,
    aliases: readonly [string, { text: string; count: number }][],
    day: string | null,
    country: string | null,
    roles: readonly string[],
  ): Promise<Set<string>> {
    // Aliases, country and roles in one statement.
    const rows = await this.sql.all<{ norm: string }>(
      S.entityFacts,
      entityId,
      aliases.map(([norm]) => norm),
      aliases.map(([, a]) => a.text),
      aliases.map(([, a]) => a.count),
      day,
      aliases.map(([, a]) => tsvectorText(a.text)),
      country,
      roles,
    );
    return new Set(rows.map((r) => r.norm));
  }

  addMentions(doc: number, entityId: number, entity: Entity): void {
    const m = this.pending.mentions;
    for (const x of entity.mentions) {
      m.doc.push(doc);
      m.start.push(x.start);
      m.end.push(x.end);
      m.entity.push(entityId);
      m.text.push(x.text);
    }
    const d = this.pending.entityDocs;
    d.doc.push(doc);
    d.local.push(entity.id);
    d.entity.push(entityId);
    d.name.push(entity.name);
  }

  claimByKey(key: string): Promise<{ id: number; said: string } | undefined> {
    return this.sql.get(S.claimByKey, key);
  }

  async touchClaim(claimId: number, day: string | null, said: string | null): Promise<void> {
    if (said === null) await this.sql.run(S.touchClaim, day, claimId);
    else await this.sql.run(S.touchClaimSaid, day, claimId, said);
  }

  async insertClaim(c: NewClaim): Promise<number> {
    return Number(await this.sql.value(S.insertClaim, ...claimParams(c)));
  }

  async insertFigures(claimId: number, f: readonly ClaimFigure[]): Promise<void> {
    await this.sql.run(
      S.insertFigures,
      claimId,
      f.map((x) => x.counted.join(" ")),
      f.map((x) => x.label),
      f.map((x) => x.value),
      f.map((x) => x.lo),
      f.map((x) => x.hi),
      f.map((x) => (x.loOpen ? 1 : 0)),
      f.map((x) => (x.hiOpen ? 1 : 0)),
      f.map((x) => (x.approximate ? 1 : 0)),
      f.map((x) => x.context.join(" ")),
      f.map((x) => x.types.join(" ")),
      f.map((x) => x.times.join(" ")),
    );
  }

  async insertClaimReport(r: NewClaimReport): Promise<number> {
    return Number(
      await this.sql.value(S.insertClaimReport, ...claimReportParams(r), tsvectorText(r.claim.content.text)),
    );
  }

  async insertClaimAbout(claimId: number, entities: readonly number[], said: string, polarity: string): Promise<void> {
    await this.sql.run(S.insertClaimAbout, claimId, entities, said, polarity);
  }

  async insertFigureKeys(
    words: readonly string[],
    subjects: readonly string[],
    said: string,
    claimId: number,
  ): Promise<void> {
    await this.sql.run(S.insertFigureKeys, words, subjects, said, claimId);
  }

  eventFacts(ids: readonly number[]): Promise<Row[]> {
    return this.sql.all(S.eventFacts, ids);
  }

  eventsAround(w: EventWindow): Promise<{ ord: number; event_id: number }[]> {
    // Every entity, both directions, in one round trip.
    return this.sql.all(S.eventsAround, w.entities, w.type, w.pivot, w.to, w.perSide, w.from, w.before);
  }

  async updateEvent(e: EventChange): Promise<void> {
    await this.sql.run(S.updateEvent, ...eventChangeParams(e), e.moved);
  }

  async insertEvent(e: NewEvent): Promise<number> {
    return Number(await this.sql.value(S.insertEvent, ...eventParams(e)));
  }

  async insertParticipants(
    eventId: number,
    entities: readonly number[],
    roles: readonly string[],
    type: string,
    when: string,
  ): Promise<void> {
    await this.sql.run(S.insertParticipants, entities, eventId, roles, type, when);
  }

  async insertEventReport(r: NewEventReport): Promise<number> {
    return Number(await this.sql.value(S.insertEventReport, ...eventReportParams(r)));
  }

  async endBatch(counters: readonly [string, number][], t: ReturnType<BatchTallies["drain"]>): Promise<void> {
    const sql = this.sql;
    const names = counters.filter(([, v]) => v !== 0);
    if (names.length > 0)
      await sql.run(
        S.bumpCounters,
        names.map(([n]) => n),
        names.map(([, v]) => v),
      );
    const m = this.pending.mentions;
    if (m.doc.length > 0) await sql.run(S.insertMentions, m.doc, m.start, m.end, m.entity, m.text);
    const d = this.pending.entityDocs;
    if (d.doc.length > 0) await sql.run(S.insertEntityDocs, d.doc, d.local, d.entity, d.name);
    this.pending = pending();
    const col = <X, V>(xs: X[], f: (x: X) => V) => xs.map(f);
    if (t.entities.length > 0)
      await sql.run(
        S.updateEntities,
        col(t.entities, (e) => e.id),
        col(t.entities, (e) => e.mentions),
        col(t.entities, (e) => e.documents),
        col(t.entities, (e) => e.first),
        col(t.entities, (e) => e.last),
      );
    if (t.aliases.length > 0)
      await sql.run(
        S.updateAliases,
        col(t.aliases, (a) => a.entity),
        col(t.aliases, (a) => a.norm),
        col(t.aliases, (a) => a.count),
        col(t.aliases, (a) => a.first),
        col(t.aliases, (a) => a.last),
      );
    if (t.sources.length > 0)
      await sql.run(
        S.upsertSources,
        col(t.sources, (x) => x.who.key),
        col(t.sources, (x) => x.who.entity),
        col(t.sources, (x) => x.who.name),
        col(t.sources, (x) => x.claims),
        col(t.sources, (x) => x.cited),
        col(t.sources, (x) => x.first),
        col(t.sources, (x) => x.last),
      );
    if (t.citations.length > 0)
      await sql.run(
        S.upsertCitations,
        col(t.citations, (c) => c.from),
        col(t.citations, (c) => c.to),
        col(t.citations, (c) => c.count),
        col(t.citations, (c) => c.first),
        col(t.citations, (c) => c.last),
      );
  }

  forget(): void {
    this.pending = pending();
    this.batches = -1;
  }
}

// first_seen/last_seen widen to cover a new publication day; an unknown day (NULL) changes nothing.
const seen = (first: string, last = first) =>
  `first_seen = LEAST(first_seen, ${first}::text), last_seen = GREATEST(last_seen, ${last}::text)`;

const S = {
  nextBatch: q("UPDATE counter SET value = value + 1 WHERE name = 'batches' RETURNING value"),
  documentsIn: q("SELECT doc_id FROM document WHERE doc_id = ANY($1::text[])"),
  insertDocument: q(
    `INSERT INTO document (doc_id, published, day, title, source, url, text, analysis, ingested_at, tsv)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::tsvector) RETURNING id`,
  ),
  bumpCounters: q(
    `UPDATE counter c SET value = c.value + x.n FROM unnest($1::text[], $2::bigint[]) AS x(name, n)
      WHERE c.name = x.name`,
  ),

  entitiesByKeys: q(
    `SELECT k.key, k.entity_id, e.name FROM entity_key k JOIN entity e ON e.id = k.entity_id
      WHERE k.key = ANY($1::text[])`,
  ),
  entitiesByAlias: q(
    `SELECT e.id, e.family, e.country, e.name FROM entity_alias a JOIN entity e ON e.id = a.entity_id
      WHERE a.norm = $1 AND e.local = 0 ORDER BY a.entity_id LIMIT 10`,
  ),
  namesakes: q(
    `SELECT p.entity_id AS id, e.mentions, e.name FROM entity_part p JOIN entity e ON e.id = p.entity_id
      WHERE p.part = $1`,
  ),
  partsWithRole: q(
    `SELECT p.entity_id AS id, e.name FROM entity_part p JOIN entity_role r ON r.entity_id = p.entity_id AND r.role = $2
      JOIN entity e ON e.id = p.entity_id WHERE p.part = $1 ORDER BY p.entity_id LIMIT 2`,
  ),
  // The entity, its key and (for a full person name) its name parts, in one statement.
  insertEntity: q(
    `WITH e AS (
      INSERT INTO entity (key, family, type, name, norm, country, local) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
    ), k AS (
      INSERT INTO entity_key (key, entity_id) SELECT $1, id FROM e ON CONFLICT DO NOTHING
    ), p AS (
      INSERT INTO entity_part (part, entity_id) SELECT DISTINCT part, e.id FROM e, unnest($8::text[]) AS part
        ON CONFLICT DO NOTHING
    ) SELECT id FROM e`,
  ),
  insertEntityKey: q("INSERT INTO entity_key (key, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"),
  // New aliases (their norms returned: the others are counted at the end of the batch), the first country, roles.
  entityFacts: q(
    `WITH a AS (
      INSERT INTO entity_alias (entity_id, norm, text, count, first_seen, last_seen, tsv)
        SELECT $1, x.norm, x.text, x.count, $5, $5, x.tsv::tsvector
          FROM unnest($2::text[], $3::text[], $4::int[], $6::text[]) AS x(norm, text, count, tsv)
        ON CONFLICT DO NOTHING RETURNING norm
    ), c AS (
      UPDATE entity SET country = $7 WHERE id = $1 AND country IS NULL AND $7::text IS NOT NULL
    ), r AS (
      INSERT INTO entity_role (entity_id, role, count) SELECT $1, role, count(*) FROM unnest($8::text[]) AS role
        GROUP BY role ON CONFLICT (entity_id, role) DO UPDATE SET count = entity_role.count + excluded.count
    ) SELECT norm FROM a`,
  ),
  insertMentions: q(
    `INSERT INTO mention (doc, start, "end", entity_id, text)
      SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[]) ON CONFLICT DO NOTHING`,
  ),
  insertEntityDocs: q(
    `INSERT INTO entity_doc (doc, local_id, entity_id, name)
      SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) ON CONFLICT DO NOTHING`,
  ),
  updateEntities: q(
    `UPDATE entity e SET mentions = e.mentions + x.m, documents = e.documents + x.d,
      first_seen = LEAST(e.first_seen, x.f), last_seen = GREATEST(e.last_seen, x.l)
      FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[]) AS x(id, m, d, f, l) WHERE e.id = x.id`,
  ),
  updateAliases: q(
    `UPDATE entity_alias a SET count = a.count + x.c, first_seen = LEAST(a.first_seen, x.f),
      last_seen = GREATEST(a.last_seen, x.l)
      FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[]) AS x(entity, norm, c, f, l)
      WHERE a.entity_id = x.entity AND a.norm = x.norm`,
  ),
  upsertSources: q(
    `INSERT INTO source_stat AS s (key, entity_id, name, claims, cited, first_seen, last_seen)
      SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[])
      ON CONFLICT (key) DO UPDATE SET claims = s.claims + excluded.claims, cited = s.cited + excluded.cited,
        first_seen = LEAST(s.first_seen, excluded.first_seen), last_seen = GREATEST(s.last_seen, excluded.last_seen)`,
  ),
  upsertCitations: q(
    `INSERT INTO citation AS c (from_key, to_key, count, first_seen, last_seen)
      SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[])
      ON CONFLICT (from_key, to_key) DO UPDATE SET count = c.count + excluded.count,
        first_seen = LEAST(c.first_seen, excluded.first_seen), last_seen = GREATEST(c.last_seen, excluded.last_seen)`,
  ),

  claimByKey: q("SELECT id, said FROM claim WHERE key = $1"),
  insertClaim: q(
    `INSERT INTO claim (key, prop, frame, source_key, source_entity, source_name, content, polarity, words, numbers,
      said, first_seen, last_seen, reports) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 1) RETURNING id`,
  ),
  touchClaim: q(`UPDATE claim SET reports = reports + 1, ${seen("$1")} WHERE id = $2`),
  // An earlier day said moves the claim and its about rows with it.
  touchClaimSaid: q(
    `WITH c AS (UPDATE claim SET reports = reports + 1, said = $3, ${seen("$1")} WHERE id = $2)
      UPDATE claim_about SET said = $3 WHERE claim_id = $2`,
  ),
  insertClaimReport: q(
    `INSERT INTO claim_report (claim_id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue,
      source_text, reported_at, said, polarity, certainty, quote, via, tsv)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::tsvector) RETURNING id`,
  ),
  insertFigures: q(
    `INSERT INTO claim_figure (claim_id, seq, counted, label, value, lo, hi, lo_open, hi_open, approximate, context,
      types, times)
      SELECT $1, x.seq - 1, x.counted, x.label, x.value, x.lo, x.hi, x.lo_open, x.hi_open, x.approximate, x.context,
        x.types, x.times
      FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::int[], $8::int[], $9::int[],
        $10::text[], $11::text[], $12::text[])
        WITH ORDINALITY AS x(counted, label, value, lo, hi, lo_open, hi_open, approximate, context, types, times, seq)
      ON CONFLICT DO NOTHING`,
  ),
  insertFigureKeys: q(
    `INSERT INTO figure_key (word, subject, said, claim_id) SELECT w, s, $3, $4 FROM unnest($1::text[], $2::text[]) AS x(w, s)
      ON CONFLICT DO NOTHING`,
  ),
  insertClaimAbout: q(
    `INSERT INTO claim_about (claim_id, entity_id, said, polarity) SELECT $1, e, $3, $4 FROM unnest($2::int[]) AS e
      ON CONFLICT DO NOTHING`,
  ),

  eventFacts: q(
    `SELECT e.id, e.type, e.time, e.window_start, e.window_end, e.location, e.first_seen,
      (SELECT string_agg(role || ':' || entity_id, ' ' ORDER BY role, entity_id) FROM event_participant
        WHERE event_id = e.id) AS parts
      FROM event e WHERE e.id = ANY($1::int[])`,
  ),
  eventsAround: q(
    `SELECT a.ord, x.event_id FROM unnest($1::int[]) WITH ORDINALITY AS a(entity, ord) CROSS JOIN LATERAL (
      (SELECT event_id, 0 AS dir, when_day FROM event_participant
        WHERE entity_id = a.entity AND type = $2 AND when_day >= $3 AND when_day <= $4
        ORDER BY when_day, event_id LIMIT $5)
      UNION ALL
      (SELECT event_id, 1 AS dir, when_day FROM event_participant
        WHERE $7::boolean AND entity_id = a.entity AND type = $2 AND when_day >= $6 AND when_day < $3
        ORDER BY when_day DESC, event_id DESC LIMIT $5)
    ) x ORDER BY a.ord, x.dir, CASE WHEN x.dir = 0 THEN x.when_day END, CASE WHEN x.dir = 0 THEN x.event_id END,
      x.when_day DESC, x.event_id DESC`,
  ),
  insertEvent: q(
    `INSERT INTO event (type, key, time, time_start, time_end, window_start, window_end, location, when_day, first_seen,
      last_seen, reports) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, 1) RETURNING id`,
  ),
  updateEvent: q(
    `WITH e AS (UPDATE event SET time = $1, time_start = $2, time_end = $3, window_start = $4, window_end = $5,
      location = $6, when_day = $7, reports = reports + 1, ${seen("$8")} WHERE id = $9)
      UPDATE event_participant SET when_day = $7 WHERE event_id = $9 AND $10::boolean`,
  ),
  insertParticipants: q(
    `INSERT INTO event_participant (entity_id, event_id, role, type, when_day)
      SELECT x.e, $2, x.r, $4, $5 FROM unnest($1::int[], $3::text[]) AS x(e, r) ON CONFLICT DO NOTHING`,
  ),
  insertEventReport: q(
    `INSERT INTO event_report (event_id, doc, local_id, trigger_start, trigger_end, trigger, evidence_start, evidence_end,
      evidence, time, location, count_value, count_min, count_approx, factuality, claim_report_id, source_key,
      source_entity, source_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
      $18, $19) RETURNING id`,
  ),
};
