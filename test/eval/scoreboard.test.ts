import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFloors, renderMisses, renderScoreboard, type Scoreboard } from "../../src/eval/scoreboard.js";

const board: Scoreboard = {
  measuredAt: "2026-01-02",
  commit: "abc1234",
  scope: "fast",
  tasks: [
    {
      task: "times",
      corpus: "Invented",
      documents: 3,
      seconds: 0.5,
      rows: [
        { task: "times", corpus: "Invented", metric: "value F1", value: 0.812, target: 0.85 },
        { task: "times", corpus: "Invented", metric: "span F1", value: 0.9, reference: { value: 0.776, by: "X" } },
      ],
      misses: [{ key: "tuesday → missing", count: 4 }],
    },
  ],
};

test("the scoreboard shows each figure as a percentage beside its target and whether it is met", () => {
  const text = renderScoreboard(board);
  assert.match(text, /value F1\s+81\.2\s+85\.0\s+no/);
  assert.match(text, /span F1\s+90\.0\s+77\.6 X/);
  assert.match(text, /at abc1234/);
  assert.match(renderMisses(board), /4 {2}tuesday → missing/);
});

test("floors report a figure below its minimum and a floor whose figure is gone", () => {
  assert.deepEqual(checkFloors(board, [{ task: "times", corpus: "Invented", metric: "value F1", min: 0.8 }]), []);
  const problems = checkFloors(board, [
    { task: "times", corpus: "Invented", metric: "value F1", min: 0.82 },
    { task: "times", corpus: "Invented", metric: "renamed F1", min: 0.1 },
  ]);
  assert.equal(problems.length, 2);
  assert.match(problems[0] ?? "", /81\.2 is below its floor 82\.0/);
  assert.match(problems[1] ?? "", /no figure for times \/ Invented \/ renamed F1/);
});
