import { type View, wordText } from "./view.js";

/** Small words a title in capitals may keep in lower case ("Meet the Press", "Fox & Friends"). */
const TITLE_SMALL = new Set(["the", "a", "an", "of", "and", "&", "in", "on", "for", "to", "at", "with"]);
const TITLE_WORDS = 6;

/** A short quotation in title case: the name of a show, a book or a slogan ("Sunday Morning Futures"). */
export function isTitle(view: View, pair: { open: number; close: number }): boolean {
  if (pair.close - pair.open > TITLE_WORDS + 1) return false;
  let words = 0;
  for (let w = pair.open + 1; w < pair.close; w++) {
    const text = wordText(view, w);
    // "Women's March": a possessive inside the title.
    if (/^[,.]$/.test(text) || text === "'s" || text === "\u2019s") continue;
    if (!/^[\p{Lu}\p{N}]/u.test(text) && !TITLE_SMALL.has(text)) return false;
    words++;
  }
  return words > 0;
}
