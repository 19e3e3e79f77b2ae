import type { PreparedEvent } from "./prepare.js";
import { overlaps, type TimeRange } from "./time-range.js";

/** What decides whether two reports are of one event: global entity ids of participants and place, and when. */
export interface EventFacts {
  type: string;
  agents: readonly number[];
  patients: readonly number[];
  others: readonly number[];
  location: number | null;
  /** The time the text states, if any. */
  time: TimeRange | null;
  /** Where no time is stated: the days shortly before publication, where a reported event most likely falls. */
  window: TimeRange | null;
}

/**
 * What an article's event says in knowledge-base terms: its participants and place as knowledge-base entity ids
 * (`global` maps the article's local entity ids; unknown ones drop out), its stated time or its window, and the
 * anchors (every entity it involves) its candidates are found by.
 */
export function eventFactsOf(
  p: PreparedEvent,
  global: (local: string) => number | null | undefined,
): { facts: EventFacts; anchors: number[] } {
  const v = p.event;
  const idOf = (local: string | null) => (local ? (global(local) ?? null) : null);
  const byRole = (role: string) =>
    [...new Set(v.participants.filter((x) => x.role === role).map((x) => idOf(x.entity)))].filter(
      (x): x is number => x !== null,
    );
  const facts: EventFacts = {
    type: v.type,
    agents: byRole("agent"),
    patients: byRole("patient"),
    others: byRole("other"),
    location: idOf(v.location),
    time: p.time,
    window: p.window,
  };
  const anchors = [
    ...new Set([...facts.agents, ...facts.patients, ...facts.others, ...(facts.location ? [facts.location] : [])]),
  ];
  return { facts, anchors };
}

export type EventMatch =
  | { verdict: "same"; evidence: number }
  /** Everything agrees but the stated times, which do not overlap: a time conflict, if the sources differ. */
  | { verdict: "time-differs"; evidence: number }
  | { verdict: "different" };

function shared(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/**
 * Whether a report and a known event are the same happening: same type; agents, patients and place not
 * contradicting (both named and disjoint contradicts); at least one shared participant or place; times
 * overlapping (a stated time against the other's stated time or publication window). Without any time on
 * one side, two shared participants are needed.
 */
export function matchEvent(report: EventFacts, event: EventFacts): EventMatch {
  if (report.type !== event.type) return { verdict: "different" };
  if (report.agents.length > 0 && event.agents.length > 0 && shared(report.agents, event.agents) === 0)
    return { verdict: "different" };
  if (report.patients.length > 0 && event.patients.length > 0 && shared(report.patients, event.patients) === 0)
    return { verdict: "different" };
  if (report.location !== null && event.location !== null && report.location !== event.location)
    return { verdict: "different" };
  const all = (f: EventFacts) => [...new Set([...f.agents, ...f.patients, ...f.others])];
  const evidence =
    shared(all(report), all(event)) + (report.location !== null && report.location === event.location ? 1 : 0);
  if (evidence === 0) return { verdict: "different" };
  if (report.time && event.time) {
    return overlaps(report.time, event.time) ? { verdict: "same", evidence } : { verdict: "time-differs", evidence };
  }
  const a = report.time ?? report.window;
  const b = event.time ?? event.window;
  if (!a || !b) return evidence >= 2 ? { verdict: "same", evidence } : { verdict: "different" };
  if (!overlaps(a, b)) return { verdict: "different" };
  // Undated reports chain by overlapping windows; past a month apart they are no longer one happening.
  if (!report.time && !event.time && spanDays(a, b) > MAX_UNDATED_SPAN_DAYS) return { verdict: "different" };
  return { verdict: "same", evidence };
}

const MAX_UNDATED_SPAN_DAYS = 31;

function spanDays(a: TimeRange, b: TimeRange): number {
  const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const start = Math.min(ms(a.start), ms(b.start));
  const end = Math.max(ms(a.end), ms(b.end));
  return Math.round((end - start) / 86_400_000) + 1;
}

/** The more precise of two stated times (the shorter range), for an event's best-known time. */
export function preciser(a: TimeRange | null, b: TimeRange | null): TimeRange | null {
  if (!a) return b;
  if (!b) return a;
  return b.days < a.days ? b : a;
}
