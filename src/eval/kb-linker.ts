import { aliasCompatible, type EntityFamily, localEntityKey, nameParts } from "../kb/entity-key.js";
import { type EventFacts, eventFactsOf, matchEvent, preciser } from "../kb/event-match.js";
import { nameTokens } from "../kb/normalise.js";
import type { PreparedAnalysis, PreparedEntity, PreparedEvent } from "../kb/prepare.js";
import { addDays, type TimeRange } from "../kb/time-range.js";

/**
 * The knowledge base's cross-article linking, in memory: which articles' entities and events the store would
 * make one. It follows src/store/shared/kb-writer.ts step by step, with the decisions taken by the same src/kb
 * functions, but nothing is written anywhere:
 * - an entity joins the one holding its key (entityIdentity), else the single compatible non-local entity already
 *   called by its folded name, else a lone surname joins the single full name sharing its word and a role, else it
 *   is new (local to its article when it has no key);
 * - an event joins the known event of its type that shares a participant or the place and that matchEvent calls
 *   the same (most evidence, then the most precise time), else it is new.
 * The store bounds its event candidates (8 per entity and side in time, 48 at most); here every event of the type
 * sharing an anchor within the same reach of days is a candidate, which only differs on very large stores.
 */

// The store's reach for event candidates, in days around the report's time (or its publication window).
const EVENT_MATCH_REACH_DAYS = 31;

interface KnownEntity {
  family: EntityFamily;
  country: string | null;
  local: boolean;
}

interface KnownEvent extends EventFacts {
  /** The day it is filed under (its time's start, else when first reported). */
  when: string;
  firstSeen: string | null;
}

