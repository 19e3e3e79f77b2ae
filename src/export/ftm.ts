import type { EntityType } from "../article/analysis.js";
import type { ExportDocument, ExportEntity, ExportEntityRef, ExportEvent, Store } from "../store/contract.js";
import { calendarDate, dayOf, ftmDate } from "./dates.js";
import type { ExportOptions, ExportResult } from "./format.js";
import { documentHash, entityHash, eventHash } from "./ids.js";
import { isPublicBody } from "./public-body.js";
import type { Sink } from "./sink.js";

/*
 * FollowTheMoney entities as JSON lines ({"id","schema","properties"} with every value an array of strings), as
 * Aleph, OpenSanctions' tools and `ftm` read them. Schemata and property names are FtM's own (checked against
 * its model, followthemoney 3.8): people are Person; organisations Organization, or PublicBody for state organs;
 * places Address (FtM has no city or country entity: `full` holds the name, `country` the ISO code, and
 * latitude/longitude the coordinates); articles Article; each entity–article link a Documentation; events Event.
 * Nationalities and groups (NORP) and untyped names (OTHER) have no FtM counterpart and are left out; claims have
 * none either (see the claims-jsonld export).
 */

type Properties = Record<string, string[]>;

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Properties;
  /** When the articles first and last mentioned it (publication days), as OpenSanctions' entities carry them. */
  first_seen?: string;
  last_seen?: string;
}

// FtM caps string values (bodyText at 65,000 characters); longer ones are cut, never split inside a character.
const MAX_BODY = 65_000;

export const ftmEntityId = (key: string): string => `dossier-ent-${entityHash(key)}`;
export const ftmDocumentId = (docId: string): string => `dossier-doc-${documentHash(docId)}`;
const documentationId = (docId: string, key: string) => `dossier-docu-${entityHash(`${docId}\u0000${key}`)}`;
const eventId = (identity: string) => `dossier-evt-${eventHash(identity)}`;

/** The FtM schema for an entity type, or null when FtM has none that fits. */
export function ftmSchema(type: EntityType, name: string): string | null {
  switch (type) {
    case "PERSON":
      return "Person";
    case "ORG":
      return isPublicBody(name) ? "PublicBody" : "Organization";
    case "GPE":
    case "LOC":
      return "Address";
    default:
      return null;
  }
}

const isLegalEntity = (type: EntityType) => type === "PERSON" || type === "ORG";
const isPlace = (type: EntityType) => type === "GPE" || type === "LOC";

