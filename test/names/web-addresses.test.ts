import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../entities/read.js";

test("the capitals inside a web address make no name", () => {
  const { entities } = read(
    "Watch the clip. pic.twitter.com/Q7xkRv2Lm and https://t.co/HbWqfJcP were shared by Ingrid Solberg.",
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Q7xkRv2Lm|HbWqfJcP/.test(m.text))));
  assert.ok(entities.some((e) => e.type === "PERSON" && e.name === "Ingrid Solberg"));
});

test("must not fire: a slash between names is no web address", () => {
  const { entities } = read("The Velcor Shipping/Nordvik Port Authority deal was signed on Monday.");
  assert.ok(entities.some((e) => e.mentions.some((m) => m.text.includes("Nordvik Port Authority"))));
});
