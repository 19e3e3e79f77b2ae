import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { readArticles } from "../../src/read/index.js";
import { readAll, tempDir, tempFile } from "./helpers.js";

test("each JSON line is an article with its metadata; blank lines are skipped", async () => {
  const path = tempFile(
    "two.jsonl",
    '{"id": 41, "published": "2024-02-01", "title": "T", "url": "https://e.org/1", "source": "Wire", "text": "First."}\n\n' +
      '{"published": "2024-02-02", "text": "Second.\\nLine two."}\r\n',
  );
  const { articles, failures } = await readAll(path);
  assert.equal(failures.length, 0);
  assert.equal(articles.length, 2);
  assert.deepEqual(articles[0], {
    text: "First.",
    published: "2024-02-01",
    title: "T",
    url: "https://e.org/1",
    source: "Wire",
    origin: `${path}:1`,
    externalId: "41",
  });
  assert.equal(articles[1]?.text, "Second.\nLine two.");
  assert.equal(articles[1]?.origin, `${path}:3`);
});

test("a broken line or a line without text is a failure naming the line; the rest goes on", async () => {
  const path = tempFile(
    "mixed.jsonl",
    '{"text":"ok 1"}\n{"text": "unterminated\n{"published":"2024-01-01"}\n{"text": 7}\n{"text":"   "}\n[1,2]\n{"text":"ok 2"}\n',
  );
  const { articles, failures } = await readAll(path);
  assert.deepEqual(
    articles.map((a) => a.text),
    ["ok 1", "ok 2"],
  );
  assert.deepEqual(
    failures.map((f) => f.reason.split(":")[0]),
    ["line 2", "line 3", "line 4", "line 5", "line 6"],
  );
  assert.match(failures[0]?.reason ?? "", /^line 2: not JSON: /);
  assert.match(failures[1]?.reason ?? "", /no "text" field/);
  assert.ok(failures.every((f) => f.origin === path && !f.reason.includes("\n")));
});

test("JSON lines stream from stdin too", async () => {
  const stdin = Readable.from([Buffer.from('{"text":"from a pi'), Buffer.from('pe"}\n{"text":"second"}')]);
  const { articles } = await readAll("-", {}, stdin);
  assert.deepEqual(
    articles.map((a) => [a.text, a.origin]),
    [
      ["from a pipe", "stdin:1"],
      ["second", "stdin:2"],
    ],
  );
});

test("a line over the article limit is refused by its size without being held", async () => {
  const big = "x".repeat(3 * 1024 * 1024);
  const path = tempFile("long.jsonl", `{"text":"${big}"}\n{"text":"small"}\n`);
  const { articles, failures } = await readAll(path, { maxArticleBytes: 1024 * 1024 });
  assert.deepEqual(
    articles.map((a) => a.text),
    ["small"],
  );
  assert.match(failures[0]?.reason ?? "", /^line 1: article is 3\.0 MB; dossier reads articles up to 1 MB/);
});

test("memory stays flat reading a 100 MB JSON lines file", async () => {
  const path = join(tempDir(), "hundred.jsonl");
  const out = createWriteStream(path);
  const text = "Officials in Lagos said on Monday that the port would reopen within a week. ".repeat(20);
  let bytes = 0;
  let lines = 0;
  while (bytes < 100 * 1024 * 1024) {
    const line = `${JSON.stringify({ id: lines++, published: "2024-03-04", text })}\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));

  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let count = 0;
  for await (const item of readArticles(path)) {
    if ("text" in item) count++;
    if (count % 2000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  assert.equal(count, lines);
  // Holding the file would take over 200 MB of heap (UTF-16 strings); streaming stays within a few dozen.
  const grew = (peak - before) / (1024 * 1024);
  assert.ok(grew < 64, `heap grew by ${grew.toFixed(1)} MB`);
});

test("a stream can be given a name (a URL it was fetched from) for origins and messages", async () => {
  const stdin = Readable.from([Buffer.from('{"text":"fetched"}\n{"nope"\n')]);
  const { articles, failures } = await readAll("-", { streamName: "https://e.org/news.jsonl" }, stdin);
  assert.equal(articles[0]?.origin, "https://e.org/news.jsonl:1");
  assert.equal(failures[0]?.origin, "https://e.org/news.jsonl");
});
