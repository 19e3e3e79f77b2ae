import assert from "node:assert/strict";
import { test } from "node:test";
import { claimFigures, countedStems } from "../../src/kb/claim-figures.js";
import { AnalysisBuilder, withFigures } from "./figure-fixture.js";

const meta = { published: "2024-05-02", source: "Fjord Daily" };

test("what a figure counts is its noun phrase, stemmed: 'crew members' holds 'crew', units fold their spellings", () => {
  assert.deepEqual(countedStems(" crew members"), ["crew", "member"]);
  assert.deepEqual(countedStems("crew"), ["crew"]);
  assert.deepEqual(countedStems(" of the protesters"), countedStems("protester"));
  assert.deepEqual(countedStems("km"), countedStems("kilometres"));
  assert.deepEqual(countedStems("kilometers"), countedStems("kilometre"));
  assert.notDeepEqual(countedStems("ships"), countedStems("crew"));
});

test("a figure carries its counted words, bounds, and the words of its clause", () => {
  const text = "The harbour master said the ferry Nordlys had at least 40 passengers on board, a rough count.";
  const b = new AnalysisBuilder(text, meta).entity("e1", "PERSON", "harbour master", ["harbour master"]).claim("c1", {
    content: "the ferry Nordlys had at least 40 passengers on board, a rough count",
    cue: "said",
    source: "e1",
  });
  const a = withFigures(b, [{ at: "at least 40", value: 40, min: 40, unit: "passengers" }]);
  const [f, ...rest] = claimFigures(a, a.claims[0] as (typeof a.claims)[0]);
  assert.equal(rest.length, 0);
  assert.deepEqual(f?.counted, ["passenger"]);
  assert.equal(f?.label, "at least 40 passengers");
  assert.equal(f?.value, null, "a bound alone states no value");
  assert.equal(f?.lo, 40);
  assert.equal(f?.hi, null);
  assert.ok(f?.context.includes("board") && f.context.includes("ferry"), JSON.stringify(f?.context));
  assert.ok(!f?.context.includes("rough"), "the clause ends at the comma");
});

test("a figure with no counted noun, or a vague amount, is no figure", () => {
  const text = "Officials said the total was 23, and thousands of people had called.";
  const b = new AnalysisBuilder(text, meta).claim("c1", {
    content: "the total was 23, and thousands of people had called",
    cue: "said",
    source: null,
    sourceText: "Officials",
  });
  const a = withFigures(b, [
    { at: "23", value: 23 },
    { at: "thousands", value: null, min: 2000, approximate: true, unit: "people", rule: "vague" },
  ]);
  assert.deepEqual(claimFigures(a, a.claims[0] as (typeof a.claims)[0]), []);
});

test("a claim that splits a total into parts, or gives two figures for one thing, gives no figure for it", () => {
  const parts = "Police said 15 workers were allowed to leave, while eight others stayed.";
  const pb = new AnalysisBuilder(parts, meta).claim("c1", {
    content: "15 workers were allowed to leave, while eight others stayed",
    cue: "said",
    source: null,
    sourceText: "Police",
  });
  const pa = withFigures(pb, [
    { at: "15", value: 15, unit: "workers" },
    { at: "eight", value: 8, unit: "others" },
  ]);
  assert.deepEqual(claimFigures(pa, pa.claims[0] as (typeof pa.claims)[0]), []);

  const both = "The report said 30 workers were hurt, not 12 workers as first thought, and 4 machines broke.";
  const bb = new AnalysisBuilder(both, meta).claim("c1", {
    content: "30 workers were hurt, not 12 workers as first thought, and 4 machines broke",
    cue: "said",
    source: null,
    sourceText: "The report",
  });
  const ba = withFigures(bb, [
    { at: "30", value: 30, unit: "workers" },
    { at: "12", value: 12, unit: "workers" },
    { at: "4", value: 4, unit: "machines" },
  ]);
  const figures = claimFigures(ba, ba.claims[0] as (typeof ba.claims)[0]);
  assert.deepEqual(
    figures.map((f) => f.label),
    ["4 machines"],
    "the machines are still one figure",
  );
});

test("a figure knows the dates stated in its clause", () => {
  const text = "Medics said 4 people were hurt in Oslo on Monday.";
  const b = new AnalysisBuilder(text, meta).claim("c1", {
    content: "4 people were hurt in Oslo on Monday",
    cue: "said",
    source: null,
    sourceText: "Medics",
  });
  const a = withFigures(b, [{ at: "4", value: 4, unit: "people" }], [{ at: "Monday", value: "2024-04-29" }]);
  assert.deepEqual(claimFigures(a, a.claims[0] as (typeof a.claims)[0])[0]?.times, ["2024-04-29"]);
});
