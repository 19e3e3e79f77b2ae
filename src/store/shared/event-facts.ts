import type { EventFacts } from "../../kb/event-match.js";
import { timexRange } from "../../kb/time-range.js";
import type { Row } from "./rows.js";

// Event candidates: per shared entity, the nearest few in time on either side; a reach wide enough for a date
// a month off (a time conflict) or an undated report published two weeks after.
export const EVENT_CANDIDATES_PER_SIDE = 8;
export const EVENT_CANDIDATES_MAX = 48;
export const EVENT_MATCH_REACH_DAYS = 31;
export const EVENT_CACHE_LIMIT = 50_000;

export type KnownEvent = EventFacts & { timeValue: string | null; firstSeen: string | null };

/** An event row with its participants (`parts`: "role:entity" separated by spaces) as matching compares it. */
export function knownEvent(e: Row): KnownEvent {
  const agents: number[] = [];
  const patients: number[] = [];
  const others: number[] = [];
  for (const part of ((e.parts as string | null) ?? "").split(" ")) {
    const [role, entity] = part.split(":");
    if (role === "agent") agents.push(Number(entity));
    else if (role === "patient") patients.push(Number(entity));
    else if (role === "other") others.push(Number(entity));
  }
  const timeValue = (e.time as string | null) ?? null;
  const windowStart = (e.window_start as string | null) ?? null;
  const windowEnd = (e.window_end as string | null) ?? null;
  return {
    type: e.type as string,
    agents,
    patients,
    others,
    location: (e.location as number | null) ?? null,
    time: timexRange(timeValue),
    window: windowStart && windowEnd ? { start: windowStart, end: windowEnd, days: 0 } : null,
    timeValue,
    firstSeen: (e.first_seen as string | null) ?? null,
  };
}

/** A readable descriptor of an event's identity (matching itself is by compatibility, see kb/event-match). */
export function eventKey(f: EventFacts, time: string | null): string {
  const ids = (xs: readonly number[]) => [...xs].sort((a, b) => a - b).join(",");
  return `${f.type}|${time ?? ""}|${f.location ?? ""}|a:${ids(f.agents)}|p:${ids(f.patients)}|o:${ids(f.others)}`;
}
