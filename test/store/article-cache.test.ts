import assert from "node:assert/strict";
import { test } from "node:test";
import { ArticleCache, articleIn } from "../../src/store/shared/article-cache.js";
import type { ReaderPort } from "../../src/store/shared/reader-port.js";
import { runAsync, runSync } from "../../src/store/shared/steps.js";

/** A port answering only article rows, counting what it is asked for. */
function articlePort(asked: number[][], answer: "value" | "promise" = "value"): ReaderPort {
  const rows = (docs: readonly number[]) =>
    docs.map((id) => ({ id, doc_id: `doc-${id}`, title: `Title ${id}`, source: null, url: null, published: null }));
  return {
    articles(docs: readonly number[]) {
      asked.push([...docs]);
      return answer === "value" ? rows(docs) : Promise.resolve(rows(docs));
    },
  } as unknown as ReaderPort;
}

test("a list's articles are read in one call, each once, and later lists find them cached", () => {
  const asked: number[][] = [];
  const cache = new ArticleCache(articlePort(asked));
  const first = runSync(cache.of([3, 1, 3]));
  assert.deepEqual(asked, [[3, 1]]);
  assert.equal(articleIn(first, 3).id, "doc-3");
  const second = runSync(cache.of([1, 2]));
  assert.deepEqual(asked, [[3, 1], [2]], "only the article not seen before is read");
  assert.equal(articleIn(second, 1).title, "Title 1");
});

test("a list fully cached reads nothing; an article not asked for is an error, not a guess", async () => {
  const asked: number[][] = [];
  const cache = new ArticleCache(articlePort(asked, "promise"));
  await runAsync(cache.of([5]));
  const again = await runAsync(cache.of([5]));
  assert.deepEqual(asked, [[5]]);
  assert.throws(() => articleIn(again, 6), /article row 6/);
});
