/*
 * dossier's spans count UTF-16 code units (JavaScript string offsets); the W3C Web Annotation model counts code
 * points ("characters"). They differ after every character outside the Basic Multilingual Plane (emoji, some CJK,
 * mathematical letters), each of which is two code units but one code point.
 */

/**
 * Maps UTF-16 offsets into `text` to code-point offsets. Built once per text in one pass; each lookup is a binary
 * search over the surrogate pairs (none in most texts, so usually the identity). An offset inside a pair counts the
 * pair as passed; offsets clamp to the text.
 */
export function utf16ToCodePoint(text: string): (offset: number) => number {
  // The UTF-16 index of the second unit of every surrogate pair, ascending.
  const seconds: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      seconds.push(i + 1);
      i++;
    }
  }
  const clamp = (o: number) => Math.max(0, Math.min(Math.floor(o), text.length));
  if (seconds.length === 0) return clamp;
  return (offset) => {
    const o = clamp(offset);
    // How many pairs end before o: each makes two units one code point.
    let lo = 0;
    let hi = seconds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((seconds[mid] as number) < o) lo = mid + 1;
      else hi = mid;
    }
    return o - lo;
  };
}

/** The text between two code-point offsets (what a W3C TextPositionSelector selects). */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Up to `count` code points of `text` ending at UTF-16 offset `end`, never starting inside a pair. */
export function codePointsBefore(text: string, end: number, count: number): string {
  let start = end;
  for (let n = 0; n < count && start > 0; n++) {
    start--;
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  }
  return text.slice(start, end);
}

/** Up to `count` code points of `text` starting at UTF-16 offset `start`, never ending inside a pair. */
export function codePointsAfter(text: string, start: number, count: number): string {
  let end = start;
  for (let n = 0; n < count && end < text.length; n++) {
    end++;
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  }
  return text.slice(start, end);
}
