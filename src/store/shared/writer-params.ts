import type { PreparedAnalysis } from "../../kb/prepare.js";
import type { EventChange, NewClaim, NewClaimReport, NewEvent, NewEventReport } from "./writer-port.js";

// The parameters of the writer's row statements, in the column order both schemas share: each store's SQL binds
// them in this order, and adds what only it has (PostgreSQL's tsvector, SQLite's repeated day) after them.

/** document: doc_id, published, day, title, source, url, text, analysis, ingested_at. */
export function documentParams(p: PreparedAnalysis): unknown[] {
  const d = p.analysis.document;
  return [d.id, d.published, p.day, d.title, d.source, d.url, d.text, p.stored, new Date().toISOString()];
}

/** claim: key, prop, frame, source_key, source_entity, source_name, content, polarity, words, numbers, said, first_seen. */
export function claimParams(c: NewClaim): unknown[] {
  return [
    c.key,
    c.prop,
    c.frame,
    c.sourceKey,
    c.sourceEntity,
    c.sourceName,
    c.content,
    c.polarity,
    c.words,
    c.numbers,
    c.said,
    c.day,
  ];
}

/**
 * claim_report: claim_id, doc, local_id, content_start, content_end, content, cue_start, cue_end, cue, source_text,
 * reported_at, said, polarity, certainty, quote, via.
 */
export function claimReportParams(r: NewClaimReport): unknown[] {
  const c = r.claim;
  return [
    r.claimId,
    r.doc,
    c.id,
    c.content.start,
    c.content.end,
    c.content.text,
    c.cue.start,
    c.cue.end,
    c.cue.text,
    c.source?.text ?? null,
    c.reportedAt?.value ?? null,
    r.said,
    c.polarity,
    c.certainty,
    c.quote ? 1 : 0,
    r.via,
  ];
}

/** event: type, key, time, time_start, time_end, window_start, window_end, location, when_day, first_seen. */
export function eventParams(e: NewEvent): unknown[] {
  return [e.type, e.key, e.timeValue, e.timeStart, e.timeEnd, e.windowStart, e.windowEnd, e.location, e.when, e.day];
}

/** An event update: time, time_start, time_end, window_start, window_end, location, when_day, the day seen, id. */
export function eventChangeParams(e: EventChange): unknown[] {
  return [e.timeValue, e.timeStart, e.timeEnd, e.windowStart, e.windowEnd, e.location, e.when, e.day, e.eventId];
}

/**
 * event_report: event_id, doc, local_id, trigger_start, trigger_end, trigger, evidence_start, evidence_end, evidence,
 * time, location, count_value, count_min, count_approx, factuality, claim_report_id, source_key, source_entity,
 * source_name.
 */
export function eventReportParams(r: NewEventReport): unknown[] {
  const v = r.event;
  return [
    r.eventId,
    r.doc,
    v.id,
    v.trigger.start,
    v.trigger.end,
    v.trigger.text,
    r.evidence.start,
    r.evidence.end,
    r.evidence.text,
    v.time?.value ?? null,
    r.location,
    v.count?.value ?? null,
    v.count?.min ?? null,
    v.count?.approximate ? 1 : 0,
    v.factuality,
    r.claimReport,
    r.sourceKey,
    r.sourceEntity,
    r.sourceName,
  ];
}
