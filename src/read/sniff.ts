import { isHeaderLine } from "./plain-text.js";
import { SEED_PREFIX } from "./seed.js";
import type { InputFormat } from "./types.js";

/**
 * Decides an input's format from its first characters; the file name only settles what the content
 * leaves open (a .jsonl file whose first line is broken is still JSON lines, so each line gets its report).
 */
export function sniffFormat(head: string, path: string | null): InputFormat {
  const ext = path ? (/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "") : "";
  const start = head.search(/\S/);
  if (start < 0) return "text";
  const first = head[start];
  if (ext === "jsonl" || ext === "ndjson") return "jsonl";
  if (first === "[") return "json";
  if (first === "{") return firstLineIsJson(head, start) ? "jsonl" : "json";
  if (first === "<") {
    const root = firstElement(head, start);
    if (root === "rss" || root === "rdf:rdf" || root === "feed") return "feed";
    if (root !== null) return "html";
  }
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (SEED_PREFIX.test(head)) return "seed";
  const lineEnd = head.indexOf("\n", start);
  if (isHeaderLine(head.slice(start, lineEnd < 0 ? undefined : lineEnd))) return "headers";
  return "text";
}

/** A first line that parses as a JSON object on its own means one object per line. */
function firstLineIsJson(head: string, start: number): boolean {
  const end = head.indexOf("\n", start);
  if (end < 0) return false; // one (possibly pretty-printed or cut) document: read it whole
  try {
    const value: unknown = JSON.parse(head.slice(start, end));
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

/** The name of the first element, past an XML declaration, comments, a doctype; "html" for a doctype html. */
function firstElement(head: string, start: number): string | null {
  let i = start;
  while (i < head.length) {
    if (head.startsWith("<!--", i)) {
      const end = head.indexOf("-->", i + 4);
      if (end < 0) return null;
      i = end + 3;
    } else if (head.startsWith("<?", i)) {
      const end = head.indexOf("?>", i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (head.startsWith("<!", i)) {
      if (/^<!doctype\s+html/i.test(head.slice(i, i + 20))) return "html";
      const gt = head.indexOf(">", i + 2);
      const bracket = head.indexOf("[", i + 2);
      // A doctype with an internal subset ends at "]>", not at the first ">".
      const end = bracket >= 0 && bracket < gt ? head.indexOf("]>", bracket) + 1 : gt;
      if (end < 0) return null;
      i = end + 1;
    } else if (head[i] === "<") {
      const m = /^<([a-zA-Z][\w:.-]*)/.exec(head.slice(i, i + 64));
      return m?.[1]?.toLowerCase() ?? null;
    } else if (/\s/.test(head[i] ?? "")) {
      i++;
    } else {
      return null;
    }
  }
  return null;
}
