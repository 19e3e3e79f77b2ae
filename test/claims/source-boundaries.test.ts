import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a hedged count keeps its hedge in the source ('about half', 'at least 6 in 10')", () => {
  const text =
    "About half of the farmers said the subsidy was too small. At least 6 in 10 drivers say fuel costs too much.";
  const claims = claimsThroughPipeline(text);
  assert.equal(byCue(claims, "said").source?.text, "About half of the farmers");
  assert.equal(byCue(claims, "say").source?.text, "At least 6 in 10 drivers");
});

test("a hedge word before a non-count is not pulled into the source", () => {
  const claims = claimsThroughPipeline("The dispute is about the union, which said the deal was unfair.");
  assert.equal(byCue(claims, "said").source?.text.startsWith("about"), false);
});

test("a source does not run back across a line break (a numbered headline)", () => {
  const claims = claimsThroughPipeline("Ten things voters want\n3\nMaria Lopez said the port will reopen in May.");
  assert.equal(byCue(claims, "said").source?.text, "Maria Lopez");
});

test("'according to X' keeps a participle phrase describing X, up to the comma", () => {
  const text =
    "According to a survey conducted by the chamber of commerce, exports fell. The port was closed, according to data published by the customs office.";
  const claims = claimsThroughPipeline(text);
  const sources = claims.filter((c) => c.cue.text.toLowerCase() === "according to").map((c) => c.source?.text);
  assert.deepEqual(sources, ["a survey conducted by the chamber of commerce", "data published by the customs office"]);
});

test("'according to X' is not stretched over a following verb clause", () => {
  const claims = claimsThroughPipeline("According to the report released Monday the economy grew.");
  const according = claims.find((c) => c.cue.text === "According to");
  assert.notEqual(according?.source?.text, "the report released Monday the economy grew");
});

test("'aides to X' is one source; a relative clause after 'a letter to X' hangs on X", () => {
  const claims = claimsThroughPipeline("Aides to the governor said the budget would pass.");
  assert.equal(byCue(claims, "said").source?.text, "Aides to the governor");
  const relative = claimsThroughPipeline("The minister sent a letter to the union, which said the offer was too low.");
  assert.equal(byCue(relative, "said").source?.text, "the union");
});