export interface LinkedDocument {
  /** Local entity id ("e3") → global entity number. */
  entities: Map<string, number>;
  /** Local event id ("v2") → global event number. */
  events: Map<string, number>;
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export class MemoryLinker {
  private readonly keys = new Map<string, number>();
  private readonly entities: KnownEntity[] = [];
  private readonly aliases = new Map<string, Set<number>>();
  private readonly parts = new Map<string, Set<number>>();
  private readonly roles = new Map<number, Set<string>>();
  private readonly events: KnownEvent[] = [];
  /** Event type → entity → events of that type it took part in. */
  private readonly eventsByAnchor = new Map<string, Map<number, Set<number>>>();
  private readonly seen = new Set<string>();

  /** Links one article, as the store's writer would on ingesting it after every article linked before. */
  link(prepared: PreparedAnalysis): LinkedDocument {
    const docId = prepared.analysis.document.id;
    const out: LinkedDocument = { entities: new Map(), events: new Map() };
    // The store keeps one copy of a document; a repeat links to nothing new.
    if (this.seen.has(docId)) return out;
    this.seen.add(docId);
    for (const e of prepared.entities) out.entities.set(e.entity.id, this.writeEntity(docId, e));
    for (const v of prepared.events) out.events.set(v.event.id, this.writeEvent(prepared.day, out.entities, v));
    return out;
  }

  private writeEntity(docId: string, p: PreparedEntity): number {
    const id = this.resolveEntity(docId, p);
    const known = this.entities[id] as KnownEntity;
    // The first country an article gives an entity sticks.
    if (p.identity.country !== null && known.country === null) known.country = p.identity.country;
    for (const norm of p.aliases.keys()) {
      const set = this.aliases.get(norm) ?? new Set<number>();
      set.add(id);
      this.aliases.set(norm, set);
    }
    const roles = this.roles.get(id) ?? new Set<string>();
    for (const role of p.identity.roles) roles.add(role);
    this.roles.set(id, roles);
    return id;
  }

  private resolveEntity(docId: string, p: PreparedEntity): number {
    const id = p.identity;
    if (id.key !== null) {
      const hit = this.keys.get(id.key);
      if (hit !== undefined) return hit;
      if (id.family !== "person" || nameTokens(id.norm).length >= 2) {
        const ids = [...(this.aliases.get(id.norm) ?? [])].filter((e) => {
          const c = this.entities[e] as KnownEntity;
          return !c.local && aliasCompatible(id, c);
        });
        if (ids.length === 1) {
          const only = ids[0] as number;
          this.keys.set(id.key, only);
          return only;
        }
      }
      return this.createEntity(p, id.key, false);
    }
    if (id.partial && id.roles.length > 0) {
      const matching = new Set<number>();
      for (const role of id.roles)
        for (const e of this.parts.get(id.norm) ?? []) if (this.roles.get(e)?.has(role)) matching.add(e);
      if (matching.size === 1) return [...matching][0] as number;
    }
    return this.createEntity(p, localEntityKey(docId, id), true);
  }

  private createEntity(p: PreparedEntity, key: string, local: boolean): number {
    const id = this.entities.length;
    this.entities.push({ family: p.identity.family, country: p.identity.country, local });
    if (!this.keys.has(key)) this.keys.set(key, id);
    if (!local && p.identity.family === "person")
      for (const part of nameParts(p.identity.norm)) {
        const set = this.parts.get(part) ?? new Set<number>();
        set.add(id);
        this.parts.set(part, set);
      }
    return id;
  }

  private candidates(type: string, anchors: readonly number[], around: TimeRange | null): number[] {
    const byAnchor = this.eventsByAnchor.get(type);
    if (!byAnchor) return [];
    const from = around ? addDays(around.start, -EVENT_MATCH_REACH_DAYS) : "";
    const to = around ? addDays(around.end, EVENT_MATCH_REACH_DAYS) : "\uffff";
    const ids = new Set<number>();
    for (const a of anchors)
      for (const e of byAnchor.get(a) ?? []) {
        const when = (this.events[e] as KnownEvent).when;
        if (when >= from && when <= to) ids.add(e);
      }
    return [...ids].sort((x, y) => x - y);
  }

  private writeEvent(day: string | null, entities: ReadonlyMap<string, number>, p: PreparedEvent): number {
    const v = p.event;
    const { facts, anchors } = eventFactsOf(p, (local) => entities.get(local));
    let best: { id: number; evidence: number; days: number } | null = null;
    for (const id of this.candidates(v.type, anchors, p.time ?? p.window)) {
      const known = this.events[id] as KnownEvent;
      const m = matchEvent(facts, known);
      if (m.verdict !== "same") continue;
      const days = known.time?.days ?? Number.MAX_SAFE_INTEGER;
      if (!best || m.evidence > best.evidence || (m.evidence === best.evidence && days < best.days))
        best = { id, evidence: m.evidence, days };
    }
    let id: number;
    if (best) {
      id = best.id;
      const known = this.events[id] as KnownEvent;
      // The event keeps its most precise stated time; its publication window widens to cover every report.
      known.time = preciser(known.time, p.time);
      const start = earlier(known.window?.start ?? null, p.window?.start ?? null);
      const end = later(known.window?.end ?? null, p.window?.end ?? null);
      known.window = start && end ? { start, end, days: 0 } : null;
      known.location = known.location ?? facts.location;
      known.when = known.time?.start ?? earlier(known.firstSeen, day) ?? "";
      known.firstSeen = earlier(known.firstSeen, day);
      known.agents = [...new Set([...known.agents, ...facts.agents])];
      known.patients = [...new Set([...known.patients, ...facts.patients])];
      known.others = [...new Set([...known.others, ...facts.others])];
    } else {
      id = this.events.length;
      this.events.push({ ...facts, when: p.time?.start ?? day ?? "", firstSeen: day });
    }
    // Later reports find the event through any entity that took part in one of its reports.
    const byAnchor = this.eventsByAnchor.get(v.type) ?? new Map<number, Set<number>>();
    this.eventsByAnchor.set(v.type, byAnchor);
    for (const a of anchors) {
      const set = byAnchor.get(a) ?? new Set<number>();
      set.add(id);
      byAnchor.set(a, set);
    }
    return id;
  }
}
