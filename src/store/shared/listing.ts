import { timexRange } from "../../kb/time-range.js";
import type { Page } from "../contract.js";

// Every list is paginated; these are the defaults and the hard ceiling a caller may ask for.
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
export const REPORTS_SHOWN = 3;
export const CORROBORATIONS_SHOWN = 10;
export const SIDE_EVIDENCE_SHOWN = 5;
export const NAME_MATCHES = 20;
export const SEARCH_POOL = 2000;

export function page(p: Page | undefined): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(p?.limit ?? DEFAULT_LIMIT)));
  return { limit, offset: Math.max(0, Math.floor(p?.offset ?? 0)) };
}

/** since/until as day bounds; a TIMEX3 value counts from its first day / to its last. */
export function dayBounds(since?: string, until?: string): { from: string; to: string; bounded: boolean } {
  const s = since ? (timexRange(since)?.start ?? since) : null;
  const u = until ? (timexRange(until)?.end ?? until) : null;
  // "" marks an unknown date: it sorts first, so any lower bound leaves it out.
  return { from: s ?? "", to: u ?? "\uffff", bounded: s !== null || u !== null };
}

/** Claim rows newest said first, then newest id: the order every claim list is shown in. */
export function bySaidDesc(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const sa = a.said as string;
  const sb = b.said as string;
  return sb < sa ? -1 : sb > sa ? 1 : (b.id as number) - (a.id as number);
}
