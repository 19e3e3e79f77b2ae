import assert from "node:assert/strict";
import { test } from "node:test";
import { codePointSlice, codePointsAfter, codePointsBefore, utf16ToCodePoint } from "../../src/export/code-points.js";

test("offsets after astral characters shift by one per character passed", () => {
  const text = "a😀b𝐁c";
  // UTF-16: a=0, 😀=1..2, b=3, 𝐁=4..5, c=6; code points: a=0, 😀=1, b=2, 𝐁=3, c=4.
  const cp = utf16ToCodePoint(text);
  assert.deepEqual([0, 1, 3, 4, 6, 7].map(cp), [0, 1, 2, 3, 4, 5]);
  const start = text.indexOf("b");
  const end = text.indexOf("c") + 1;
  assert.equal(codePointSlice(text, cp(start), cp(end)), text.slice(start, end));
});

test("text without astral characters maps to itself, accents and CJK included", () => {
  const text = "Gdańsk 北京 café";
  const cp = utf16ToCodePoint(text);
  for (let i = 0; i <= text.length; i++) assert.equal(cp(i), i);
});

test("an offset inside a surrogate pair counts the pair as passed, and offsets clamp", () => {
  const cp = utf16ToCodePoint("x😀y");
  // x=0, 😀=1, y=2 in code points; UTF-16 offset 2 lies between the halves of 😀.
  assert.equal(cp(2), 2);
  assert.equal(cp(-5), 0);
  assert.equal(cp(99), 3);
});

test("quote context counts code points and never cuts a pair", () => {
  const text = "😀😀abc😀😀";
  assert.equal(codePointsBefore(text, 4, 1), "😀");
  assert.equal(codePointsBefore(text, 4, 3), "😀😀");
  assert.equal(codePointsAfter(text, 7, 1), "😀");
  assert.equal(codePointsAfter(text, 4, 4), "abc😀");
  assert.equal(codePointsBefore(text, 0, 5), "");
});
