import assert from "node:assert/strict";
import { test } from "node:test";
import { readAll, tempFile } from "./helpers.js";

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Lake Desk</title><link>https://e.org</link><description>d</description>
<item><title>Full &amp; summary</title><link>https://e.org/1</link><guid>g-1</guid>
  <pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>Full text one.</p><script>alert(1)</script><p>Full text two.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://e.org/2</link><dc:date>2024-04-03T09:00:00Z</dc:date>
  <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; summary.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://e.org/3</link></item>
</channel></rss>`;

test("RSS: every item is an article; fullest content wins; the feed title is the source", async () => {
  const path = tempFile("feed.xml", rss);
  const { articles, failures } = await readAll(path);
  assert.equal(articles.length, 2);
  const [first, second] = articles;
  assert.equal(first?.text, "Full text one.\n\nFull text two.");
  assert.equal(first?.title, "Full & summary");
  assert.equal(first?.url, "https://e.org/1");
  assert.equal(first?.source, "Lake Desk");
  assert.equal(first?.externalId, "g-1");
  assert.equal(first?.published, "2024-04-02T10:00:00Z");
  assert.equal(first?.origin, `${path}#1`);
  assert.equal(second?.text, "Escaped HTML summary.");
  assert.equal(second?.published, "2024-04-03T09:00:00Z");
  assert.equal(second?.externalId, "https://e.org/2");
  assert.match(failures[0]?.reason ?? "", /^item 3: no text/);
});

test("Atom: entries with HTML content or text summaries; published (with its own offset) over updated; id", async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fjord Times</title><id>urn:f</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title type="html">Fish &amp;amp; chips</title><id>urn:e1</id><updated>2024-05-02T00:00:00Z</updated>
  <published>2024-05-01T07:00:00+02:00</published><link rel="alternate" href="https://e.org/e1"/>
  <content type="html">&lt;p&gt;HTML content.&lt;/p&gt;</content></entry>
<entry><title>Plain</title><id>urn:e2</id><updated>2024-05-03T00:00:00Z</updated>
  <summary>Text summary &lt;not a tag&gt;.</summary></entry>
</feed>`;
  const { articles } = await readAll(tempFile("atom.xml", atom));
  assert.deepEqual(
    articles.map((a) => [a.text, a.title, a.published, a.externalId, a.source]),
    [
      ["HTML content.", "Fish & chips", "2024-05-01T07:00:00+02:00", "urn:e1", "Fjord Times"],
      ["Text summary <not a tag>.", "Plain", "2024-05-03T00:00:00Z", "urn:e2", "Fjord Times"],
    ],
  );
});

test("a feed that does not parse is an input error; entity bombs are not expanded", async () => {
  await assert.rejects(readAll(tempFile("broken.xml", "<rss><channel><item><title>x")), { name: "InputError" });
  const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title><item><title>&c; &x;</title><description>Body &c;</description></item></channel></rss>`;
  const { articles } = await readAll(tempFile("bomb.xml", bomb)).catch(() => ({ articles: [] }));
  for (const a of articles) {
    assert.ok(!a.text.includes("aaaaaaaaaa") && !a.text.includes("root:"), "entities were expanded");
  }
});
