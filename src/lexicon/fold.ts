import { isSpace } from "./char-class.js";
/**
 * The form names are compared in: lower case, accents stripped, curly apostrophes straightened, runs of
 * whitespace as one space. "Élysée" and "Elysee", "Côte d’Ivoire" and "Cote d'Ivoire" fold alike.
 */
export function fold(text: string, lowerCased?: string): string {
  // A caller that has the lower-case form already (wink's token.normal) saves the allocation, but only when
  // it is the text in lower case (wink also respells: "defence" → "defense").
  const lower = lowerCased !== undefined && isLowerOf(lowerCased, text) ? lowerCased : text.toLowerCase();
  if (plain(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2013]/g, "-")
    .replace(/\s+/g, " ");
}

/** The first word of a folded phrase, as the tokenizer would cut it: the key of token-indexed lookups. */
export function firstWord(folded: string): string {
  // What folded.search(/[\s\-']/) finds, by a character loop: this runs once per token.
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    if (c === 45 || c === 39 || isSpace(c)) return folded.slice(0, k);
  }
  return folded;
}

/** Printable ASCII without runs of spaces: nothing to fold (most tokens). */
function plain(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c > 126 || c === 96 || (c === 32 && s.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}

/** `lower` is `text` with its ASCII capitals in lower case, and nothing else changed. */
function isLowerOf(lower: string, text: string): boolean {
  if (lower.length !== text.length) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const l = lower.charCodeAt(k);
    // A capital must be lowered: wink's normal form keeps those of words its lexicon holds capitalised ("Steve").
    if (c >= 65 && c <= 90 ? l !== c + 32 : l !== c) return false;
  }
  return true;
}
