import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsThroughPipeline } from "./claims-of.js";

test("a sentence-opening 'Asked whether …,' is a question with no named asker, up to its comma", () => {
  const claims = claimsThroughPipeline("Asked whether the harbour fee was fair, the minister said it was.");
  const asked = claims.find((c) => c.cue.text === "Asked");
  assert.ok(asked, "the 'Asked' opener gives a claim");
  assert.equal(asked.source, null);
  assert.equal(asked.content.text, "whether the harbour fee was fair");
  assert.ok(claims.some((c) => c.cue.text === "said" && c.source?.text === "the minister"));
});

test("'Asked by X if …,' names X as the asker", () => {
  const claims = claimsThroughPipeline("Asked by reporters if he would run again, the mayor smiled.");
  const asked = claims.find((c) => c.cue.text === "Asked");
  assert.equal(asked?.source?.text, "reporters");
  assert.equal(asked?.content.text, "if he would run again");
});

test("'X was asked if …' is a question with no named asker", () => {
  const claims = claimsThroughPipeline("The skipper was asked if the cargo had been inspected.");
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.source, null);
  assert.equal(claims[0]?.content.text, "if the cargo had been inspected");
});

test("'Asked about X,' with no question word gives no question claim", () => {
  const claims = claimsThroughPipeline("Asked about the strike, the union leader smiled.");
  assert.equal(claims.filter((c) => c.cue.text.toLowerCase().includes("asked")).length, 0);
});
