import { alignClusterings, bCubed, type Clustering, f1Of, intersections, type Prf, sizes } from "./b-cubed.js";
import { maxAssignment } from "./max-assignment.js";

/**
 * The other two coreference metrics of the CoNLL-2012 average, on the same footing as bCubed (the gold items are
 * scored; a gold item the prediction leaves out is a singleton):
 * - MUC (Vilain et al. 1995): links. Recall = Σ over gold clusters of (size − number of predicted clusters it is
 *   split into) / Σ (size − 1); precision the same with the roles swapped. Singletons count for nothing.
 * - CEAF-e (Luo 2005): the best one-to-one alignment of gold and predicted clusters under
 *   φ(G, P) = 2|G ∩ P| / (|G| + |P|); precision = Σφ / predicted clusters, recall = Σφ / gold clusters.
 */

export function muc(gold: Clustering, predicted: Clustering): Prf {
  const pred = alignClusterings(gold, predicted);
  const side = (a: Clustering, b: Clustering) => {
    let num = 0;
    let den = 0;
    const size = sizes(a.values());
    for (const [label, row] of intersections(a, b)) {
      num += (size.get(label) as number) - row.size;
      den += (size.get(label) as number) - 1;
    }
    return den > 0 ? num / den : 0;
  };
  const recall = side(gold, pred);
  const precision = side(pred, gold);
  return { precision, recall, f1: f1Of(precision, recall) };
}

export function ceafE(gold: Clustering, predicted: Clustering): Prf {
  const pred = alignClusterings(gold, predicted);
  const goldSize = sizes(gold.values());
  const predSize = sizes(pred.values());
  const shared = intersections(gold, pred);
  // Clusters that share no item never align: solve each connected group of clusters on its own.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const [g, row] of shared) {
    parent.set(`g${g}`, find(`g${g}`));
    for (const p of row.keys()) parent.set(find(`p${p}`), find(`g${g}`));
  }
  const groups = new Map<string, { golds: string[]; preds: Set<string> }>();
  for (const [g, row] of shared) {
    const root = find(`g${g}`);
    const group = groups.get(root) ?? { golds: [], preds: new Set<string>() };
    group.golds.push(g);
    for (const p of row.keys()) group.preds.add(p);
    groups.set(root, group);
  }
  let total = 0;
  for (const { golds, preds } of groups.values()) {
    const cols = [...preds];
    const phi = golds.map((g) =>
      cols.map((p) => {
        const n = shared.get(g)?.get(p) ?? 0;
        return (2 * n) / ((goldSize.get(g) as number) + (predSize.get(p) as number));
      }),
    );
    const chosen = maxAssignment(phi);
    for (const [i, j] of chosen.entries()) if (j >= 0) total += phi[i]?.[j] ?? 0;
  }
  const precision = predSize.size > 0 ? total / predSize.size : 0;
  const recall = goldSize.size > 0 ? total / goldSize.size : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}

export interface CorefScores {
  items: number;
  muc: Prf;
  bCubed: Prf;
  ceafE: Prf;
  /** The CoNLL-2012 figure: the mean of the three F1s. */
  conll: number;
}

export function corefScores(gold: Clustering, predicted: Clustering): CorefScores {
  const b = bCubed(gold, predicted);
  const m = muc(gold, predicted);
  const c = ceafE(gold, predicted);
  return {
    items: b.items,
    muc: m,
    bCubed: { precision: b.precision, recall: b.recall, f1: b.f1 },
    ceafE: c,
    conll: (m.f1 + b.f1 + c.f1) / 3,
  };
}
