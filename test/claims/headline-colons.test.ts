import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsThroughPipeline } from "./claims-of.js";

test("a headline 'Name on topic: …' or 'Name to hearer: …' is the name's claim", () => {
  const claims = claimsThroughPipeline(
    "Lagarde on Inflation and the Euro: ‘We Will Not Hesitate.’\nMacron to the Farmers: the tariffs will go.\n",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.cue.text]),
    [
      ["Lagarde", ":"],
      ["Macron", ":"],
    ],
  );
});

test("a tally 'Name: number' says nothing", () => {
  const claims = claimsThroughPipeline("THE TOTAL.\nLopez: 1,769.\nBerg: 546.\n");
  assert.equal(claims.length, 0);
});
