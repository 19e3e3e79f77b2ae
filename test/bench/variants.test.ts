import assert from "node:assert/strict";
import { test } from "node:test";
import { shiftDate, variants } from "../../bench/variants.js";
import { type Article, documentId } from "../../src/article/article.js";

const para = (topic: string) =>
  `The council debated the ${topic} plan for most of the evening, and members said a vote would follow next week.`;

const base = (name: string, published: string | null, topics: string[]): Article => ({
  text: `${name} headline\n\n${topics.map(para).join("\n\n")}`,
  published,
  title: `${name} headline`,
  url: null,
  source: "Example Gazette",
  origin: name,
});

const BASES = [
  base("Harbour", "2020-03-03", ["harbour", "ferry"]),
  base("Budget", "2020-03-05T09:00:00Z", ["budget", "tax"]),
  base("Schools", null, ["school", "library"]),
];

test("the first round is the real articles unchanged", () => {
  const out = [...variants(BASES, 3)];
  assert.deepEqual(out, BASES);
});

test("later rounds keep the text in order, add one paragraph of another article, and move the date by weeks", () => {
  const out = [...variants(BASES, 9)];
  const second = out[3] as Article;
  const original = BASES[0] as Article;
  assert.ok(second.text.startsWith(original.text), "the real text comes first, as it was");
  const added = second.text.slice(original.text.length).trim();
  assert.ok(!original.text.includes(added), "the closing paragraph comes from another article");
  assert.ok(
    BASES.some((b) => b.text.includes(added)),
    "the closing paragraph is real text of the pool",
  );
  assert.equal(second.published, "2020-03-10");
  assert.equal(out[4]?.published, "2020-03-12T09:00:00Z", "the time of day is kept");
  assert.equal(out[5]?.published, null, "an undated article stays undated");
  assert.equal(out[6]?.published, "2020-03-17", "round two is two weeks on");
});

test("every generated article is a distinct document", () => {
  const ids = [...variants(BASES, 12)].map((a) => documentId(a.text));
  assert.equal(new Set(ids).size, ids.length);
});

test("a text the corpus holds twice still gives distinct documents, the others unchanged", () => {
  const twice = [...BASES, { ...(BASES[0] as Article), origin: "copy" }];
  const out = [...variants(twice, 8)];
  const ids = out.map((a) => documentId(a.text));
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(out.slice(0, 3), BASES, "the first copy is the real article");
  assert.notEqual(out[3]?.text, BASES[0]?.text, "the second copy borrows a paragraph");
  const plain = [...variants(BASES, 3)];
  assert.deepEqual(out.slice(0, 3), plain.slice(0, 3));
});

test("headlines and short lines are never borrowed as paragraphs", () => {
  for (const a of [...variants(BASES, 12)].slice(3)) assert.doesNotMatch(a.text.slice(-40), /headline\s*$/);
});

test("dates move across month and year ends", () => {
  assert.equal(shiftDate("2019-12-28", 7), "2020-01-04");
  assert.equal(shiftDate("2020-02-26", 7), "2020-03-04");
  assert.equal(shiftDate("not a date", 7), "not a date");
});
