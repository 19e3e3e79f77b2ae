import { aliasCompatible, dominantNamesake, localEntityKey, nameParts } from "../../kb/entity-key.js";
import { eventFactsOf, matchEvent, preciser } from "../../kb/event-match.js";
import { nameTokens, normaliseName } from "../../kb/normalise.js";
import type { PreparedAnalysis, PreparedClaim, PreparedEntity, PreparedEvent } from "../../kb/prepare.js";
import { publisherIdentity, type SourceIdentity, sourceIdentity } from "../../kb/source-key.js";
import { addDays, type TimeRange } from "../../kb/time-range.js";
import type { AddResult } from "../contract.js";
import { BatchTallies, earlier, later } from "./batch-tallies.js";
import type { ConflictPort } from "./conflict-port.js";
import { ConflictWriter } from "./conflict-writer.js";
import {
  EVENT_CACHE_LIMIT,
  EVENT_CANDIDATES_MAX,
  EVENT_CANDIDATES_PER_SIDE,
  EVENT_MATCH_REACH_DAYS,
  eventKey,
  type KnownEvent,
  knownEvent,
} from "./event-facts.js";
import type { ReportFacts, StoredClaim } from "./facts.js";
import { result, type Steps } from "./steps.js";
import type { KnownEntity, WriterPort } from "./writer-port.js";

type CounterName = "articles" | "entities" | "claims" | "events" | "conflicts" | "claimReports" | "eventReports";

interface DocContext {
  row: number;
  prepared: PreparedAnalysis;
  day: string | null;
  /** Local entity id → global entity. */
  entities: Map<string, KnownEntity>;
  /** Local claim id → what the knowledge base made of it. */
  claims: Map<string, StoredClaim>;
  /** Entity keys of this article already in the store (read at once), and those it adds. */
  keys: Map<string, KnownEntity>;
}

/**
 * The single writer, for both stores: turns prepared analyses into rows and links them to the knowledge base inside
 * the caller's transaction. What counts as "the same" is decided in src/kb; this class looks candidates up through
 * the store's port (always through an index, always bounded) and writes. Its methods are steps (shared/steps.ts):
 * SQLite runs them straight through, PostgreSQL awaits each.
 */
export class KbWriter {
  private readonly conflicts: ConflictWriter;
  private counters = new Map<CounterName, number>();
  /** Facts of recently seen events: the same events are candidates for report after report. */
  private readonly eventCache = new Map<number, KnownEvent>();
  private readonly tallies = new BatchTallies();

  constructor(
    private readonly port: WriterPort,
    conflictPort: ConflictPort,
  ) {
    this.conflicts = new ConflictWriter(conflictPort);
  }

  /** After a rolled-back batch: what was cached may name rows that no longer exist. */
  forget(): void {
    this.eventCache.clear();
    this.tallies.clear();
    this.port.forget();
  }

