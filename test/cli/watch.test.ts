import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const item = (n: number, day: string) => `<item><guid>story-${n}</guid><title>Report ${n}</title>
<pubDate>${day}</pubDate><description>Port officials in Gdansk said on Monday that ${n * 3} ships were waiting to unload.</description></item>`;

test("watch polls a feed, ingests its new items, and an unchanged feed costs a 304", async () => {
  let items = [item(1, "Tue, 07 May 2024 09:00:00 GMT")];
  let version = 1;
  const statuses: number[] = [];
  const server = createServer((req, res) => {
    const etag = `"v${version}"`;
    if (req.headers["if-none-match"] === etag) {
      statuses.push(304);
      res.writeHead(304).end();
      return;
    }
    statuses.push(200);
    res
      .writeHead(200, { etag, "content-type": "application/rss+xml" })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour feed</title>${items.join("")}</channel></rss>`,
      );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const db = join(mkdtempSync(join(tmpdir(), "dossier-watch-")), "kb.db");
  try {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "watch",
        url,
        "--db",
        db,
        "--interval",
        "1",
        "--rounds",
        "3",
        "--threads",
        "0",
        "--json",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      // After the first poll, the feed gains an item; the second poll sees it, the third gets a 304.
      if (out.split("\n").length === 2 && version === 1) {
        items = [...items, item(2, "Wed, 08 May 2024 09:00:00 GMT")];
        version = 2;
      }
    });
    const code = await new Promise((r) => child.once("exit", r));
    assert.equal(code, 0);
    const polls = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { added: number; unchanged: number });
    assert.deepEqual(
      polls.map((p) => [p.added, p.unchanged]),
      [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
    );
    assert.deepEqual(statuses, [200, 200, 304]);
  } finally {
    server.close();
  }
});
