import assert from "node:assert/strict";
import { test } from "node:test";
import { bCubed, type Clustering } from "../../src/eval/b-cubed.js";
import { ceafE, corefScores, muc } from "../../src/eval/coref-metrics.js";
import { maxAssignment } from "../../src/eval/max-assignment.js";

/** A clustering from groups of item names: [["a","b"],["c"]]. */
function clusters(groups: string[][]): Clustering {
  const out = new Map<string, string>();
  for (const [i, g] of groups.entries()) for (const item of g) out.set(item, `c${i}`);
  return out;
}

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

// Bagga & Baldwin's example: two gold chains wrongly merged cost precision only.
const GOLD = clusters([
  ["1", "2", "3", "4", "5"],
  ["6", "7"],
  ["8", "9", "10", "11", "12"],
]);
const MERGED = clusters([
  ["1", "2", "3", "4", "5"],
  ["6", "7", "8", "9", "10", "11", "12"],
]);

test("B-cubed of a merge: precision falls, recall stays whole", () => {
  const s = bCubed(GOLD, MERGED);
  close(s.precision, (5 + 2 * (2 / 7) + 5 * (5 / 7)) / 12, "precision");
  close(s.recall, 1, "recall");
  assert.equal(s.items, 12);
});

test("B-cubed of the gold itself is 1; of all singletons, precision 1 and recall the singleton share", () => {
  assert.equal(bCubed(GOLD, GOLD).f1, 1);
  const singletons = new Map([...GOLD.keys()].map((k) => [k, k]));
  const s = bCubed(GOLD, singletons);
  close(s.precision, 1, "precision");
  close(s.recall, (5 * (1 / 5) + 2 * (1 / 2) + 5 * (1 / 5)) / 12, "recall");
});

test("a gold item the prediction leaves out is a singleton; extra predicted items are ignored", () => {
  const gold = clusters([["a", "b"]]);
  const s = bCubed(gold, clusters([["a", "x", "y"]]));
  close(s.precision, 1, "precision");
  close(s.recall, 0.5, "recall");
  assert.deepEqual(bCubed(new Map(), clusters([["a"]])), { precision: 0, recall: 0, f1: 0, items: 0 });
});

test("MUC of the merge: one spurious link in ten", () => {
  const s = muc(GOLD, MERGED);
  close(s.recall, 1, "recall");
  close(s.precision, 0.9, "precision");
});

test("MUC gives nothing for singletons either way", () => {
  const singletons = new Map([...GOLD.keys()].map((k) => [k, k]));
  assert.equal(muc(GOLD, singletons).recall, 0);
});

test("CEAF-e aligns each gold cluster with at most one predicted cluster", () => {
  const s = ceafE(GOLD, MERGED);
  // Best alignment: the five-chain with itself (1), the other five with the merged seven (2·5/12).
  const total = 1 + (2 * 5) / 12;
  close(s.precision, total / 2, "precision");
  close(s.recall, total / 3, "recall");
});

test("the CoNLL figure is the mean of the three F1s", () => {
  const s = corefScores(GOLD, MERGED);
  close(s.conll, (s.muc.f1 + s.bCubed.f1 + s.ceafE.f1) / 3, "conll");
  assert.equal(corefScores(GOLD, GOLD).conll, 1);
});

test("the maximum-weight assignment takes the best total, not the best single pair", () => {
  assert.deepEqual(
    maxAssignment([
      [1, 0.9],
      [0.9, 0],
    ]),
    [1, 0],
  );
  assert.deepEqual(maxAssignment([[0.2, 0.5, 0.1]]), [1], "more columns than rows");
  assert.deepEqual(maxAssignment([[0.3], [0.6]]), [-1, 0], "more rows than columns");
  assert.deepEqual(maxAssignment([]), []);
});
