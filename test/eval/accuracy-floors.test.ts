import assert from "node:assert/strict";
import { test } from "node:test";
import { readFloors, runScoreboard } from "../../eval/run.js";
import { checkFloors } from "../../src/eval/scoreboard.js";

// The fast scope of `npm run eval` on the public corpora in ../shared/corpora: accuracy cannot fall unnoticed.
test("accuracy on the public corpora stays at or above every floor in eval/floors.json", async () => {
  const board = await runScoreboard({ fast: true });
  const floors = readFloors();
  assert.ok(floors.length >= 10, "floors cover every task");
  assert.deepEqual(checkFloors(board, floors), []);
});
