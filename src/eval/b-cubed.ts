/**
 * B-cubed (Bagga & Baldwin 1998) for coreference: each item's precision is the share of its predicted cluster that
 * is in its gold cluster, its recall the share of its gold cluster that is in its predicted cluster; both are
 * averaged over the items. Computed from the sizes of the gold × predicted intersections, so linear in the items.
 */

/** A partition of items into clusters: item → cluster label. */
export type Clustering = ReadonlyMap<string, string>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const f1Of = (precision: number, recall: number): number =>
  precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;

/**
 * The items scored are the gold clustering's; a gold item the prediction leaves out counts as a singleton of its
 * own, and predicted items not in the gold are dropped (scoring on gold mentions).
 */
export function alignClusterings(gold: Clustering, predicted: Clustering): Map<string, string> {
  const out = new Map<string, string>();
  // The \u0000 prefix keeps made-up singleton labels apart from any real label.
  for (const item of gold.keys()) out.set(item, predicted.get(item) ?? `\u0000${item}`);
  return out;
}

/** Cluster label → size, over the given labels. */
export function sizes(labels: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of labels) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

/** Gold label → predicted label → how many items they share. */
export function intersections(gold: Clustering, predicted: Clustering): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) as string;
    const row = out.get(g) ?? new Map<string, number>();
    row.set(p, (row.get(p) ?? 0) + 1);
    out.set(g, row);
  }
  return out;
}

/** B-cubed precision, recall and F1 of `predicted` against `gold`; all zero when there are no items. */
export function bCubed(gold: Clustering, predicted: Clustering): Prf & { items: number } {
  const pred = alignClusterings(gold, predicted);
  const goldSize = sizes(gold.values());
  const predSize = sizes(pred.values());
  let precision = 0;
  let recall = 0;
  // Every item in the intersection of g and p has precision n/|p| and recall n/|g|: n items, n²/|p| in all.
  for (const [g, row] of intersections(gold, pred)) {
    for (const [p, n] of row) {
      precision += (n * n) / (predSize.get(p) as number);
      recall += (n * n) / (goldSize.get(g) as number);
    }
  }
  const items = gold.size;
  if (items === 0) return { precision: 0, recall: 0, f1: 0, items };
  precision /= items;
  recall /= items;
  return { precision, recall, f1: f1Of(precision, recall), items };
}
