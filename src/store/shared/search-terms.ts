import { foldDiacritics } from "../../kb/normalise.js";

/** One term of a search: words to find together (a phrase when several), the last a prefix when `prefix`. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/** A search as both stores read it: terms, all required, except where "OR" stands between two. */
export type SearchItem = SearchTerm | "OR";

/**
 * User text as search terms that can never be a syntax error in either store: "quoted phrases", word* prefixes and
 * OR between terms are kept; every other character only separates words. With `prefixLast`, the last word is a
 * prefix (typing a name).
 */
export function searchItems(text: string, prefixLast = false): SearchItem[] {
  const items: SearchItem[] = [];
  for (const m of text.normalize("NFKC").matchAll(/"([^"]*)"?|(\S+)/g)) {
    const [raw, phrase, bare] = m;
    if (bare === "OR") {
      if (items.length > 0 && items[items.length - 1] !== "OR") items.push("OR");
      continue;
    }
    const words = (phrase ?? bare ?? "").match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const prefix = phrase === undefined && words.length === 1 && raw.endsWith("*");
    items.push({ words, prefix });
  }
  while (items[items.length - 1] === "OR") items.pop();
  const last = items[items.length - 1];
  if (prefixLast && last && last !== "OR" && last.words.length === 1) last.prefix = true;
  return items;
}

/** The words of a text as a search index sees them: letters and digits, folded to lower case without accents. */
export function indexWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord);
}

export function foldWord(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

/**
 * A text (one sentence at most) with the searched words marked as the stores' snippets mark them; done in code
 * because asking the index for a snippet per hit costs a match per row.
 */
export function highlight(content: string, query: string): string {
  const words = new Set((query.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord));
  return content.replace(/[\p{L}\p{N}]+/gu, (w) => (words.has(foldWord(w)) ? `«${w}»` : w));
}
