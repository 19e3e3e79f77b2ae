import type { Candidate } from "./candidate.js";

/**
 * Settles overlaps: the longest candidate wins (in words), then the higher priority, then the earlier one.
 * Returns the kept candidates in text order. Marks taken words in one array, so the cost stays linear in
 * the total length of the candidates.
 */
export function selectCandidates(candidates: readonly Candidate[], wordCount: number): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || (b.priority ?? 0) - (a.priority ?? 0) || a.first - b.first,
  );
  const taken = new Uint8Array(wordCount);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.first; i <= c.last && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.first; i <= c.last; i++) taken[i] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}
