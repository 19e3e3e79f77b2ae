import assert from "node:assert/strict";
import { test } from "node:test";
import { buildPipeline } from "../../src/pipeline/runner.js";
import { defineStage } from "../../src/pipeline/stage.js";
import { STAGES } from "../../src/pipeline/stages.js";

test("the pipeline refuses a stage that reads a layer no earlier stage writes", () => {
  const early = defineStage({ name: "early", reads: ["tokens"], writes: ["times"], run: () => ({ times: [] }) });
  assert.throws(() => buildPipeline([early as never]), /reads "tokens" before any stage writes it/);
});

test("the shipped stage list builds and ends with conflicts", () => {
  const built = buildPipeline(STAGES);
  assert.equal(built.stages.at(-1)?.name, "conflicts");
});

test("a stage's messages are stamped with its name and the input article is not mutated", () => {
  const stage = defineStage({
    name: "noisy",
    reads: [],
    writes: ["times"],
    run: () => ({ times: [], messages: [{ level: "warning", rule: "x", text: "y", start: 1, end: 2 }] }),
  });
  const article = Object.freeze({ text: "abc", published: null, title: null, url: null, source: null });
  const doc = buildPipeline([stage as never]).run(article);
  assert.equal(doc.messages[0]?.stage, "noisy");
  assert.deepEqual(doc.times, []);
});
