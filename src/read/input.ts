import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { InputError } from "../article/errors.js";

/** How much of an input is looked at to decide its format and whether it is text at all. */
export const HEAD_BYTES = 64 * 1024;

/** An opened input: its first bytes (for sniffing) and the rest as a stream, so big inputs are never held whole. */
export interface OpenedInput {
  /** The name messages use: the path as given, or "stdin". */
  name: string;
  /** The file name (or the stream's given name), for extension hints; null for plain stdin. */
  path: string | null;
  /** Total size when known in advance (files), so oversized articles are refused without reading them. */
  size: number | null;
  head: Buffer;
  /** The bytes after `head` (the stream's own iterator: returning it closes the file). */
  rest: AsyncIterator<Buffer | string>;
}

/** Opens a path or "-" (stdin); unusable paths (missing, a directory, unreadable) are InputErrors. */
export async function openInput(
  input: string,
  stdin: NodeJS.ReadableStream = process.stdin,
  streamName?: string,
): Promise<OpenedInput> {
  if (input === "-") return withHead(streamName ?? "stdin", streamName ?? null, null, stdin);
  const info = await stat(input).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(input, e), input);
  });
  if (info.isDirectory()) {
    throw new InputError(`${input} is a directory: give a file (or - to read standard input)`, input);
  }
  if (!info.isFile() && !info.isFIFO() && !info.isCharacterDevice()) {
    throw new InputError(`${input} is not a regular file`, input);
  }
  const stream = createReadStream(input, { highWaterMark: HEAD_BYTES });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  await opened.catch((e: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(input, e), input);
  });
  return withHead(input, input, info.isFile() ? info.size : null, stream);
}

/** Leading blank space is skipped past when sniffing, but only this far. */
const MAX_BLANK_PREFIX = 16 * 1024 * 1024;

/** Pulls chunks until the head holds HEAD_BYTES and something other than blank space. */
async function withHead(
  name: string,
  path: string | null,
  size: number | null,
  stream: NodeJS.ReadableStream,
): Promise<OpenedInput> {
  const rest = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let sawText = false;
  while (length < HEAD_BYTES || (!sawText && length < MAX_BLANK_PREFIX)) {
    const next = await rest.next().catch((e: NodeJS.ErrnoException) => {
      throw new InputError(describeFsError(name, e), name);
    });
    if (next.done) break;
    const chunk = toBuffer(next.value);
    parts.push(chunk);
    length += chunk.length;
    sawText ||= !blank(chunk);
  }
  return { name, path, size, head: Buffer.concat(parts), rest };
}

function blank(chunk: Buffer): boolean {
  for (const byte of chunk) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0x0c) return false;
  }
  return true;
}

function toBuffer(value: Buffer | string): Buffer {
  return typeof value === "string" ? Buffer.from(value) : value;
}

/** The whole input (head and rest) as one stream of chunks. */
export async function* allChunks(input: OpenedInput): AsyncGenerator<Buffer> {
  if (input.head.length > 0) yield input.head;
  for (;;) {
    const next = await input.rest.next().catch((e: NodeJS.ErrnoException) => {
      throw new InputError(describeFsError(input.name, e), input.name);
    });
    if (next.done) return;
    yield toBuffer(next.value);
  }
}

/**
 * Reads the whole input, up to `cap` bytes. Past the cap it keeps counting (without keeping) so the
 * message can say how big the input really is; `data` is null then.
 */
export async function readCapped(input: OpenedInput, cap: number): Promise<{ data: Buffer | null; bytes: number }> {
  if (input.size !== null && input.size > cap) {
    await closeInput(input);
    return { data: null, bytes: input.size };
  }
  const parts: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of allChunks(input)) {
    bytes += chunk.length;
    if (bytes <= cap) parts.push(chunk);
    else parts.length = 0;
  }
  return { data: bytes <= cap ? Buffer.concat(parts) : null, bytes };
}

/** Stops reading an input whose rest is not needed (closes the file). */
export async function closeInput(input: OpenedInput): Promise<void> {
  await input.rest.return?.();
}

function describeFsError(name: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ENOENT":
      return `${name} not found`;
    case "EISDIR":
      return `${name} is a directory: give a file (or - to read standard input)`;
    case "EACCES":
    case "EPERM":
      return `cannot read ${name}: permission denied`;
    default:
      return `cannot read ${name}: ${e.message}`;
  }
}
