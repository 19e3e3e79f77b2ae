import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../../src/article/analysis.js";
import {
  type AttributionSpans,
  charPrf,
  claimsToAttributions,
  locateNear,
  normaliseFragments,
  prf,
  scoreDocument,
} from "../../src/eval/attribution-score.js";
import { claimsThroughPipeline } from "../claims/claims-of.js";

const TEXT = 'Officials said the port reopened. "We are ready," the minister told reporters. Analysts expect delays.';

/** The span of the nth occurrence of `needle` in `text`. */
function at(needle: string, text = TEXT, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `no ${needle}`);
  return { start, end: start + needle.length };
}

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test("exact matching ignores whitespace and punctuation at the edges only", () => {
  const [trimmed] = normaliseFragments(TEXT, [at('"We are ready," ')]);
  assert.equal(TEXT.slice(trimmed?.start, trimmed?.end), "We are ready");
  const [colon] = normaliseFragments("He said: yes", [{ start: 7, end: 9 }]);
  assert.deepEqual(colon, { start: 7, end: 8 }, "a punctuation-only cue keeps its punctuation");
});

test("per-role exact and overlap scores on a prediction set with known counts", () => {
  const gold: AttributionSpans[] = [
    { source: [at("Officials")], cue: [at("said")], content: [at("the port reopened")] },
    { source: [at("the minister")], cue: [at("told")], content: [at('"We are ready,"')] },
  ];
  const predicted: AttributionSpans[] = [
    // all three exact (the content's final full stop is trimmed)
    { source: [at("Officials")], cue: [at("said")], content: [at("the port reopened.")] },
    // source and cue only overlap, content exact
    { source: [at("minister")], cue: [at("told reporters")], content: [at("We are ready")] },
    // nothing in the gold: a false positive for cue and content, no source
    { source: [], cue: [at("expect")], content: [at("delays")] },
  ];
  const c = scoreDocument(TEXT, gold, predicted);
  assert.deepEqual(c.source.exact, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(c.source.overlap, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(c.cue.exact, { tp: 1, fp: 2, fn: 1 });
  assert.deepEqual(c.cue.overlap, { tp: 2, fp: 1, fn: 0 });
  assert.deepEqual(c.content.exact, { tp: 2, fp: 1, fn: 0 });
  assert.deepEqual(c.attribution.exact, { tp: 1, fp: 2, fn: 1 });
  assert.deepEqual(c.attribution.overlap, { tp: 2, fp: 1, fn: 0 });
  const cueExact = prf(c.cue.exact);
  close(cueExact.precision, 1 / 3);
  close(cueExact.recall, 1 / 2);
  close(cueExact.f1, 0.4);
  const cueOverlap = prf(c.cue.overlap);
  close(cueOverlap.f1, 0.8);
  // cue characters: gold said+told = 8, predicted said+"told reporters"+expect = 24, shared 8
  const chars = charPrf(c.cue.chars);
  close(chars.precision, 8 / 24);
  close(chars.recall, 1);
});

test("overlap matching is one-to-one: two predictions over one gold span count one hit", () => {
  const gold: AttributionSpans[] = [{ source: [], cue: [at("told")], content: [at("the port reopened")] }];
  const predicted: AttributionSpans[] = [
    { source: [], cue: [at("told")], content: [at("the port")] },
    { source: [], cue: [at("told reporters")], content: [at("port reopened")] },
  ];
  const c = scoreDocument(TEXT, gold, predicted);
  assert.deepEqual(c.content.overlap, { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(c.cue.overlap, { tp: 1, fp: 1, fn: 0 });
});

function claim(text: string, cue: string, content: string, source: string | null, nth = 0): Claim {
  const c = at(cue, text, nth);
  const p = at(content, text);
  return {
    id: "c",
    cue: { ...c, text: cue },
    content: { ...p, text: content },
    source: source === null ? null : { entity: null, text: source },
    via: [],
    reportedAt: null,
    polarity: "positive",
    certainty: "certain",
    quote: true,
  };
}

test("claims sharing a cue form one attribution; a source given only as text is placed nearest the cue", () => {
  const text = 'Earlier she spoke of repairs. "The dam holds," she said, "for now." Engineers disagree.';
  const claims = [claim(text, "said", "The dam holds", "she"), claim(text, "said", "for now", "she")];
  const [only, ...rest] = claimsToAttributions(claims, text);
  assert.equal(rest.length, 0);
  assert.equal(only?.content.length, 2);
  assert.deepEqual(only?.source, [at("she", text, 1)], "the 'she' beside the cue, not the earlier one");
  const gold: AttributionSpans[] = [
    {
      source: [at("she", text, 1)],
      cue: [at("said", text)],
      content: [at('"The dam holds,"', text), at('"for now."', text)],
    },
  ];
  const c = scoreDocument(text, gold, [only as AttributionSpans]);
  assert.deepEqual(c.content.exact, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(c.attribution.exact, { tp: 1, fp: 0, fn: 0 });
});

test("a source whose text is not in the article counts as a wrong source, not as no source", () => {
  const text = "The board said profits fell.";
  const [item] = claimsToAttributions([claim(text, "said", "profits fell", "the chairman")], text);
  assert.equal(item?.sourceUnplaced, true);
  const gold: AttributionSpans[] = [{ source: [at("The board", text)], cue: [at("said", text)], content: [] }];
  const c = scoreDocument(text, gold, [item as AttributionSpans]);
  assert.deepEqual(c.source.exact, { tp: 0, fp: 1, fn: 1 });
  assert.equal(c.unplacedSources, 1);
  assert.equal(locateNear(text, "", at("said", text)), null);
});

test("a via with its own cue ('according to Y, X said P') is Y's attribution too, whose content is X's whole clause", () => {
  const text = "According to the Herald, the mayor said the bridge would close.";
  const claims = claimsThroughPipeline(text);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.via[0]?.cue?.text, "According to");
  const items = claimsToAttributions(claims, text);
  const relay = items.find((i) => i.cue[0]?.start === 0);
  assert.deepEqual(relay?.source, [at("the Herald", text)]);
  assert.deepEqual(relay?.content, [at("the mayor said the bridge would close", text)]);
  assert.equal(items.length, 2);
});
