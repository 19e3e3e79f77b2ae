import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlFragmentToText, readHtml } from "../../src/read/html.js";
import { readOne } from "./helpers.js";

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the harbour authority in Rotterdam said ships were waiting longer than usual to berth.</p>`,
  ).join("\n");

test("a page's main text is its paragraphs, separated by blank lines, without navigation or footer", async () => {
  const html = `<!doctype html><html><head><title>Queues at Rotterdam</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Queues at Rotterdam</h1>${paragraphs(4)}</article>
    <footer>All rights reserved</footer></body></html>`;
  const article = await readOne("page.html", html);
  const parts = article.text.split("\n\n");
  assert.equal(parts.length, 4);
  assert.match(parts[0] ?? "", /^Paragraph 1: /);
  assert.ok(!article.text.includes("Home") && !article.text.includes("rights reserved"));
  assert.equal(article.title, "Queues at Rotterdam");
});

test("metadata: article:published_time, og:title, canonical URL and og:site_name", () => {
  const fields = readHtml(`<html><head>
    <title>Ignored title | Site</title>
    <meta property="og:title" content="Og &amp; title">
    <meta property="article:published_time" content="2024-09-14T08:30:00+02:00">
    <meta property="og:site_name" content="Rhine Courier">
    <meta property="og:url" content="https://e.org/og">
    <link rel="canonical" href="https://e.org/canonical">
    </head><body><article>${paragraphs(3)}</article></body></html>`);
  assert.equal(fields.published, "2024-09-14T08:30:00+02:00");
  assert.equal(fields.title, "Og & title");
  assert.equal(fields.url, "https://e.org/canonical");
  assert.equal(fields.source, "Rhine Courier");
});

test("metadata: JSON-LD datePublished inside an @graph, for the article node, not the website node", () => {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Site", datePublished: "2001-01-01" },
      {
        "@type": ["NewsArticle"],
        headline: "LD headline",
        datePublished: "2024-10-02",
        publisher: { name: "LD Desk" },
      },
    ],
  };
  const fields = readHtml(
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script>
     <script type="application/ld+json">{ broken json</script></head>
     <body><article>${paragraphs(3)}</article></body></html>`,
  );
  assert.equal(fields.published, "2024-10-02");
  assert.equal(fields.title, "LD headline");
  assert.equal(fields.source, "LD Desk");
});

test("metadata: a <time datetime> in the article, not one in a sidebar; the site falls back to the host", () => {
  const fields = readHtml(`<html><head><meta property="og:url" content="https://www.harbour.example/x"></head><body>
    <aside><time datetime="2020-01-01">old</time></aside>
    <article><p>By a reporter, <time datetime="2024-12-24">24 December</time></p>${paragraphs(3)}</article></body></html>`);
  assert.equal(fields.published, "2024-12-24");
  assert.equal(fields.source, "harbour.example");
});

test("a page with no metadata has no date, title or source", () => {
  const fields = readHtml(`<html><body>${paragraphs(2)}</body></html>`);
  assert.equal(fields.published, null);
  assert.equal(fields.url, null);
  assert.equal(fields.source, null);
  assert.match(fields.text, /Paragraph 2/);
});

test("hostile HTML: scripts, styles, frames, handlers and hidden text give clean text and never run", () => {
  const marker = globalThis as { __dossierPwned?: boolean };
  const fields = readHtml(`<html><head><style>p{color:red}</style>
    <script>globalThis.__dossierPwned = true</script></head>
    <body onload="globalThis.__dossierPwned = true"><article>
    <p onclick="globalThis.__dossierPwned = true">Visible &amp; clean &eacute;t&eacute; text, with a harbour-authority statement.</p>
    <iframe src="javascript:globalThis.__dossierPwned=true">frame text</iframe>
    <img src="x" onerror="globalThis.__dossierPwned = true">
    <p style="display:none">Hidden instructions.</p>
    <noscript>Enable scripts</noscript><template><p>Template text</p></template>
    <svg><text>svg text</text></svg>
    ${paragraphs(3)}</article></body></html>`);
  assert.equal(marker.__dossierPwned, undefined);
  assert.match(fields.text, /^Visible & clean été text/);
  for (const bad of ["color:red", "__dossierPwned", "frame text", "Hidden", "Enable scripts", "Template", "svg text"]) {
    assert.ok(!fields.text.includes(bad), `text contains ${bad}`);
  }
});

test("hostile HTML: 100,000 levels of nesting still give the text, in seconds", () => {
  const depth = 100_000;
  const html = `<html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}<p>Deep text &amp; more.</p><p>Second.</p>${"</div>".repeat(depth)}</body></html>`;
  const started = Date.now();
  const fields = readHtml(html);
  assert.equal(fields.text, "Deep text & more.\n\nSecond.");
  assert.equal(fields.title, "Deep");
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test("hostile HTML: text made of 200,000 entities decodes without slowing down", () => {
  const html = `<html><body><article><p>${"&amp;&lt;&#x41;&eacute;".repeat(50_000)}</p></article></body></html>`;
  const started = Date.now();
  const fields = readHtml(html);
  assert.equal(fields.text.length, 200_000);
  assert.ok(fields.text.startsWith("&<Aé&<Aé"));
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
});

test("line breaks, lists, preformatted text and invisible characters", () => {
  const text = htmlFragmentToText(
    "<p>Line one<br>line\n   two</p><ul><li>First item</li><li>Sec\u00adond\u200b item</li></ul><pre>  keep   this\n  layout</pre>",
  );
  assert.equal(text, "Line one\nline two\n\nFirst item\n\nSecond item\n\n  keep   this\n  layout");
});
