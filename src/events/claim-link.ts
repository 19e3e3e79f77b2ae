import type { Claim } from "../article/analysis.js";

/** The innermost claim whose content holds the trigger: the reported speech the event belongs to. */
export function claimFor(claims: readonly Claim[], start: number, end: number): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (c.content.start > start || c.content.end < end) continue;
    if (!best || c.content.end - c.content.start < best.content.end - best.content.start) best = c;
  }
  return best;
}
