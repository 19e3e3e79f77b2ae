/**
 * Words that make a figure a running total over a long stretch rather than one happening's count: "the violence has
 * killed some 627 people", "the toll since the siege began", "so far this year", "in total", "an AFP tally".
 */
const RUNNING_TOTAL =
  /\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left|displaced|wounded|injured|been\s+killed|died)\b|\bsince\b|\bso\s+far\b|\bin\s+total\b|\boverall\b|\bcumulative\b|\btally\b|\bto\s+date\b/iu;

/** Does the claim give a running total ("has killed some 627 people since October")? */
export function runningTotal(text: string): boolean {
  return RUNNING_TOTAL.test(text);
}

/** A count over a short stretch named in the words: "over the past three days", "in the last 24 hours". */
const SHORT_WINDOW = /\b(?:past|last)\s+(?:\w+\s+)?(?:hours?|days?|weeks?)\b/iu;

export function shortWindow(text: string): boolean {
  return SHORT_WINDOW.test(text);
}

/** One happening named in the words: "a shell hit homes, killing two", "an airstrike on a market killed 12". */
const SINGLE_INCIDENT =
  /\b(?:a|an|one|the)\s+(?:[\p{L}-]+\s+)?(?:shell|strike|airstrike|air\s+strike|drone\s+strike|missile|rocket|bomb|blast|explosion|attack|raid|ambush)\s+(?:hit|struck|slammed|landed|tore|exploded|killed|on|in|at)\b/iu;

export function singleIncident(text: string): boolean {
  return SINGLE_INCIDENT.test(text);
}
