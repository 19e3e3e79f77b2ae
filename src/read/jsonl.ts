import { failure, type Place } from "./build-article.js";
import { articleFromJson } from "./json-article.js";
import { articleTooBig, maxArticleBytes } from "./limits.js";
import { splitLines } from "./lines.js";
import type { ReadItem, ReadOptions } from "./types.js";

/** One JSON line as an article; null for a blank line. A broken line is a failure, never an exception. */
export function readJsonLine(line: string, number: number, input: string, options: ReadOptions): ReadItem | null {
  if (line.trim() === "") return null;
  const place: Place = { input, item: { label: `line ${number}`, origin: `${input}:${number}` } };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return failure(place, `not JSON: ${short(e instanceof Error ? e.message : String(e))}`);
  }
  return articleFromJson(value, options, place);
}

/**
 * JSON lines, streamed: one article per line, read and yielded one at a time, so a 100 MB file takes the
 * memory of one line. A line longer than any acceptable article is skipped without being held.
 */
export async function* readJsonLines(
  chunks: AsyncIterable<Buffer>,
  input: string,
  options: ReadOptions,
  decode: (bytes: Buffer) => string,
): AsyncGenerator<ReadItem> {
  const max = maxArticleBytes(options.maxArticleBytes);
  // JSON escapes can double a text (\n, \"), and metadata rides along.
  const maxLine = max * 2 + 64 * 1024;
  for await (const line of splitLines(chunks, maxLine, decode)) {
    if ("tooLong" in line) {
      yield failure(
        { input, item: { label: `line ${line.number}`, origin: `${input}:${line.number}` } },
        articleTooBig(line.tooLong, max),
      );
      continue;
    }
    const item = readJsonLine(line.text, line.number, input, options);
    if (item) yield item;
  }
}

function short(message: string): string {
  return message.length > 120 ? `${message.slice(0, 117)}…` : message;
}
