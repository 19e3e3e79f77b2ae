/**
 * Guards the HTML parser and Readability against hostile nesting: both slow down sharply with depth
 * (Readability takes seconds at 1,000 levels, the parser at 100,000), while real pages nest well under 100.
 * A linear scan measures the depth; a page nested deeper is flattened to paragraphs before parsing.
 */

/** Depth beyond which a page is flattened; real article pages stay far below. */
export const MAX_NESTING = 150;

// Elements with no end tag, and elements the parser closes by itself: they add no depth.
const NO_DEPTH = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd option tr td th".split(" "),
);

// Elements whose content is dropped when flattening (what the text walker would skip anyway).
const DROP = new Set(["script", "style", "noscript", "template", "iframe", "object", "svg", "math", "textarea"]);

// Tags kept as they are, so the page's metadata survives flattening (nothing in them runs).
const KEEP = new Set(["meta", "link", "time"]);

// Tags that become paragraph breaks when flattening.
const BREAK = new Set(
  "address article aside blockquote body br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul".split(
    " ",
  ),
);

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** Every tag of the page in order, by a linear scan (comments, doctypes and processing instructions skipped). */
function* tags(html: string): Generator<Tag> {
  let i = 0;
  const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) return;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    const m = name.exec(html.slice(lt, lt + 80));
    if (!m?.[2]) {
      i = lt + 1; // a "<" in text
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) return;
    yield {
      start: lt,
      end: gt + 1,
      name: m[2].toLowerCase(),
      closing: m[1] === "/",
      selfClosing: html[gt - 1] === "/",
    };
    i = gt + 1;
  }
}

/** The deepest element nesting of a page, estimated without building a DOM. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const tag of tags(html)) {
    if (NO_DEPTH.has(tag.name) || tag.selfClosing) continue;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * The page reduced to a flat list of paragraphs: content of script-like elements dropped, block tags turned
 * into paragraph breaks, every other tag (and every attribute) removed. The title, meta and link tags, time
 * elements and JSON-LD blocks are kept for the metadata. Entities are left for the parser.
 */
export function flattenHtml(html: string): string {
  const out: string[] = ["<!doctype html><html><body><p>"];
  const BREAK_MARK = "</p><p>";
  // Runs of breaks with only blank space between them become one break, so a million wrappers add nothing.
  const text = (slice: string) => {
    if (slice.trim() !== "" || out[out.length - 1] !== BREAK_MARK) out.push(slice);
  };
  const paragraphBreak = () => {
    if (out[out.length - 1] !== BREAK_MARK) out.push(BREAK_MARK);
  };
  let at = 0;
  // Inside an element whose content is skipped (script, style…) or kept verbatim (title, JSON-LD).
  let inside: { name: string; keep: boolean } | null = null;
  for (const tag of tags(html)) {
    if (inside) {
      if (tag.closing && tag.name === inside.name) {
        if (inside.keep) out.push(html.slice(at, tag.end));
        inside = null;
        at = tag.end;
      }
      continue;
    }
    text(html.slice(at, tag.start));
    at = tag.end;
    const markup = html.slice(tag.start, tag.end);
    if (tag.closing || tag.selfClosing) {
      if (KEEP.has(tag.name)) out.push(markup);
      else if (BREAK.has(tag.name)) paragraphBreak();
    } else if (tag.name === "title" || (tag.name === "script" && /ld\+json/i.test(markup))) {
      inside = { name: tag.name, keep: true };
      at = tag.start;
    } else if (DROP.has(tag.name)) inside = { name: tag.name, keep: false };
    else if (KEEP.has(tag.name)) out.push(markup);
    else if (BREAK.has(tag.name)) paragraphBreak();
  }
  if (!inside) text(html.slice(at));
  out.push("</p></body></html>");
  return out.join("");
}
