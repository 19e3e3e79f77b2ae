import type { Claim, Entity, Event } from "../../article/analysis.js";
import type { ClaimFigure } from "../../kb/claim-figures.js";
import type { PreparedAnalysis } from "../../kb/prepare.js";
import type { BatchTallies } from "./batch-tallies.js";
import type { Answer } from "./conflict-port.js";
import type { Row } from "./rows.js";

/** A knowledge-base entity as matching hands it on: its id and display name. */
export interface KnownEntity {
  id: number;
  name: string;
}

export interface NewEntity {
  key: string;
  family: string;
  type: string;
  name: string;
  norm: string;
  country: string | null;
  local: boolean;
  /** Name parts a lone surname finds it by (full person names only). */
  parts: readonly string[];
}

export interface NewClaim {
  key: string;
  prop: string;
  frame: string;
  sourceKey: string;
  sourceEntity: number | null;
  sourceName: string;
  content: string;
  polarity: string;
  words: string;
  numbers: string;
  said: string;
  day: string | null;
}

export interface NewClaimReport {
  claimId: number;
  doc: number;
  claim: Claim;
  said: string;
  /** Whom the source cites, as JSON ({ text, entity } with global entity ids). */
  via: string;
}

/** Where an event sits in time and place, as its row keeps it. */
export interface EventPlacement {
  timeValue: string | null;
  timeStart: string | null;
  timeEnd: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  location: number | null;
  /** The day it is filed under (its time's start, else when first reported). */
  when: string;
  /** The publication day of the report writing it. */
  day: string | null;
}

export interface EventChange extends EventPlacement {
  eventId: number;
  /** The event's day moved: its participant rows (found by day) move with it. */
  moved: boolean;
}

export interface NewEvent extends EventPlacement {
  type: string;
  key: string;
}

export interface NewEventReport {
  eventId: number;
  doc: number;
  event: Event;
  evidence: { start: number; end: number; text: string };
  location: number | null;
  claimReport: number | null;
  sourceKey: string;
  sourceEntity: number | null;
  sourceName: string;
}

/** Where events of a type involving some entities were, around a day: the rows for each entity in `entities` order. */
export interface EventWindow {
  entities: readonly number[];
  type: string;
  /** Events on or after `pivot` up to `to`; when `before`, also those from `from` up to (not including) `pivot`. */
  pivot: string;
  to: string;
  from: string;
  before: boolean;
  perSide: number;
}

/**
 * What the knowledge-base writer (shared/kb-writer.ts) reads and writes, one method a step, each store in its own
 * SQL: SQLite answers with values, statement by statement; PostgreSQL with promises, gathering what it can into
 * one round trip (see shared/steps.ts). Either way the same decisions, from src/kb, build the same knowledge base.
 */
export interface WriterPort {
  /** A batch begins: true when another writer has committed since this one's last batch (caches are stale). */
  beginBatch(): Answer<boolean>;
  /** The document ids among these that the store already holds. */
  storedDocuments(ids: readonly string[]): Answer<Set<string>>;
  /** The article's row, with its text indexed for search. */
  insertDocument(prepared: PreparedAnalysis): Answer<number>;

  /** The entities already known under these keys. */
  entitiesByKeys(keys: readonly string[]): Answer<Map<string, KnownEntity>>;
  /** Global entities once called by this folded name (at most a few). */
  entitiesByAlias(norm: string): Answer<(KnownEntity & { family: string; country: string | null })[]>;
  insertEntityKey(key: string, entityId: number): Answer<void>;
  /** Full-name entities with this name part and this role (at most two). */
  partsWithRole(part: string, role: string): Answer<KnownEntity[]>;
  /** Every full-name entity with this name part, with its stored mention count. */
  namesakes(part: string): Answer<(KnownEntity & { mentions: number })[]>;
  /** A new entity with its key and name parts; its id. */
  insertEntity(entity: NewEntity): Answer<number>;
  /**
   * An article's word on an entity: its written forms (the norms returned are those new to it; the others are
   * tallied), its country when it has none yet, its roles. Written at once: the next entity's matching reads them.
   */
  entityFacts(
    entityId: number,
    aliases: readonly [string, { text: string; count: number }][],
    day: string | null,
    country: string | null,
    roles: readonly string[],
  ): Answer<Set<string>>;
  /** The article's mentions of the entity and its link to the article's local entity (nothing reads them back). */
  addMentions(doc: number, entityId: number, entity: Entity): Answer<void>;

  claimByKey(key: string): Answer<{ id: number; said: string } | undefined>;
  /** One more report of a claim, seen on `day`; `said` when it moves the claim (and its about rows) earlier. */
  touchClaim(claimId: number, day: string | null, said: string | null): Answer<void>;
  insertClaim(claim: NewClaim): Answer<number>;
  insertFigures(claimId: number, figures: readonly ClaimFigure[]): Answer<void>;
  /** This article's report of a claim, indexed for search; its id. */
  insertClaimReport(report: NewClaimReport): Answer<number>;
  insertClaimAbout(claimId: number, entities: readonly number[], said: string, polarity: string): Answer<void>;
  /** Figure keys: (word, subject) pairs, index by index. */
  insertFigureKeys(words: readonly string[], subjects: readonly string[], said: string, claimId: number): Answer<void>;

  /** Event rows with their participants (`parts`) for knownEvent; `id` on each. */
  eventFacts(ids: readonly number[]): Answer<Row[]>;
  /** Events near a day per entity: for each entity in order, those after the pivot (nearest first), then before. */
  eventsAround(window: EventWindow): Answer<{ ord: number; event_id: number }[]>;
  updateEvent(change: EventChange): Answer<void>;
  insertEvent(event: NewEvent): Answer<number>;
  insertParticipants(
    eventId: number,
    entities: readonly number[],
    roles: readonly string[],
    type: string,
    when: string,
  ): Answer<void>;
  insertEventReport(report: NewEventReport): Answer<number>;

  /** The batch ends: its counters and tallies (and whatever the port gathered) are written. */
  endBatch(counters: readonly [string, number][], tallies: ReturnType<BatchTallies["drain"]>): Answer<void>;
  /** After a rolled-back batch: anything gathered is dropped. */
  forget(): void;
}
