/**
 * Maps code-point offsets (what brat and Python count) to UTF-16 offsets (what dossier's spans count).
 * Built once per text in one pass; offsets past the end clamp to the text length.
 */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (codePoint) => table[Math.max(0, Math.min(codePoint, table.length - 1))] ?? unit;
}
