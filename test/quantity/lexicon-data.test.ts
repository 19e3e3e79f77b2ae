import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { quantitiesStage } from "../../src/pipeline/stages/quantities.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import { findQuantities } from "../../src/quantity/find-quantities.js";
import { compileQuantityLexicon } from "../../src/quantity/lexicon.js";
import { makeTokenView } from "../../src/quantity/token-view.js";

const data = () => JSON.parse(readFileSync(new URL("../../lexicon/quantities.json", import.meta.url), "utf8"));

test("an approximator added to the lexicon data works with no code change", () => {
  const text = "Getting on for 70 walkers finished.";
  const { tokens } = tokenize(text);
  const before = findQuantities(makeTokenView(text, tokens, [], compileQuantityLexicon(data())));
  assert.equal(before[0]?.text, "70");
  const extended = data();
  extended.approximators.entries.push({ phrase: "getting on for", approximate: true, bound: "max" });
  const after = findQuantities(makeTokenView(text, tokens, [], compileQuantityLexicon(extended)));
  assert.deepEqual([after[0]?.text, after[0]?.approximate, after[0]?.max], ["Getting on for 70", true, 70]);
});

test("a malformed lexicon is refused with the place of the problem", () => {
  const broken = data();
  broken.vagueAmounts.entries = "dozens";
  assert.throws(() => compileQuantityLexicon(broken), /vagueAmounts\.entries/);
});

test("the stage declares what it reads and writes", () => {
  assert.deepEqual([...quantitiesStage.reads], ["tokens", "times"]);
  assert.deepEqual([...quantitiesStage.writes], ["quantities"]);
});
