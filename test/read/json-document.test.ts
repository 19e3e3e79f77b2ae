import assert from "node:assert/strict";
import { test } from "node:test";
import { readAll, tempFile } from "./helpers.js";

test("a JSON array is one article per element, each failure naming its item", async () => {
  const path = tempFile("arr.json", JSON.stringify([{ text: "One.", published: "2024-01-01" }, { title: "no text" }]));
  const { articles, failures } = await readAll(path);
  assert.equal(articles[0]?.text, "One.");
  assert.equal(articles[0]?.origin, `${path}#1`);
  assert.match(failures[0]?.reason ?? "", /^item 2: no "text" field/);
});

test("a single pretty-printed JSON object is one article", async () => {
  const path = tempFile("one.json", JSON.stringify({ text: "Alone.", source: "Desk" }, null, 2));
  const { articles } = await readAll(path);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]?.source, "Desk");
  assert.equal(articles[0]?.origin, path);
});

test("a JSON Feed is read as a feed: items with HTML content become text", async () => {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: "Desk Feed",
    items: [
      {
        id: "a1",
        url: "https://e.org/a1",
        date_published: "2024-05-06T10:00:00Z",
        content_html: "<p>Hi</p><p>There</p>",
      },
    ],
  };
  const { articles } = await readAll(tempFile("feed.json", JSON.stringify(feed)));
  assert.equal(articles[0]?.text, "Hi\n\nThere");
  assert.equal(articles[0]?.source, "Desk Feed");
  assert.equal(articles[0]?.externalId, "a1");
});

test("JSON that does not parse at all is an input error, not a crash", async () => {
  await assert.rejects(readAll(tempFile("bad.json", '{\n  "text": "unterminated\n}')), {
    name: "InputError",
    message: /is not valid JSON/,
  });
});