  private count(name: CounterName, n = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + n);
  }

  /** Writes a batch; run inside one transaction. Documents already stored, or repeated in the batch, are known. */
  *write(batch: readonly PreparedAnalysis[]): Steps<AddResult> {
    if (yield* result(this.port.beginBatch())) this.eventCache.clear();
    this.counters = new Map();
    this.tallies.clear();
    this.conflicts.created = 0;
    const stored = yield* result(this.port.storedDocuments(batch.map((p) => p.analysis.document.id)));
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
      yield* this.writeOne(prepared);
      added++;
    }
    this.count("conflicts", this.conflicts.created);
    yield* result(this.port.endBatch([...this.counters], this.tallies.drain()));
    return { added, known };
  }

  private *writeOne(prepared: PreparedAnalysis): Steps<void> {
    const row = yield* result(this.port.insertDocument(prepared));
    this.count("articles");
    const keys = [...new Set(prepared.entities.map((e) => e.identity.key).filter((k): k is string => k !== null))];
    const ctx: DocContext = {
      row,
      prepared,
      day: prepared.day,
      entities: new Map(),
      claims: new Map(),
      keys: keys.length > 0 ? yield* result(this.port.entitiesByKeys(keys)) : new Map(),
    };
    const counted = new Set<number>();
    for (const e of prepared.entities) yield* this.writeEntity(ctx, e, counted);
    for (const c of prepared.claims) yield* this.writeClaim(ctx, c);
    for (const v of prepared.events) yield* this.writeEvent(ctx, v);
    const doc = { row, day: ctx.day };
    for (const claim of ctx.claims.values()) yield* this.conflicts.claim(doc, claim);
    yield* this.conflicts.article(doc, prepared.analysis.document.id, prepared.analysis.conflicts, ctx.claims);
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────────────────

  /** The entity an article's entity is, found or created. */
  private *resolveEntity(ctx: DocContext, p: PreparedEntity): Steps<KnownEntity> {
    const id = p.identity;
    if (id.key !== null) {
      const hit = ctx.keys.get(id.key);
      if (hit) return hit;
      // A name (of two words or more for people) that exactly one compatible entity was already called.
      if (id.family !== "person" || nameTokens(id.norm).length >= 2) {
        const candidates = yield* result(this.port.entitiesByAlias(id.norm));
        const ids = [...new Set(candidates.filter((c) => aliasCompatible(id, c)).map((c) => c.id))];
        const only = ids.length === 1 ? candidates.find((c) => c.id === ids[0]) : undefined;
        if (only) {
          yield* result(this.port.insertEntityKey(id.key, only.id));
          const found = { id: only.id, name: only.name };
          ctx.keys.set(id.key, found);
          return found;
        }
      }
      return yield* this.createEntity(ctx, p, id.key, false);
    }
    if (id.partial && id.roles.length > 0) {
      // A lone surname joins a full name only when exactly one full name with that word shares its role.
      const matching = new Map<number, KnownEntity>();
      for (const role of id.roles)
        for (const r of yield* result(this.port.partsWithRole(id.norm, role))) matching.set(r.id, r);
      const [only] = matching.values();
      if (matching.size === 1 && only) return only;
    }
    if (id.partial) {
      // "Trump" alone, where the knowledge base already knows one Trump far better than any other.
      const rows = yield* result(this.port.namesakes(id.norm));
      const namesake = dominantNamesake(
        rows.map((r) => ({ id: r.id, mentions: r.mentions + this.tallies.pendingMentions(r.id) })),
      );
      const hit = rows.find((r) => r.id === namesake);
      if (hit) return { id: hit.id, name: hit.name };
    }
    return yield* this.createEntity(ctx, p, localEntityKey(ctx.prepared.analysis.document.id, id), true);
  }

  private *createEntity(ctx: DocContext, p: PreparedEntity, key: string, local: boolean): Steps<KnownEntity> {
    const id = p.identity;
    const entityId = yield* result(
      this.port.insertEntity({
        key,
        family: id.family,
        type: p.entity.type,
        name: p.entity.name,
        norm: id.norm,
        country: id.country,
        local,
        parts: !local && id.family === "person" ? nameParts(id.norm) : [],
      }),
    );
    this.count("entities");
    const made = { id: entityId, name: p.entity.name };
    ctx.keys.set(key, made);
    return made;
  }

  private *writeEntity(ctx: DocContext, p: PreparedEntity, counted: Set<number>): Steps<void> {
    const entity = yield* this.resolveEntity(ctx, p);
    const firstInDoc = !counted.has(entity.id);
    counted.add(entity.id);
    ctx.entities.set(p.entity.id, entity);
    this.tallies.entity(entity.id, p.entity.mentions.length, firstInDoc ? 1 : 0, ctx.day);
    const aliases = [...p.aliases];
    const inserted = yield* result(
      this.port.entityFacts(entity.id, aliases, ctx.day, p.identity.country, p.identity.roles),
    );
    for (const [norm, alias] of aliases)
      if (!inserted.has(norm)) this.tallies.alias(entity.id, norm, alias.count, ctx.day);
    yield* result(this.port.addMentions(ctx.row, entity.id, p.entity));
  }

  // ── claims ──────────────────────────────────────────────────────────────────────────────────────────────

  private identityOf(ctx: DocContext, ref: { entity: string | null; text: string } | null): SourceIdentity {
    const entity = ref?.entity ? (ctx.entities.get(ref.entity) ?? null) : null;
    return sourceIdentity(entity, ref?.text ?? null, ctx.prepared.analysis.document);
  }

  private *writeClaim(ctx: DocContext, p: PreparedClaim): Steps<void> {
    const port = this.port;
    const c = p.claim;
    const source = this.identityOf(ctx, c.source);
    // The same source, the same way, the same proposition: one claim, however many reports.
    const key = `${source.key}|${c.polarity}|${p.prop}`;
    let claimId: number;
    let said = p.said;
    const existing = yield* result(port.claimByKey(key));
    if (existing) {
      claimId = existing.id;
      const earlierSaid = p.said !== "" && (existing.said === "" || p.said < existing.said);
      if (!earlierSaid) said = existing.said;
      yield* result(port.touchClaim(claimId, ctx.day, earlierSaid ? p.said : null));
    } else {
      claimId = yield* result(
        port.insertClaim({
          key,
          prop: p.prop,
          frame: p.frame,
          sourceKey: source.key,
          sourceEntity: source.entity,
          sourceName: source.name,
          content: c.content.text,
          polarity: c.polarity,
          words: p.terms.words.join(" "),
          numbers: p.terms.numbers.join(" "),
          said: p.said,
          day: ctx.day,
        }),
      );
      this.count("claims");
      if (p.figures.length > 0) yield* result(port.insertFigures(claimId, p.figures));
    }
    const via = c.via.map((v) => ({
      text: v.text,
      entity: v.entity ? (ctx.entities.get(v.entity)?.id ?? null) : null,
    }));
    const reportId = yield* result(
      port.insertClaimReport({ claimId, doc: ctx.row, claim: c, said: p.said, via: JSON.stringify(via) }),
    );
    this.count("claimReports");
    const about = [...new Set(p.about.map((l) => ctx.entities.get(l)?.id).filter((x): x is number => x !== undefined))];
    if (about.length > 0) yield* result(port.insertClaimAbout(claimId, about, said, c.polarity));
    // Figures are found again by what they count and what they are about (one report's subjects each).
    const known = p.subjects.map((l) => ctx.entities.get(l)).filter((x) => x !== undefined);
    const subjects = [...new Set(known.map((x) => x.id))];
    const subjectNames = [...new Set(known.map((x) => normaliseName(x.name)).filter((n) => n !== ""))];
    const words = [...new Set(p.figures.flatMap((f) => f.counted))];
    if (c.polarity === "positive" && words.length > 0 && subjectNames.length > 0)
      yield* result(
        port.insertFigureKeys(
          words.flatMap((w) => subjectNames.map(() => w)),
          words.flatMap(() => subjectNames),
          said,
          claimId,
        ),
      );
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
  private *eventFacts(ids: readonly number[]): Steps<Map<number, KnownEvent>> {
    const out = new Map<number, KnownEvent>();
    const missing: number[] = [];
    for (const id of ids) {
      const cached = this.eventCache.get(id);
      if (cached) out.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0)
      for (const e of yield* result(this.port.eventFacts(missing))) {
        const known = knownEvent(e);
        if (this.eventCache.size >= EVENT_CACHE_LIMIT) this.eventCache.clear();
        this.eventCache.set(e.id as number, known);
        out.set(e.id as number, known);
      }
    return out;
  }

  /** Events of this type sharing a participant or the place, nearest in time first; bounded per entity. */
  private *eventCandidates(type: string, anchors: readonly number[], around: TimeRange | null): Steps<number[]> {
    if (anchors.length === 0) return [];
    const rows = yield* result(
      this.port.eventsAround({
        entities: anchors,
        type,
        pivot: around?.start ?? "",
        to: around ? addDays(around.end, EVENT_MATCH_REACH_DAYS) : "\uffff",
        from: around ? addDays(around.start, -EVENT_MATCH_REACH_DAYS) : "",
        before: around !== null,
        perSide: EVENT_CANDIDATES_PER_SIDE,
      }),
    );
    // Entity by entity, stopping after the one that reaches the bound.
    const ids = new Set<number>();
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

  private *writeEvent(ctx: DocContext, p: PreparedEvent): Steps<void> {
    const port = this.port;
    const v = p.event;
    const { facts, anchors } = eventFactsOf(p, (local) => ctx.entities.get(local)?.id);
    const reporting = v.claim ? ctx.claims.get(v.claim) : undefined;
    if (reporting && p.count) reporting.countedEvent = true;
    const source = reporting?.source ?? publisherIdentity(ctx.prepared.analysis.document);

    let best: { id: number; evidence: number; days: number; facts: KnownEvent } | null = null;
    const timeDiffers: { id: number; evidence: number }[] = [];
    const candidates = yield* this.eventCandidates(v.type, anchors, p.time ?? p.window);
    const knownFacts = yield* this.eventFacts(candidates);
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
      when = time?.start ?? earlier(known.firstSeen, ctx.day) ?? "";
      yield* result(
        port.updateEvent({
          eventId,
          timeValue: time === known.time ? known.timeValue : (v.time?.value ?? null),
          timeStart: time?.start ?? null,
          timeEnd: time?.end ?? null,
          windowStart: earlier(known.window?.start ?? null, p.window?.start ?? null),
          windowEnd: later(known.window?.end ?? null, p.window?.end ?? null),
          location: known.location ?? facts.location,
          when,
          day: ctx.day,
          moved: when !== (known.time?.start ?? known.firstSeen ?? ""),
        }),
      );
      this.eventCache.delete(eventId);
    } else {
      when = p.time?.start ?? ctx.day ?? "";
      eventId = yield* result(
        port.insertEvent({
          type: v.type,
          key: eventKey(facts, v.time?.value ?? null),
          timeValue: v.time?.value ?? null,
          timeStart: p.time?.start ?? null,
          timeEnd: p.time?.end ?? null,
          windowStart: p.window?.start ?? null,
          windowEnd: p.window?.end ?? null,
          location: facts.location,
          when,
          day: ctx.day,
        }),
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
    if (entities.length > 0) yield* result(port.insertParticipants(eventId, entities, roles, v.type, when));
    const reportId = yield* result(
      port.insertEventReport({
        eventId,
        doc: ctx.row,
        event: v,
        evidence: p.evidence,
        location: facts.location,
        claimReport: reporting?.reportId ?? null,
        sourceKey: source.key,
        sourceEntity: source.entity,
        sourceName: source.name,
      }),
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
    yield* this.conflicts.eventReport(doc, eventId, v.type, mine, linked);
    for (const other of timeDiffers)
      yield* this.conflicts.timeDiffers(doc, eventId, other.id, other.evidence, v.type, mine, linked);
  }
}
