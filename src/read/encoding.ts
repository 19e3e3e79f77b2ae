/** Decides from an input's first bytes whether it is text, and how to decode it. */

export type TextEncoding = "utf-8" | "windows-1252";

export const ACCEPTED_FORMATS =
  "dossier reads UTF-8 text: plain or seed-format articles, HTML pages, RSS/Atom feeds, JSON or JSON lines";

/** The encoding to read with, or why the bytes are not text at all. */
export type Inspection = { encoding: TextEncoding } | { notText: string };

// Share of undecodable or control characters above which bytes are data, not text with a few bad bytes.
const MAX_BAD_SHARE = 0.05;
// Single-byte European text is mostly ASCII even in French or German (accents are a few percent).
const MIN_ASCII_SHARE_SINGLE_BYTE = 0.7;

export function inspectBytes(head: Buffer): Inspection {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return { notText: "is UTF-16 text; dossier reads UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)" };
  }
  if (head.includes(0)) return { notText: `is not text (it holds NUL bytes, as binary files do); ${ACCEPTED_FORMATS}` };
  // Drop a sequence cut at the end of the head, so it is not counted as invalid.
  const text = new TextDecoder("utf-8").decode(trimPartialSequence(head));
  let bad = 0;
  let multibyte = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) multibyte++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  const total = Math.max(text.length, 1);
  const notText = (share: number) => ({
    notText: `is not text (${Math.round(share * 100)}% of it is not UTF-8 characters); ${ACCEPTED_FORMATS}`,
  });
  if (controls / total > MAX_BAD_SHARE) return notText(controls / total);
  if (bad === 0) return { encoding: "utf-8" };
  // Valid multi-byte characters: UTF-8 with a few damaged bytes, or data.
  if (multibyte > 0) return bad / total > MAX_BAD_SHARE ? notText(bad / total) : { encoding: "utf-8" };
  // No valid multi-byte character at all: an old single-byte file (Latin-1 / Windows-1252) when it is
  // mostly ASCII, as text in European languages is; data otherwise.
  const ascii = total - bad;
  return ascii / total >= MIN_ASCII_SHARE_SINGLE_BYTE ? { encoding: "windows-1252" } : notText(bad / total);
}

/** A decoder for whole buffers (lines, files); a UTF-8 byte-order mark is dropped. */
export function decoderFor(encoding: TextEncoding): (bytes: Buffer) => string {
  if (encoding === "windows-1252") return decodeWindows1252;
  const decoder = new TextDecoder("utf-8");
  return (bytes) => decoder.decode(bytes);
}

// Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro…). Node 20's TextDecoder decodes this
// encoding as Latin-1, leaving them as C1 control characters, so they are mapped here.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Cuts an incomplete UTF-8 sequence off the end of a buffer. */
export function trimPartialSequence(bytes: Buffer): Buffer {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && (bytes[i] ?? 0) >> 6 === 0b10) {
    i--;
    back++;
  }
  if (i < 0) return bytes;
  const lead = bytes[i] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? bytes.subarray(0, i) : bytes;
}
