import { fold } from "../lexicon/fold.js";

/** The words of a person's name as compared: folded, hyphenated parts kept whole ("seong-kweun"). */
export function nameWords(text: string): string[] {
  return (
    fold(text)
      .replace(/['’]s$/, "")
      .split(/\s+/)
      .filter((w) => w.length > 0 && !/^(mr|mrs|ms|dr|prof)\.?$/.test(w))
      // "Abdel Ghani al-Kikli" … "Kikli", "Bashar al-Assad" … "Assad": the article glued to a surname is no part of it.
      .map((w) => w.replace(ARABIC_ARTICLE, ""))
  );
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-(?=\p{L}{3})/u;

/** `part` is a contiguous stretch of `whole` that keeps its first or its last word ("Ju Ae" in "Kim Ju Ae"). */
export function isNamePart(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let at = 0; at + part.length <= whole.length; at++) {
    let same = true;
    for (let k = 0; k < part.length && same; k++) same = part[k] === whole[at + k];
    if (same && (at === 0 || at + part.length === whole.length)) return true;
  }
  return false;
}

/**
 * Two multi-word names are one person when one is part of the other ("Ju Ae", "Kim Ju Ae"); names that
 * share only some words are two people ("Kim Jong Un", "Kim Ju Ae"): a given-name mismatch blocks the merge.
 */
export function sameFullName(x: readonly string[], y: readonly string[]): boolean {
  return x.length <= y.length ? isNamePart(x, y) : isNamePart(y, x);
}
