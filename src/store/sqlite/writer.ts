import { aliasCompatible, dominantNamesake, localEntityKey, nameParts } from "../../kb/entity-key.js";
import { eventFactsOf, matchEvent, preciser } from "../../kb/event-match.js";
import { nameTokens, normaliseName } from "../../kb/normalise.js";
import type { PreparedAnalysis, PreparedClaim, PreparedEntity, PreparedEvent } from "../../kb/prepare.js";
import { publisherIdentity, type SourceIdentity, sourceIdentity } from "../../kb/source-key.js";
import { addDays, type TimeRange } from "../../kb/time-range.js";
import type { AddResult } from "../contract.js";
import { BatchTallies, earlier, later } from "../shared/batch-tallies.js";
import { ConflictWriter } from "../shared/conflict-writer.js";
import {
  EVENT_CACHE_LIMIT,
  EVENT_CANDIDATES_MAX,
  EVENT_CANDIDATES_PER_SIDE,
  EVENT_MATCH_REACH_DAYS,
  eventKey,
  type KnownEvent,
  knownEvent,
} from "../shared/event-facts.js";
import type { ReportFacts, StoredClaim } from "../shared/facts.js";
import { runSync } from "../shared/steps.js";
import { SqliteConflictPort } from "./conflict-port.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

type Row = Record<string, unknown>;
type CounterName = "articles" | "entities" | "claims" | "events" | "conflicts" | "claimReports" | "eventReports";

interface DocContext {
  row: number;
  prepared: PreparedAnalysis;
  day: string | null;
  /** Local entity id → global entity id and display name. */
  entities: Map<string, { id: number; name: string }>;
  /** Local claim id → what the knowledge base made of it. */
  claims: Map<string, StoredClaim>;
}

/**
 * The single writer: turns prepared analyses into rows and links them to the knowledge base inside the caller's
 * transaction. What counts as "the same" is decided in src/kb; this class looks candidates up (always through an
 * index, always bounded) and writes.
 */
export class SqliteWriter {
  private readonly s: ReturnType<typeof statements>;
  private readonly conflicts: ConflictWriter;
  private counters = new Map<CounterName, number>();
  /** Facts of recently seen events: the same events are candidates for report after report. */
  private readonly eventCache = new Map<number, KnownEvent>();
  private dataVersion = -1;

  private readonly tallies: Tallies;

  constructor(private readonly db: Database) {
    this.s = statements(db);
    this.conflicts = new ConflictWriter(new SqliteConflictPort(db));
    this.tallies = new Tallies(this.s);
  }

  /** After a rolled-back batch: what was cached may name rows that no longer exist. */
  forget(): void {
    this.eventCache.clear();
    this.tallies.clear();
  }

  private count(name: CounterName, n = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
  }

  /** Writes a batch; call inside one transaction. Documents already stored, or repeated in the batch, are known. */
  write(batch: readonly PreparedAnalysis[]): AddResult {
    // data_version moves when another connection has committed: then cached facts may be stale.
    const version = this.db.pragma("data_version", { simple: true }) as number;
    if (version !== this.dataVersion) this.eventCache.clear();
    this.dataVersion = version;
    this.counters = new Map();
    this.tallies.clear();
    this.conflicts.created = 0;
    let added = 0;
    let known = 0;
    const seen = new Set<string>();
    for (const prepared of batch) {
      const id = prepared.analysis.document.id;
      if (seen.has(id) || this.s.documentById.get(id)) {
        known++;
        continue;
      }
      seen.add(id);
      this.writeOne(prepared);
      added++;
    }
    this.count("conflicts", this.conflicts.created);
    for (const [name, value] of this.counters) if (value !== 0) this.s.bumpCounter.run(value, name);
    this.tallies.flush();
    return { added, known };
  }

