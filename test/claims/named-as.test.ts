import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("'what X calls Y' reports the name Y that X gives", () => {
  const claims = claimsThroughPipeline("The union opposes what it calls an unfair wage freeze.");
  const calls = byCue(claims, "calls");
  assert.equal(calls.content.text, "an unfair wage freeze");
});

test("'what X describes as Y' reports Y, up to the clause's end", () => {
  const claims = claimsThroughPipeline(
    "The council rejected what the mayor described as a fresh start, and adjourned.",
  );
  assert.equal(byCue(claims, "described").content.text, "a fresh start");
});

test("'what X called him' gives no name", () => {
  const claims = claimsThroughPipeline("Nobody remembers what the coach called him.");
  assert.equal(
    claims.some((c) => c.cue.text === "called"),
    false,
  );
});
