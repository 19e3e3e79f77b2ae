/** The metadata a news page declares about itself: publication date, title, canonical URL, site name. */

export interface PageMeta {
  published: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
}

// Meta names/properties that carry the publication date, strongest first (after article:published_time).
const DATE_META = [
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "publishdate",
  "publish-date",
  "pubdate",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.created",
  "date",
  "sailthru.date",
  "parsely-pub-date",
];

/** Reads the page's metadata; call it before Readability, which rewrites the document. */
export function readPageMeta(document: Document): PageMeta {
  const meta = metaValues(document);
  const ld = jsonLd(document);
  const first = (...values: (string | null | undefined)[]) => values.find((v) => v != null && v.trim() !== "") ?? null;
  return {
    published: first(
      meta.get("article:published_time"),
      ld.datePublished,
      ...DATE_META.map((k) => meta.get(k)),
      timeElement(document),
    ),
    title: first(
      meta.get("og:title"),
      ld.headline,
      document.querySelector("title")?.textContent,
      meta.get("twitter:title"),
    ),
    url: first(canonical(document), meta.get("og:url"), ld.url),
    source: first(meta.get("og:site_name"), ld.publisher, meta.get("application-name")),
  };
}

/** meta property/name/itemprop (lower-cased) → content; the first of each wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop"))?.toLowerCase();
    const content = el.getAttribute("content");
    if (key && content && !values.has(key)) values.set(key, content.trim());
  }
  return values;
}

function canonical(document: Document): string | null {
  for (const link of document.querySelectorAll("link")) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = link.getAttribute("href");
    if (rel.includes("canonical") && href) return href.trim();
  }
  return null;
}

/** The publication `<time datetime>`: one marked as such, else the first inside <article>, else the first. */
function timeElement(document: Document): string | null {
  const marked = document.querySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
  const el = marked ?? document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  return el?.getAttribute("datetime")?.trim() || null;
}

interface LdFields {
  datePublished: string | null;
  headline: string | null;
  url: string | null;
  publisher: string | null;
}

// Types of JSON-LD node that describe the article itself (its datePublished is the one wanted).
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/**
 * The article's JSON-LD: nodes in top-level arrays and @graph lists are searched; an article-typed node wins
 * over any other node with a datePublished. Broken JSON-LD blocks are skipped.
 */
function jsonLd(document: Document): LdFields {
  let best: Record<string, unknown> | null = null;
  let fallback: Record<string, unknown> | null = null;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    // Breadth-first over arrays and @graph lists, bounded so hostile JSON-LD cannot run long.
    const queue: unknown[] = [value];
    for (let seen = 0; queue.length > 0 && seen < 1000; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        for (const item of node.slice(0, 1000)) queue.push(item);
        continue;
      }
      if (typeof node !== "object" || node === null) continue;
      const record = node as Record<string, unknown>;
      const graph = record["@graph"];
      if (Array.isArray(graph)) for (const item of graph.slice(0, 1000)) queue.push(item);
      const types = ([] as unknown[]).concat(record["@type"] ?? []).map(String);
      const isArticle = types.some((t) => ARTICLE_TYPE.test(t));
      if (isArticle && !best) best = record;
      else if (typeof record.datePublished === "string" && !fallback) fallback = record;
    }
  }
  const node = best ?? fallback;
  if (!node) return { datePublished: null, headline: null, url: null, publisher: null };
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const publisher = node.publisher;
  const publisherName = Array.isArray(publisher)
    ? str((publisher[0] as Record<string, unknown> | undefined)?.name)
    : typeof publisher === "object" && publisher !== null
      ? str((publisher as Record<string, unknown>).name)
      : str(publisher);
  return {
    datePublished: str(node.datePublished) ?? str(fallback?.datePublished),
    headline: str(node.headline) ?? str(node.name),
    url: str(node.url) ?? str(node.mainEntityOfPage),
    publisher: publisherName,
  };
}
