import { InputError } from "../article/errors.js";
import { buildArticle, failure } from "./build-article.js";
import { decoderFor, inspectBytes, type TextEncoding, trimPartialSequence } from "./encoding.js";
import { readFeed } from "./feed.js";
import { readHtml } from "./html.js";
import { allChunks, closeInput, type OpenedInput, openInput, readCapped } from "./input.js";
import { readJson } from "./json.js";
import { readJsonLines } from "./jsonl.js";
import {
  articleTooBig,
  documentTooBig,
  HTML_PAGE_FACTOR,
  maxArticleBytes,
  pageTooBig,
  WHOLE_DOCUMENT_MAX_BYTES,
} from "./limits.js";
import { readPlainText, splitHeaders } from "./plain-text.js";
import { readSeed, skipBlank, splitSeed } from "./seed.js";
import { sniffFormat } from "./sniff.js";
import type { InputFormat, ReadItem, ReadOptions } from "./types.js";

export type { ReadFailure, ReadItem, ReadOptions } from "./types.js";
export { isFailure } from "./types.js";

/**
 * Reads articles from a path or "-" (standard input), whatever the format: the format is sniffed from the
 * content (see sniff.ts). Yields one Article per article found, and a ReadFailure for each article that
 * cannot be read (the others go on). Throws InputError only when nothing at all can be read: a missing
 * file, a directory, an empty or binary input, a feed or JSON document that does not parse.
 */
export async function* readArticles(
  input: string,
  options: ReadOptions = {},
  stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<ReadItem> {
  const opened = await openInput(input, stdin, options.streamName);
  try {
    yield* readOpened(opened, options);
  } finally {
    await closeInput(opened);
  }
}

async function* readOpened(opened: OpenedInput, options: ReadOptions): AsyncGenerator<ReadItem> {
  const { name } = opened;
  const inspection = inspectBytes(opened.head);
  if ("notText" in inspection) throw new InputError(`${name} ${inspection.notText}`, name);
  const decode = decoderFor(inspection.encoding);
  const head = decode(inspection.encoding === "utf-8" ? trimPartialSequence(opened.head) : opened.head);
  if (head.trim() === "") throw new InputError(`${name} is empty: nothing to analyse`, name);
  const format = sniffFormat(head, opened.path);
  const max = maxArticleBytes(options.maxArticleBytes);

  switch (format) {
    case "jsonl":
      yield* readJsonLines(allChunks(opened), name, options, decode);
      return;
    case "json":
    case "feed": {
      const what = format === "json" ? "JSON document" : "feed";
      const { data, bytes } = await readCapped(opened, WHOLE_DOCUMENT_MAX_BYTES);
      if (!data) throw new InputError(`${name}: ${documentTooBig(bytes, what)}`, name);
      const text = decode(data);
      yield* format === "json" ? readJson(text, name, options) : readFeed(text, name, options);
      return;
    }
    case "html": {
      const { data, bytes } = await readCapped(opened, max * HTML_PAGE_FACTOR);
      if (!data) {
        yield failure({ input: name }, pageTooBig(bytes, max));
        return;
      }
      const fields = readHtml(decode(data));
      if (fields.text.trim() === "") {
        yield failure({ input: name }, "no article text found in the page");
        return;
      }
      yield buildArticle(fields, options, { input: name });
      return;
    }
    default:
      yield await readTextArticle(opened, format, head, options, inspection.encoding);
  }
}

/**
 * The single-article text formats. The header (seed date line or header lines) lies within the head, so
 * the body's size is known before reading it: an oversized article is refused without being read.
 */
async function readTextArticle(
  opened: OpenedInput,
  format: InputFormat,
  head: string,
  options: ReadOptions,
  encoding: TextEncoding,
): Promise<ReadItem> {
  const { name } = opened;
  const max = maxArticleBytes(options.maxArticleBytes);
  const bodyStart =
    format === "seed"
      ? (splitSeed(head)?.bodyStart ?? 0)
      : format === "headers"
        ? splitHeaders(head).bodyStart
        : skipBlank(head, 0);
  const headerBytes = encoding === "utf-8" ? Buffer.byteLength(head.slice(0, bodyStart), "utf8") : bodyStart;
  const { data, bytes } = await readCapped(opened, max + headerBytes);
  if (!data) return failure({ input: name }, articleTooBig(bytes - headerBytes, max));
  const text = decoderFor(encoding)(data);
  const fields = (format === "seed" ? readSeed(text) : null) ?? readPlainText(text);
  if (fields.text.trim() === "") {
    const what = format === "seed" ? "its date line" : "its header lines";
    throw new InputError(`${name} has no article text after ${what}: nothing to analyse`, name);
  }
  return buildArticle(fields, options, { input: name });
}
