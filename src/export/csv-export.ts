import type { ExportEntity, ExportEvent, Store } from "../store/contract.js";
import { type CsvValue, csvRecord } from "./csv.js";
import type { ExportOptions, ExportResult } from "./format.js";
import { ftmEntityId } from "./ftm.js";
import type { Sink } from "./sink.js";

/*
 * Tables as CSV, one record per line of evidence. Offsets (start, end) count UTF-16 code units into the text
 * dossier read, as every dossier span does. Lists within a field are joined with "; ".
 *   claims:   one row per report (a claim as one article states it); `claim` is the knowledge-base claim id
 *             that `dossier claims --json` shows, `report` the article's own `document.id#claim.id`
 *   entities: one row per knowledge-base entity; `id` is the FtM export's entity id
 *   events:   one row per report of an event
 */

const CLAIM_COLUMNS = [
  "claim",
  "report",
  "source",
  "via",
  "content",
  "cue",
  "polarity",
  "certainty",
  "quote",
  "reported_at",
  "article_id",
  "title",
  "url",
  "published",
  "start",
  "end",
];

const ENTITY_COLUMNS = [
  "id",
  "key",
  "name",
  "type",
  "country",
  "aliases",
  "roles",
  "mentions",
  "documents",
  "first_seen",
  "last_seen",
  "local",
];

const EVENT_COLUMNS = [
  "event",
  "report",
  "type",
  "time",
  "location",
  "participants",
  "factuality",
  "count",
  "source",
  "trigger",
  "article_id",
  "title",
  "url",
  "published",
  "start",
  "end",
];

function entityRow(e: ExportEntity): CsvValue[] {
  return [
    ftmEntityId(e.key),
    e.key,
    e.name,
    e.type,
    e.country,
    e.aliases.map((a) => a.text).join("; "),
    e.roles.map((r) => r.role).join("; "),
    e.mentions,
    e.documents,
    e.firstSeen,
    e.lastSeen,
    e.local,
  ];
}

function eventRows(e: ExportEvent): CsvValue[][] {
  const participants = e.participants.map((p) => `${p.role}: ${p.entity.name}`).join("; ");
  return e.reports.map((r) => {
    const count = r.count ? `${r.count.approximate ? "~" : ""}${r.count.value ?? `>=${r.count.min ?? ""}`}` : null;
    return [
      e.id,
      r.id,
      e.type,
      r.time ?? e.time,
      e.location?.name,
      participants,
      r.factuality,
      count,
      r.source.name,
      r.trigger.text,
      r.article.id,
      r.article.title,
      r.article.url,
      r.article.published,
      r.trigger.start,
      r.trigger.end,
    ];
  });
}

export async function exportCsv(store: Store, sink: Sink, options: ExportOptions): Promise<ExportResult> {
  let records = 0;
  const row = async (values: CsvValue[]) => {
    await sink.write(csvRecord(values));
    records++;
  };
  if (options.what === "entities") {
    await sink.write(csvRecord(ENTITY_COLUMNS));
    for await (const e of store.exportEntities()) await row(entityRow(e));
  } else if (options.what === "events") {
    await sink.write(csvRecord(EVENT_COLUMNS));
    for await (const e of store.exportEvents()) for (const values of eventRows(e)) await row(values);
  } else {
    await sink.write(csvRecord(CLAIM_COLUMNS));
    for await (const c of store.exportClaims()) {
      for (const r of c.reports) {
        await row([
          c.id,
          r.id,
          c.source.name,
          r.via.map((v) => v.text).join("; "),
          r.content.text,
          r.cue.text,
          r.polarity,
          r.certainty,
          r.quote,
          r.reportedAt,
          r.article.id,
          r.article.title,
          r.article.url,
          r.article.published,
          r.content.start,
          r.content.end,
        ]);
      }
    }
  }
  await sink.flush();
  return { records, notes: [] };
}
