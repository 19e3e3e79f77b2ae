import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { flattenHtml, MAX_NESTING, nestingDepth } from "./html-flatten.js";
import { readPageMeta } from "./html-meta.js";
import { CHROME, domToText } from "./html-text.js";
import type { ArticleFields } from "./types.js";

/** Parses HTML into a DOM that nothing runs in: linkedom executes no scripts and fires no events. */
export function parseDocument(html: string): Document {
  const safe = nestingDepth(html) > MAX_NESTING ? flattenHtml(html) : html;
  const document = parseHTML(safe).document as unknown as Document;
  // The parser splits text at every entity; merged back, Readability no longer slows down on entity-heavy text.
  document.documentElement?.normalize();
  return document;
}

/**
 * A news page: metadata from its head (see html-meta.ts), main text by Readability, turned into paragraphs
 * separated by blank lines. When Readability finds nothing, the body less its navigation is the text.
 */
export function readHtml(html: string): ArticleFields {
  const document = parseDocument(html);
  const meta = readPageMeta(document);
  let text = "";
  try {
    const found = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (found?.content) text = domToText(found.content);
  } catch {
    // Readability gave up on this page; the body below is the text.
  }
  if (text === "") {
    // Readability rewrote the document; parse it again for the fallback.
    const fresh = parseDocument(html);
    if (fresh.body) text = domToText(fresh.body, CHROME);
  }
  return {
    text,
    published: meta.published,
    title: meta.title,
    url: meta.url,
    source: meta.source ?? hostOf(meta.url),
  };
}

/** HTML from a feed or JSON field: the whole fragment is the text. */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const document = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  return document.body ? domToText(document.body) : "";
}

/** The site a URL is on ("example.com"), the fallback name of a page's source. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
