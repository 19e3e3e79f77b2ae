import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("an -ing noun heads the subject before a finite cue ('Exit polling showed that …')", () => {
  const claims = claimsThroughPipeline("Exit polling showed that the mayor won every district.");
  const showed = byCue(claims, "showed");
  assert.equal(showed.source?.text, "Exit polling");
  assert.equal(showed.content.text, "that the mayor won every district");
});

test("an -ing word before a bare verb is no subject: 'Running counter to that is …'", () => {
  const claims = claimsThroughPipeline("Running counter to all that is the council's wish to cut spending.");
  assert.equal(
    claims.some((c) => c.source?.text === "Running"),
    false,
  );
});
