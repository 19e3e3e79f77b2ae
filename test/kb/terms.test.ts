import assert from "node:assert/strict";
import { test } from "node:test";
import { containment, contentTerms, frameKey, propositionKey, stem } from "../../src/kb/terms.js";

test("inflections of a word fold to one stem", () => {
  for (const [a, b] of [
    ["killed", "kills"],
    ["killing", "kill"],
    ["troops", "troop"],
    ["deployments", "deploying"],
    ["strikes", "struck"],
    ["stopped", "stop"],
    ["casualties", "casualty"],
  ] as const)
    assert.equal(stem(a), stem(b), `${a} / ${b}`);
  assert.notEqual(stem("sent"), stem("spent"));
});

test("a proposition's key ignores word order, inflection, function words and negation", () => {
  const a = contentTerms("Norway sent troops to the border");
  const b = contentTerms("troops were not sent by Norway to the border");
  assert.equal(propositionKey(a), propositionKey(b));
  assert.notEqual(propositionKey(a), propositionKey(contentTerms("Norway sent ships to the border")));
});

test("numbers are read apart from words: thousands separators and scale words", () => {
  assert.deepEqual(contentTerms("about 1,000 soldiers were killed").numbers, [1000]);
  assert.deepEqual(contentTerms("2 million people fled").numbers, [2_000_000]);
  assert.deepEqual(contentTerms("3.5 percent").numbers, [3.5]);
});

test("a bare year is a word, not a figure", () => {
  const t = contentTerms("600 soldiers were killed in 2024");
  assert.deepEqual(t.numbers, [600]);
  assert.ok(t.words.includes("y2024"));
});

test("the frame leaves the figures out, so different tallies of one thing share it", () => {
  const a = contentTerms("600 Finnish soldiers were killed");
  const b = contentTerms("about 1,000 Finnish soldiers were killed");
  assert.equal(frameKey(a), frameKey(b));
  assert.notEqual(propositionKey(a), propositionKey(b));
});

test("containment measures how much of the shorter word set the longer one holds", () => {
  assert.deepEqual(containment(["a", "b"], ["a", "b", "c"]), { shared: 2, ratio: 1 });
  assert.deepEqual(containment(["a", "x"], ["a", "b", "c"]), { shared: 1, ratio: 0.5 });
  assert.deepEqual(containment([], ["a"]), { shared: 0, ratio: 0 });
});