  private writeOne(prepared: PreparedAnalysis): void {
    const a = prepared.analysis;
    const text = a.document.text;
    const row = Number(
      this.s.insertDocument.run(
        a.document.id,
        a.document.published,
        prepared.day,
        a.document.title,
        a.document.source,
        a.document.url,
        text,
        prepared.stored,
        new Date().toISOString(),
      ).lastInsertRowid,
    );
    this.s.insertDocumentFts.run(row, a.document.title ?? "", text);
    this.count("articles");
    const ctx: DocContext = { row, prepared, day: prepared.day, entities: new Map(), claims: new Map() };
    const counted = new Set<number>();
    for (const e of prepared.entities) this.writeEntity(ctx, e, counted);
    for (const c of prepared.claims) this.writeClaim(ctx, c);
    for (const v of prepared.events) this.writeEvent(ctx, v);
    const doc = { row, day: ctx.day };
    for (const claim of ctx.claims.values()) runSync(this.conflicts.claim(doc, claim));
    runSync(this.conflicts.article(doc, a.document.id, a.conflicts, ctx.claims));
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────────────────

  private resolveEntity(ctx: DocContext, p: PreparedEntity): number {
    const id = p.identity;
    if (id.key !== null) {
      const hit = this.s.entityByKey.get(id.key) as { entity_id: number } | undefined;
      if (hit) return hit.entity_id;
      // A name (of two words or more for people) that exactly one compatible entity was already called.
      if (id.family !== "person" || nameTokens(id.norm).length >= 2) {
        const candidates = this.s.entitiesByAlias.all(id.norm) as {
          id: number;
          family: string;
          country: string | null;
        }[];
        const ids = [...new Set(candidates.filter((c) => aliasCompatible(id, c)).map((c) => c.id))];
        if (ids.length === 1) {
          const only = ids[0] as number;
          this.s.insertEntityKey.run(id.key, only);
          return only;
        }
      }
      return this.createEntity(p, id.key, false);
    }
    if (id.partial && id.roles.length > 0) {
      // A lone surname joins a full name only when exactly one full name with that word shares its role.
      const matching = new Set<number>();
      for (const role of id.roles)
        for (const r of this.s.partsWithRole.all(id.norm, role) as { entity_id: number }[]) matching.add(r.entity_id);
      if (matching.size === 1) return [...matching][0] as number;
    }
    if (id.partial) {
      // "Trump" alone, where the knowledge base already knows one Trump far better than any other.
      const rows = this.s.namesakes.all(id.norm) as { id: number; mentions: number }[];
      const namesake = dominantNamesake(
        rows.map((r) => ({ id: r.id, mentions: r.mentions + this.tallies.pendingMentions(r.id) })),
      );
      if (namesake !== null) return namesake;
    }
    return this.createEntity(p, localEntityKey(ctx.prepared.analysis.document.id, id), true);
  }

  private createEntity(p: PreparedEntity, key: string, local: boolean): number {
    const id = p.identity;
    const entityId = Number(
      this.s.insertEntity.run(key, id.family, p.entity.type, p.entity.name, id.norm, id.country, local ? 1 : 0)
        .lastInsertRowid,
    );
    this.s.insertEntityKey.run(key, entityId);
    if (!local && id.family === "person") for (const part of nameParts(id.norm)) this.s.insertPart.run(part, entityId);
    this.count("entities");
    return entityId;
  }

  private writeEntity(ctx: DocContext, p: PreparedEntity, counted: Set<number>): void {
    const entityId = this.resolveEntity(ctx, p);
    const firstInDoc = !counted.has(entityId);
    counted.add(entityId);
    const name = (this.s.entityName.get(entityId) as { name: string }).name;
    ctx.entities.set(p.entity.id, { id: entityId, name });
    // Matching reads the country (aliasCompatible), so it is written now, not tallied: a later article of the
    // same batch must see what a commit would have shown it.
    if (p.identity.country !== null) this.s.setEntityCountry.run(p.identity.country, entityId);
    this.tallies.entity(entityId, p.entity.mentions.length, firstInDoc ? 1 : 0, ctx.day);
    for (const [norm, alias] of p.aliases) {
      const inserted = this.s.insertAlias.run(entityId, norm, alias.text, alias.count, ctx.day, ctx.day).changes;
      if (inserted) this.s.insertEntityFts.run(alias.text, entityId);
      else this.tallies.alias(entityId, norm, alias.count, ctx.day);
    }
    for (const role of p.identity.roles) this.s.upsertRole.run(entityId, role);
    for (const m of p.entity.mentions) this.s.insertMention.run(ctx.row, m.start, m.end, entityId, m.text);
    this.s.insertEntityDoc.run(ctx.row, p.entity.id, entityId, p.entity.name);
  }

  // ── claims ──────────────────────────────────────────────────────────────────────────────────────────────

  private identityOf(ctx: DocContext, ref: { entity: string | null; text: string } | null): SourceIdentity {
    const entity = ref?.entity ? (ctx.entities.get(ref.entity) ?? null) : null;
    return sourceIdentity(entity, ref?.text ?? null, ctx.prepared.analysis.document);
  }

  private writeClaim(ctx: DocContext, p: PreparedClaim): void {
    const c = p.claim;
    const source = this.identityOf(ctx, c.source);
    // The same source, the same way, the same proposition: one claim, however many reports.
    const key = `${source.key}|${c.polarity}|${p.prop}`;
    let claimId: number;
    let said = p.said;
    const existing = this.s.claimByKey.get(key) as { id: number; said: string } | undefined;
    if (existing) {
      claimId = existing.id;
      this.s.touchClaim.run(ctx.day, claimId);
      if (p.said !== "" && (existing.said === "" || p.said < existing.said)) {
        this.s.setClaimSaid.run(p.said, claimId);
        this.s.setClaimAboutSaid.run(p.said, claimId);
      } else said = existing.said;
    } else {
      claimId = Number(
        this.s.insertClaim.run(
          key,
          p.prop,
          p.frame,
          source.key,
          source.entity,
          source.name,
          c.content.text,
          c.polarity,
          p.terms.words.join(" "),
          p.terms.numbers.join(" "),
          p.said,
          ctx.day,
          ctx.day,
        ).lastInsertRowid,
      );
      this.count("claims");
      for (const [seq, f] of p.figures.entries())
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
    const via = c.via.map((v) => ({
      text: v.text,
      entity: v.entity ? (ctx.entities.get(v.entity)?.id ?? null) : null,
    }));
    const reportId = Number(
      this.s.insertClaimReport.run(
        claimId,
        ctx.row,
        c.id,
        c.content.start,
        c.content.end,
        c.content.text,
        c.cue.start,
        c.cue.end,
        c.cue.text,
        c.source?.text ?? null,
        c.reportedAt?.value ?? null,
        p.said,
        c.polarity,
        c.certainty,
        c.quote ? 1 : 0,
        JSON.stringify(via),
      ).lastInsertRowid,
    );
    this.s.insertClaimFts.run(reportId, c.content.text);
    this.count("claimReports");
    const about = [...new Set(p.about.map((l) => ctx.entities.get(l)?.id).filter((x): x is number => x !== undefined))];
    for (const entityId of about) this.s.insertClaimAbout.run(claimId, entityId, said, c.polarity);
    // Figures are found again by what they count and what they are about (one report's subjects each).
    const known = p.subjects.map((l) => ctx.entities.get(l)).filter((x) => x !== undefined);
    const subjects = [...new Set(known.map((x) => x.id))];
    const subjectNames = [...new Set(known.map((x) => normaliseName(x.name)).filter((n) => n !== ""))];
    const words = new Set(p.figures.flatMap((f) => f.counted));
    if (c.polarity === "positive")
      for (const word of words) for (const name of subjectNames) this.s.insertFigureKey.run(word, name, said, claimId);
    // Who said it, and whom they cite: the source graph.
    this.tallies.source(source, 1, 0, ctx.day);
    let from = source.key;
    for (const v of c.via) {
      const cited = this.identityOf(ctx, v);
      this.tallies.source(cited, 0, 1, ctx.day);
      if (cited.key !== from) this.tallies.citation(from, cited.key, ctx.day);
      from = cited.key;
    }
    ctx.claims.set(c.id, {
      claimId,
      reportId,
      source,
      terms: p.terms,
      content: c.content.text,
      polarity: c.polarity,
      about,
      said,
      countedEvent: false,
      figures: p.figures,
      subjects,
      subjectNames,
    });
  }

  // ── events ──────────────────────────────────────────────────────────────────────────────────────────────

  private eventFacts(id: number): KnownEvent | null {
    const cached = this.eventCache.get(id);
    if (cached) return cached;
    const e = this.s.eventFacts.get(id) as Row | undefined;
    if (!e) return null;
    const known = knownEvent(e);
    if (this.eventCache.size >= EVENT_CACHE_LIMIT) this.eventCache.clear();
    this.eventCache.set(id, known);
    return known;
  }

  /** Events of this type sharing a participant or the place, nearest in time first; bounded per entity. */
  private eventCandidates(type: string, anchors: readonly number[], around: TimeRange | null): number[] {
    const ids = new Set<number>();
    const pivot = around?.start ?? "";
    const from = around ? addDays(around.start, -EVENT_MATCH_REACH_DAYS) : "";
    const to = around ? addDays(around.end, EVENT_MATCH_REACH_DAYS) : "\uffff";
    for (const entityId of anchors) {
      for (const r of this.s.eventsAfter.all(entityId, type, pivot, to, EVENT_CANDIDATES_PER_SIDE) as Row[])
        ids.add(r.event_id as number);
      if (around)
        for (const r of this.s.eventsBefore.all(entityId, type, from, pivot, EVENT_CANDIDATES_PER_SIDE) as Row[])
          ids.add(r.event_id as number);
      if (ids.size >= EVENT_CANDIDATES_MAX) break;
    }
    return [...ids];
  }

  private writeEvent(ctx: DocContext, p: PreparedEvent): void {
    const v = p.event;
    const { facts, anchors } = eventFactsOf(p, (local) => ctx.entities.get(local)?.id);
    const reporting = v.claim ? ctx.claims.get(v.claim) : undefined;
    if (reporting && p.count) reporting.countedEvent = true;
    const source = reporting?.source ?? publisherIdentity(ctx.prepared.analysis.document);

    let best: { id: number; evidence: number; days: number; facts: KnownEvent } | null = null;
    const timeDiffers: { id: number; evidence: number }[] = [];
    for (const id of this.eventCandidates(v.type, anchors, p.time ?? p.window)) {
      const known = this.eventFacts(id);
      if (!known) continue;
      const m = matchEvent(facts, known);
      if (m.verdict === "same") {
        const days = known.time?.days ?? Number.MAX_SAFE_INTEGER;
        if (!best || m.evidence > best.evidence || (m.evidence === best.evidence && days < best.days))
          best = { id, evidence: m.evidence, days, facts: known };
      } else if (m.verdict === "time-differs") timeDiffers.push({ id, evidence: m.evidence });
    }

    let eventId: number;
    let when: string;
    if (best) {
      eventId = best.id;
      const known = best.facts;
      // The event keeps its most precise stated time; its publication window widens to cover every report.
      const time = preciser(known.time, p.time);
      const timeValue = time === known.time ? known.timeValue : (v.time?.value ?? null);
      when = time?.start ?? earlier(known.firstSeen, ctx.day) ?? "";
      this.s.updateEvent.run(
        timeValue,
        time?.start ?? null,
        time?.end ?? null,
        earlier(known.window?.start ?? null, p.window?.start ?? null),
        later(known.window?.end ?? null, p.window?.end ?? null),
        known.location ?? facts.location,
        when,
        ctx.day,
        eventId,
      );
      if (when !== (known.time?.start ?? known.firstSeen ?? "")) this.s.setParticipantWhen.run(when, eventId);
      this.eventCache.delete(eventId);
    } else {
      when = p.time?.start ?? ctx.day ?? "";
      eventId = Number(
        this.s.insertEvent.run(
          v.type,
          eventKey(facts, v.time?.value ?? null),
          v.time?.value ?? null,
          p.time?.start ?? null,
          p.time?.end ?? null,
          p.window?.start ?? null,
          p.window?.end ?? null,
          facts.location,
          when,
          ctx.day,
          ctx.day,
        ).lastInsertRowid,
      );
      this.count("events");
    }
    if (facts.agents.length + facts.patients.length + facts.others.length > 0) this.eventCache.delete(eventId);
    for (const [role, ids] of [
      ["agent", facts.agents],
      ["patient", facts.patients],
      ["other", facts.others],
      ["place", facts.location ? [facts.location] : []],
    ] as const) {
      for (const entityId of ids) this.s.insertParticipant.run(entityId, eventId, role, v.type, when);
    }
    const reportId = Number(
      this.s.insertEventReport.run(
        eventId,
        ctx.row,
        v.id,
        v.trigger.start,
        v.trigger.end,
        v.trigger.text,
        p.evidence.start,
        p.evidence.end,
        p.evidence.text,
        v.time?.value ?? null,
        facts.location,
        v.count?.value ?? null,
        v.count?.min ?? null,
        v.count?.approximate ? 1 : 0,
        v.factuality,
        reporting?.reportId ?? null,
        source.key,
        source.entity,
        source.name,
      ).lastInsertRowid,
    );
    this.count("eventReports");
    const mine: ReportFacts = {
      id: reportId,
      doc: ctx.row,
      claimReport: reporting?.reportId ?? 0,
      claimId: reporting?.claimId ?? 0,
      terms: reporting?.terms ?? null,
      source,
      count: p.count,
      countValue: v.count?.value ?? null,
      approximate: v.count?.approximate ?? false,
      factuality: v.factuality,
      time: p.time,
      timeValue: v.time?.value ?? null,
    };
    const entities = [...new Set([...anchors, ...(reporting?.about ?? []), ...(source.entity ? [source.entity] : [])])];
    const doc = { row: ctx.row, day: ctx.day };
    runSync(this.conflicts.eventReport(doc, eventId, v.type, mine, entities));
    for (const other of timeDiffers)
      runSync(this.conflicts.timeDiffers(doc, eventId, other.id, other.evidence, v.type, mine, entities));
  }
}

/** The batch's summed counts and dates, written once at its end (see shared/batch-tallies). */
class Tallies extends BatchTallies {
  constructor(private readonly s: ReturnType<typeof statements>) {
    super();
  }

  flush(): void {
    const t = this.drain();
    for (const e of t.entities) this.s.updateEntity.run(e.mentions, e.documents, e.first, e.last, e.id);
    for (const a of t.aliases) this.s.updateAlias.run(a.count, a.first, a.last, a.entity, a.norm);
    for (const x of t.sources)
      this.s.upsertSource.run(x.who.key, x.who.entity, x.who.name, x.claims, x.cited, x.first, x.last);
    for (const c of t.citations) this.s.upsertCitation.run(c.from, c.to, c.count, c.first, c.last);
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

    entityByKey: p("SELECT entity_id FROM entity_key WHERE key = ?"),
    entitiesByAlias: p(
      `SELECT e.id, e.family, e.country FROM entity_alias a JOIN entity e ON e.id = a.entity_id
        WHERE a.norm = ? AND e.local = 0 LIMIT 10`,
    ),
    partsWithRole: p(
      `SELECT p.entity_id FROM entity_part p JOIN entity_role r ON r.entity_id = p.entity_id AND r.role = ?2
        WHERE p.part = ?1 LIMIT 2`,
    ),
    namesakes: p(
      `SELECT p.entity_id AS id, e.mentions FROM entity_part p JOIN entity e ON e.id = p.entity_id
        WHERE p.part = ?`,
    ),
    entityName: p("SELECT name FROM entity WHERE id = ?"),
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