/** Properties without empty or repeated values; keys with no value left are dropped. */
function props(values: Record<string, (string | null | undefined)[]>): Properties {
  const out: Properties = {};
  for (const [key, list] of Object.entries(values)) {
    const kept = [...new Set(list.filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
    if (kept.length > 0) out[key] = kept;
  }
  return out;
}

function seen(first: string | null, last: string | null): Pick<FtmEntity, "first_seen" | "last_seen"> {
  return { ...(first ? { first_seen: first } : {}), ...(last ? { last_seen: last } : {}) };
}

export function ftmEntity(e: ExportEntity): FtmEntity | null {
  const schema = ftmSchema(e.type, e.name);
  if (!schema) return null;
  const name = e.name.trim().toLowerCase();
  const aliases = e.aliases.map((a) => a.text).filter((a) => a.trim().toLowerCase() !== name);
  const country = e.country ? [e.country.toLowerCase()] : [];
  const base = { name: [e.name], alias: aliases, country };
  let properties: Properties;
  if (schema === "Person") properties = props({ ...base, position: e.roles.map((r) => r.role) });
  else if (schema === "Address")
    properties = props({
      ...base,
      full: [e.name],
      latitude: e.geo ? [String(e.geo.lat)] : [],
      longitude: e.geo ? [String(e.geo.lon)] : [],
    });
  else properties = props(base);
  return { id: ftmEntityId(e.key), schema, properties, ...seen(e.firstSeen, e.lastSeen) };
}

/** A character-safe prefix of at most `max` UTF-16 units. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** FtM requires a document's file name: the last part of the article's URL path, else its document id. */
function fileName(a: ExportDocument["article"]): string {
  if (a.url) {
    try {
      const last = new URL(a.url).pathname
        .split("/")
        .filter((p) => p !== "")
        .pop();
      if (last) return decodeURIComponent(last);
    } catch {
      // Not a URL: fall back to the document id.
    }
  }
  return a.id;
}

export function ftmArticle(d: ExportDocument, withText: boolean): FtmEntity {
  const a = d.article;
  const named = (pick: (t: EntityType) => boolean) =>
    d.entities.filter((x) => pick(x.entity.type)).map((x) => x.entity.name);
  return {
    id: ftmDocumentId(a.id),
    schema: "Article",
    properties: props({
      name: [a.title ?? a.id],
      title: [a.title],
      fileName: [fileName(a)],
      publishedAt: [ftmDate(a.published)],
      publisher: [a.source],
      sourceUrl: [a.url],
      bodyText: withText ? [cut(d.text, MAX_BODY)] : [],
      peopleMentioned: named((t) => t === "PERSON"),
      companiesMentioned: named((t) => t === "ORG"),
      locationMentioned: named(isPlace),
    }),
    ...seen(dayOf(a.published), dayOf(a.published)),
  };
}

/** One Documentation per knowledge-base entity an article mentions (several local ids may resolve to one). */
export function ftmDocumentations(d: ExportDocument): FtmEntity[] {
  const seenKeys = new Set<string>();
  const out: FtmEntity[] = [];
  for (const { entity } of d.entities) {
    if (seenKeys.has(entity.key) || !ftmSchema(entity.type, entity.name)) continue;
    seenKeys.add(entity.key);
    out.push({
      id: documentationId(d.article.id, entity.key),
      schema: "Documentation",
      properties: props({
        document: [ftmDocumentId(d.article.id)],
        entity: [ftmEntityId(entity.key)],
        role: ["mentioned"],
        date: [dayOf(d.article.published)],
      }),
    });
  }
  return out;
}

/** An event with the people and organisations in it, where it happened, and a Documentation per reporting article. */
export function ftmEvent(e: ExportEvent): FtmEntity[] {
  const id = eventId(e.identity);
  const place: ExportEntityRef | null = e.location && isPlace(e.location.type) ? e.location : null;
  const event: FtmEntity = {
    id,
    schema: "Event",
    properties: props({
      name: [`${e.type.toLowerCase().replace(/_/g, " ")}${e.time ? ` (${e.time})` : ""}`],
      date: [calendarDate(e.time)],
      location: [place?.name],
      addressEntity: [place ? ftmEntityId(place.key) : null],
      involved: e.participants.filter((p) => isLegalEntity(p.entity.type)).map((p) => ftmEntityId(p.entity.key)),
      sourceUrl: e.reports.map((r) => r.article.url),
      summary: e.reports.slice(0, 1).map((r) => `${r.trigger.text} (${r.factuality}, per ${r.source.name})`),
    }),
    ...seen(e.firstSeen, e.lastSeen),
  };
  const docs = new Map(e.reports.map((r) => [r.article.id, r.article]));
  const links = [...docs.values()].map(
    (a): FtmEntity => ({
      id: documentationId(a.id, `event\u0000${e.identity}`),
      schema: "Documentation",
      properties: props({
        document: [ftmDocumentId(a.id)],
        entity: [id],
        role: ["reports the event"],
        date: [dayOf(a.published)],
      }),
    }),
  );
  return [event, ...links];
}

export async function exportFtm(store: Store, sink: Sink, options: ExportOptions): Promise<ExportResult> {
  let records = 0;
  let skipped = 0;
  const emit = async (entity: FtmEntity) => {
    await sink.write(`${JSON.stringify(entity)}\n`);
    records++;
  };
  for await (const e of store.exportEntities({ geo: true })) {
    const entity = ftmEntity(e);
    if (entity) await emit(entity);
    else skipped++;
  }
  for await (const d of store.exportDocuments()) {
    await emit(ftmArticle(d, options.text));
    for (const link of ftmDocumentations(d)) await emit(link);
  }
  for await (const e of store.exportEvents()) for (const entity of ftmEvent(e)) await emit(entity);
  await sink.flush();
  const notes = skipped > 0 ? [`${skipped} nationality/group or untyped entities have no FtM schema: left out`] : [];
  return { records, notes };
}
