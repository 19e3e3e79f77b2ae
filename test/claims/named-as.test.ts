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

test("a relative clause names too: 'which X called a “…”', 'who X called “…”', 'that critics called anti-rural'", () => {
  const claims = claimsThroughPipeline(
    "The senators blocked a farm bill that critics called anti-rural. And the ferry deal, which Mr. Okafor had called a “disaster,” passed. Much of the anger fell on Rudd, who Mrs. Lind on Friday called “a reckless man.”",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["critics", "anti-rural"],
      ["Mr. Okafor", "a “disaster,”"],
      ["Mrs. Lind", "“a reckless man.”"],
    ],
  );
});

test("a relative clause with no relative word names when a quotation follows the cue ('videos he calls “…”')", () => {
  const claims = claimsThroughPipeline(
    "She wears a hat in videos she calls “Farm Truth” every week. The channel aired a short film called “Rain Dogs” on Sunday.",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [["she", "“Farm Truth”"]],
  );
});
