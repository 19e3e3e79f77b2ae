import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../src/article/article.js";
import { inlinePool, mapOrdered, workerPool } from "../../src/ingest/extract-pool.js";

const article = (text: string): Article => ({ text, published: "2024-03-05", title: null, url: null, source: null });

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

test("worker threads give the same prepared analysis as the calling thread", async () => {
  const texts = ["The port reopened on Monday.", "Officials said 40 ships waited.", "Talks resume in May."];
  const pool = workerPool(2);
  try {
    const viaWorkers = await Promise.all(texts.map((t) => pool.extract(article(t))));
    const inline = await Promise.all(texts.map((t) => inlinePool().extract(article(t))));
    assert.deepEqual(viaWorkers, inline);
    assert.equal(viaWorkers.length, 3);
    assert.ok(viaWorkers.every((p) => p.analysis.document.text.length > 0 && p.stored.startsWith("{")));
  } finally {
    await pool.close();
  }
});

test("mapOrdered keeps input order and never has more than the limit under way", async () => {
  let running = 0;
  let most = 0;
  const work = async (n: number) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, (7 - n) * 2));
    running--;
    return n * 10;
  };
  const out: number[] = [];
  for await (const r of mapOrdered(stream([1, 2, 3, 4, 5, 6]), work, 3)) if ("result" in r) out.push(r.result);
  assert.deepEqual(out, [10, 20, 30, 40, 50, 60]);
  assert.ok(most <= 3, `at most 3 under way, saw ${most}`);
});

test("a failing item is reported and the rest go on", async () => {
  const work = async (n: number) => {
    if (n === 2) throw new Error("bad item");
    return n;
  };
  const got = [];
  for await (const r of mapOrdered(stream([1, 2, 3]), work, 2)) got.push("error" in r ? r.error.message : r.result);
  assert.deepEqual(got, [1, "bad item", 3]);
});
