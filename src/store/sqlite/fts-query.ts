import { searchItems } from "../shared/search-terms.js";

/**
 * User text as an FTS5 query that can never be a syntax error (see shared/search-terms): each term a quoted
 * phrase, a prefix marked *, OR kept between terms.
 */
export function ftsQuery(text: string, prefixLast = false): string | null {
  const items = searchItems(text, prefixLast);
  if (items.length === 0) return null;
  return items.map((t) => (t === "OR" ? t : `"${t.words.join(" ")}"${t.prefix ? "*" : ""}`)).join(" ");
}
