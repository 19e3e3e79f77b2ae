/** One line of a byte stream: its text, or only its size when it was too long to keep. */
export type Line = { number: number; text: string } | { number: number; tooLong: number };

/**
 * Splits a stream of chunks into lines without holding more than one line (and never more than
 * `maxLineBytes` of it): memory stays flat however big the input. A line over the limit is skipped,
 * counted, and reported by its size. Splitting on the byte 0x0A is safe in UTF-8.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
  decode: (bytes: Buffer) => string,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const line: Line = overflow ? { number, tooLong: length } : { number, text: stripCr(decode(join(parts))) };
    parts = [];
    length = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      length += piece.length;
      if (length > maxLineBytes) {
        overflow = true;
        parts = [];
      } else if (piece.length > 0) parts.push(piece);
      if (nl < 0) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}

function join(parts: Buffer[]): Buffer {
  return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}
