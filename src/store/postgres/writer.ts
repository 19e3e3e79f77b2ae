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
import { runAsync } from "../shared/steps.js";
import { PgConflictPort } from "./conflict-port.js";
import { tsvectorText } from "./search-query.js";
import { statement as q, type Sql } from "./sql.js";

type CounterName = "articles" | "entities" | "claims" | "events" | "conflicts" | "claimReports" | "eventReports";

interface DocContext {
  row: number;
  prepared: PreparedAnalysis;
  day: string | null;
  /** Local entity id → global entity id and display name. */
  entities: Map<string, { id: number; name: string }>;
  /** Local claim id → what the knowledge base made of it. */
  claims: Map<string, StoredClaim>;
  /** Entity keys of this article already in the store (read at once), and those it adds: key → entity. */
  keys: Map<string, { id: number; name: string }>;
}

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
 * The PostgreSQL writer: the SQLite writer's steps (src/store/sqlite/writer.ts) with the same decisions from src/kb,
 * so both stores build the same knowledge base from the same articles. Each lookup is a round trip here, so rows
 * that nothing reads back within the batch (mentions, article-entity links, counts) are sent in bulk at its end,
 * and each claim's or entity's many small rows go in one statement over arrays.
 */
export class PgWriter {
  private readonly conflictPort = new PgConflictPort();
  private readonly conflicts = new ConflictWriter(this.conflictPort);
  private counters = new Map<CounterName, number>();
  private readonly eventCache = new Map<number, KnownEvent>();
  private readonly tallies = new BatchTallies();
  private pending = pending();
  /** The batch counter as this writer last left it: when another process has written since, caches are stale. */
  private batches = -1;
  private sql!: Sql;

  /** After a rolled-back batch: what was cached may name rows that no longer exist. */
  forget(): void {
    this.eventCache.clear();
    this.tallies.clear();
    this.pending = pending();
    this.batches = -1;
  }

  private count(name: CounterName, n = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
  }

  /** Writes a batch; call inside one transaction holding the write lock. */
  async write(sql: Sql, batch: readonly PreparedAnalysis[]): Promise<AddResult> {
    this.sql = sql;
    this.conflictPort.use(sql);
    const batches = Number(await sql.value(S.nextBatch));
    if (batches !== this.batches + 1) this.eventCache.clear();
    this.batches = batches;
    this.counters = new Map();
    this.tallies.clear();
    this.pending = pending();
    this.conflicts.created = 0;
    const stored = new Set(
      (
        await sql.all<{ doc_id: string }>(
          S.documentsIn,
          batch.map((p) => p.analysis.document.id),
        )
      ).map((r) => r.doc_id),
    );
    let added = 0;
    let known = 0;
    const seen = new Set<string>();
    for (const prepared of batch) {
      const id = prepared.analysis.document.id;
      if (seen.has(id) || stored.has(id)) {
        known++;
        continue;
      }
      seen.add(id);
      await this.writeOne(prepared);
      added++;
    }
    this.count("conflicts", this.conflicts.created);
    await this.flush();
    return { added, known };
  }

