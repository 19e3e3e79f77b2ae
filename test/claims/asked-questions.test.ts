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

test("'asked why …' and 'asked during a debate how …' reach the question past adverb question words and adjuncts", () => {
  const claims = claimsThroughPipeline(
    "When asked why the ferry was late, the captain said the tide was low. Asked during a debate how he would pay for it, the senator smiled.",
  );
  const asked = claims.filter((c) => c.cue.text.toLowerCase() === "asked");
  assert.deepEqual(
    asked.map((c) => c.content.text),
    ["why the ferry was late", "how he would pay for it"],
  );
});

test("'…, X said when asked (by Y) whether …' is a question too, with its asker when named", () => {
  const claims = claimsThroughPipeline(
    "“Certainly,” the mayor said when asked by a reporter if the tunnel would open. The chief, when asked what the delay meant, replied that it meant nothing.",
  );
  const asked = claims.filter((c) => c.cue.text === "asked");
  assert.deepEqual(
    asked.map((c) => [c.source?.text ?? null, c.content.text]),
    [
      ["a reporter", "if the tunnel would open"],
      [null, "what the delay meant"],
    ],
  );
  assert.equal(claims.find((c) => c.cue.text === "said")?.content.text, "“Certainly,”");
});
