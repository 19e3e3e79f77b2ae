/** A count of what went wrong, by a readable key ("tuesday [1990-08-07] → missing"). */
export type Tally = Map<string, number>;

export interface Counted {
  key: string;
  count: number;
}

/** Counts one more of `key`. */
export function bump(tally: Tally, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** The commonest entries of a tally, most frequent first (ties by key, so runs compare). */
export function top(tally: ReadonlyMap<string, number>, n: number): Counted[] {
  return [...tally]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([key, count]) => ({ key, count }));
}

/** Writes a titled list of the commonest entries, one "count  key" line each, to standard output. */
export function printTop(title: string, list: readonly Counted[]): void {
  process.stdout.write(`\n${title}:\n`);
  for (const { key, count } of list) process.stdout.write(`  ${String(count).padStart(4)}  ${key}\n`);
}
