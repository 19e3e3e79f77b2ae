import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { fetchConditional, memoryValidatorCache } from "../../src/ingest/fetch.js";

test("a second fetch of an unchanged feed sends its validators and gets 304", async () => {
  const seen: Array<string | undefined> = [];
  const server = createServer((req, res) => {
    seen.push(req.headers["if-none-match"]);
    if (req.headers["if-none-match"] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { etag: '"v1"', "content-type": "application/rss+xml" }).end("<rss></rss>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  try {
    const cache = memoryValidatorCache();
    const first = await fetchConditional(url, cache);
    assert.equal(first.status, "fetched");
    assert.equal(first.status === "fetched" && first.body, "<rss></rss>");
    const second = await fetchConditional(url, cache);
    assert.equal(second.status, "not-modified");
    assert.deepEqual(seen, [undefined, '"v1"']);
  } finally {
    server.close();
  }
});

test("a server error is an error that names the URL and status", async () => {
  const server = createServer((_req, res) => res.writeHead(503).end());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/down`;
  try {
    await assert.rejects(fetchConditional(url, memoryValidatorCache()), /\/down answered 503/);
  } finally {
    server.close();
  }
});