  private async flush(): Promise<void> {
    const sql = this.sql;
    const names = [...this.counters].filter(([, v]) => v !== 0);
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
    const t = this.tallies.drain();
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

  private async writeOne(prepared: PreparedAnalysis): Promise<void> {
    const a = prepared.analysis;
    const text = a.document.text;
    const row = Number(
      await this.sql.value(
        S.insertDocument,
        a.document.id,
        a.document.published,
        prepared.day,
        a.document.title,
        a.document.source,
        a.document.url,
        text,
        prepared.stored,
        new Date().toISOString(),
        tsvectorText(a.document.title ?? "", text),
      ),
    );
    this.count("articles");
    const keys = [...new Set(prepared.entities.map((e) => e.identity.key).filter((k): k is string => k !== null))];
    const known = await this.sql.all<{ key: string; entity_id: number; name: string }>(S.entitiesByKeys, keys);
    const ctx: DocContext = {
      row,
      prepared,
      day: prepared.day,
      entities: new Map(),
      claims: new Map(),
      keys: new Map(known.map((k) => [k.key, { id: k.entity_id, name: k.name }])),
    };
    const counted = new Set<number>();
    for (const e of prepared.entities) await this.writeEntity(ctx, e, counted);
    for (const c of prepared.claims) await this.writeClaim(ctx, c);
    for (const v of prepared.events) await this.writeEvent(ctx, v);
    const doc = { row, day: ctx.day };
    for (const claim of ctx.claims.values()) await runAsync(this.conflicts.claim(doc, claim));
    await runAsync(this.conflicts.article(doc, a.document.id, a.conflicts, ctx.claims));
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────────────────

  /** The entity an article's entity is (its id and name), found or created. */
  private async resolveEntity(ctx: DocContext, p: PreparedEntity): Promise<{ id: number; name: string }> {
    const id = p.identity;
    if (id.key !== null) {
      const hit = ctx.keys.get(id.key);
      if (hit) return hit;
      // A name (of two words or more for people) that exactly one compatible entity was already called.
      if (id.family !== "person" || nameTokens(id.norm).length >= 2) {
        const candidates = await this.sql.all<{ id: number; family: string; country: string | null; name: string }>(
          S.entitiesByAlias,
          id.norm,
        );
        const ids = [...new Set(candidates.filter((c) => aliasCompatible(id, c)).map((c) => c.id))];
        if (ids.length === 1) {
          const only = candidates.find((c) => c.id === ids[0]) as { id: number; name: string };
          await this.sql.run(S.insertEntityKey, id.key, only.id);
          ctx.keys.set(id.key, { id: only.id, name: only.name });
          return { id: only.id, name: only.name };
        }
      }
      return this.createEntity(ctx, p, id.key, false);
    }
    if (id.partial && id.roles.length > 0) {
      // A lone surname joins a full name only when exactly one full name with that word shares its role.
      const matching = new Map<number, string>();
      for (const role of id.roles)
        for (const r of await this.sql.all<{ entity_id: number; name: string }>(S.partsWithRole, id.norm, role))
          matching.set(r.entity_id, r.name);
      if (matching.size === 1) {
        const [only] = [...matching];
        if (only) return { id: only[0], name: only[1] };
      }
    }
    if (id.partial) {
      // "Trump" alone, where the knowledge base already knows one Trump far better than any other.
      const rows = await this.sql.all<{ id: number; mentions: number; name: string }>(S.namesakes, id.norm);
      const namesake = dominantNamesake(
        rows.map((r) => ({ id: r.id, mentions: r.mentions + this.tallies.pendingMentions(r.id) })),
      );
      const hit = rows.find((r) => r.id === namesake);
      if (hit) return { id: hit.id, name: hit.name };
    }
    return this.createEntity(ctx, p, localEntityKey(ctx.prepared.analysis.document.id, id), true);
  }

  private async createEntity(
    ctx: DocContext,
    p: PreparedEntity,
    key: string,
    local: boolean,
  ): Promise<{ id: number; name: string }> {
    const id = p.identity;
    const parts = !local && id.family === "person" ? nameParts(id.norm) : [];
    const entityId = Number(
      await this.sql.value(
        S.insertEntity,
        key,
        id.family,
        p.entity.type,
        p.entity.name,
        id.norm,
        id.country,
        local ? 1 : 0,
        parts,
      ),
    );
    this.count("entities");
    const made = { id: entityId, name: p.entity.name };
    ctx.keys.set(key, made);
    return made;
  }

  private async writeEntity(ctx: DocContext, p: PreparedEntity, counted: Set<number>): Promise<void> {
    const { id: entityId, name } = await this.resolveEntity(ctx, p);
    const firstInDoc = !counted.has(entityId);
    counted.add(entityId);
    ctx.entities.set(p.entity.id, { id: entityId, name });
    this.tallies.entity(entityId, p.entity.mentions.length, firstInDoc ? 1 : 0, ctx.day);
    // Aliases, country and roles in one statement. Matching reads the country (aliasCompatible) and the next
    // entity's resolution reads aliases and roles, so they are written now, not tallied.
    const aliases = [...p.aliases];
    const inserted = new Set(
      (
        await this.sql.all<{ norm: string }>(
          S.entityFacts,
          entityId,
          aliases.map(([norm]) => norm),
          aliases.map(([, a]) => a.text),
          aliases.map(([, a]) => a.count),
          ctx.day,
          aliases.map(([, a]) => tsvectorText(a.text)),
          p.identity.country,
          p.identity.roles,
        )
      ).map((r) => r.norm),
    );
    for (const [norm, alias] of aliases)
      if (!inserted.has(norm)) this.tallies.alias(entityId, norm, alias.count, ctx.day);
    const m = this.pending.mentions;
    for (const x of p.entity.mentions) {
      m.doc.push(ctx.row);
      m.start.push(x.start);
      m.end.push(x.end);
      m.entity.push(entityId);
      m.text.push(x.text);
    }
    const d = this.pending.entityDocs;
    d.doc.push(ctx.row);
    d.local.push(p.entity.id);
    d.entity.push(entityId);
    d.name.push(p.entity.name);
  }

  // ── claims ──────────────────────────────────────────────────────────────────────────────────────────────

  private identityOf(ctx: DocContext, ref: { entity: string | null; text: string } | null): SourceIdentity {
    const entity = ref?.entity ? (ctx.entities.get(ref.entity) ?? null) : null;
    return sourceIdentity(entity, ref?.text ?? null, ctx.prepared.analysis.document);
  }

  private async writeClaim(ctx: DocContext, p: PreparedClaim): Promise<void> {
    const sql = this.sql;
    const c = p.claim;
    const source = this.identityOf(ctx, c.source);
    // The same source, the same way, the same proposition: one claim, however many reports.
    const key = `${source.key}|${c.polarity}|${p.prop}`;
    let claimId: number;
    let said = p.said;
    const existing = await sql.get<{ id: number; said: string }>(S.claimByKey, key);
    if (existing) {
      claimId = existing.id;
      if (p.said !== "" && (existing.said === "" || p.said < existing.said)) {
        await sql.run(S.touchClaimSaid, ctx.day, claimId, p.said);
      } else {
        said = existing.said;
        await sql.run(S.touchClaim, ctx.day, claimId);
      }
    } else {
      claimId = Number(
        await sql.value(
          S.insertClaim,
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
        ),
      );
      this.count("claims");
      if (p.figures.length > 0) {
        const f = p.figures;
        await sql.run(
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
    }
    const via = c.via.map((v) => ({
      text: v.text,
      entity: v.entity ? (ctx.entities.get(v.entity)?.id ?? null) : null,
    }));
    const reportId = Number(
      await sql.value(
        S.insertClaimReport,
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
        tsvectorText(c.content.text),
      ),
    );
    this.count("claimReports");
    const about = [...new Set(p.about.map((l) => ctx.entities.get(l)?.id).filter((x): x is number => x !== undefined))];
    if (about.length > 0) await sql.run(S.insertClaimAbout, claimId, about, said, c.polarity);
    // Figures are found again by what they count and what they are about (one report's subjects each).
    const known = p.subjects.map((l) => ctx.entities.get(l)).filter((x) => x !== undefined);
    const subjects = [...new Set(known.map((x) => x.id))];
    const subjectNames = [...new Set(known.map((x) => normaliseName(x.name)).filter((n) => n !== ""))];
    const words = [...new Set(p.figures.flatMap((f) => f.counted))];
    if (c.polarity === "positive" && words.length > 0 && subjectNames.length > 0) {
      const ws = words.flatMap((w) => subjectNames.map(() => w));
      const ns = words.flatMap(() => subjectNames);
      await sql.run(S.insertFigureKeys, ws, ns, said, claimId);
    }
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

  /** Facts of the candidate events, from the cache or in one read for all those missing. */
  private async eventFacts(ids: readonly number[]): Promise<Map<number, KnownEvent>> {
    const out = new Map<number, KnownEvent>();
    const missing: number[] = [];
    for (const id of ids) {
      const cached = this.eventCache.get(id);
      if (cached) out.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0)
      for (const e of await this.sql.all(S.eventFacts, missing)) {
        const known = knownEvent(e);
        if (this.eventCache.size >= EVENT_CACHE_LIMIT) this.eventCache.clear();
        this.eventCache.set(e.id as number, known);
        out.set(e.id as number, known);
      }
    return out;
  }

  /** Events of this type sharing a participant or the place, nearest in time first; bounded per entity. */
  private async eventCandidates(type: string, anchors: readonly number[], around: TimeRange | null): Promise<number[]> {
    const ids = new Set<number>();
    const pivot = around?.start ?? "";
    const from = around ? addDays(around.start, -EVENT_MATCH_REACH_DAYS) : "";
    const to = around ? addDays(around.end, EVENT_MATCH_REACH_DAYS) : "\uffff";
    if (anchors.length === 0) return [];
    // Every anchor, both directions, in one round trip; taken anchor by anchor in the order the SQLite writer reads
    // them (after, then before), stopping where it stops.
    const rows = await this.sql.all<{ ord: number; event_id: number }>(
      S.eventsAround,
      anchors,
      type,
      pivot,
      to,
      EVENT_CANDIDATES_PER_SIDE,
      from,
      around !== null,
    );
    let anchor = rows[0]?.ord;
    for (const r of rows) {
      if (r.ord !== anchor) {
        if (ids.size >= EVENT_CANDIDATES_MAX) break;
        anchor = r.ord;
      }
      ids.add(r.event_id);
    }
    return [...ids];
  }

  private async writeEvent(ctx: DocContext, p: PreparedEvent): Promise<void> {
    const sql = this.sql;
    const v = p.event;
    const { facts, anchors } = eventFactsOf(p, (local) => ctx.entities.get(local)?.id);
    const reporting = v.claim ? ctx.claims.get(v.claim) : undefined;
    if (reporting && p.count) reporting.countedEvent = true;
    const source = reporting?.source ?? publisherIdentity(ctx.prepared.analysis.document);

    let best: { id: number; evidence: number; days: number; facts: KnownEvent } | null = null;
    const timeDiffers: { id: number; evidence: number }[] = [];
    const candidates = await this.eventCandidates(v.type, anchors, p.time ?? p.window);
    const knownFacts = await this.eventFacts(candidates);
    for (const id of candidates) {
      const known = knownFacts.get(id);
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
      const moved = when !== (known.time?.start ?? known.firstSeen ?? "");
      await sql.run(
        S.updateEvent,
        timeValue,
        time?.start ?? null,
        time?.end ?? null,
        earlier(known.window?.start ?? null, p.window?.start ?? null),
        later(known.window?.end ?? null, p.window?.end ?? null),
        known.location ?? facts.location,
        when,
        ctx.day,
        eventId,
        moved,
      );
      this.eventCache.delete(eventId);
    } else {
      when = p.time?.start ?? ctx.day ?? "";
      eventId = Number(
        await sql.value(
          S.insertEvent,
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
        ),
      );
      this.count("events");
    }
    if (facts.agents.length + facts.patients.length + facts.others.length > 0) this.eventCache.delete(eventId);
    const roles: string[] = [];
    const entities: number[] = [];
    for (const [role, ids] of [
      ["agent", facts.agents],
      ["patient", facts.patients],
      ["other", facts.others],
      ["place", facts.location ? [facts.location] : []],
    ] as const)
      for (const entityId of ids) {
        roles.push(role);
        entities.push(entityId);
      }
    if (entities.length > 0) await sql.run(S.insertParticipants, entities, eventId, roles, v.type, when);
    const reportId = Number(
      await sql.value(
        S.insertEventReport,
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
      ),
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
    const linked = [...new Set([...anchors, ...(reporting?.about ?? []), ...(source.entity ? [source.entity] : [])])];
    const doc = { row: ctx.row, day: ctx.day };
    await runAsync(this.conflicts.eventReport(doc, eventId, v.type, mine, linked));
    for (const other of timeDiffers)
      await runAsync(this.conflicts.timeDiffers(doc, eventId, other.id, other.evidence, v.type, mine, linked));
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
    `SELECT p.entity_id, e.name FROM entity_part p JOIN entity_role r ON r.entity_id = p.entity_id AND r.role = $2
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
