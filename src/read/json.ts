import { InputError } from "../article/errors.js";
import type { Place } from "./build-article.js";
import { readFeed } from "./feed.js";
import { articleFromJson, JSON_ARTICLE_SHAPE } from "./json-article.js";
import { readJsonLine } from "./jsonl.js";
import type { ReadItem, ReadOptions } from "./types.js";

/**
 * A whole JSON document: one article object, an array of them, or a JSON Feed (jsonfeed.org). A document
 * that does not parse but holds parseable lines is read as JSON lines, so each broken line gets its report.
 */
export function* readJson(text: string, input: string, options: ReadOptions): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const lines = text.split("\n").map((line, i) => readJsonLine(line, i + 1, input, options));
    if (lines.some((item) => item !== null && !("failed" in item))) {
      for (const item of lines) if (item) yield item;
      return;
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError(`${input} is not valid JSON (${why}); expected ${JSON_ARTICLE_SHAPE} per line`, input);
  }
  if (Array.isArray(value)) {
    let n = 0;
    for (const element of value) {
      n++;
      const place: Place = { input, item: { label: `item ${n}`, origin: `${input}#${n}` } };
      yield articleFromJson(element, options, place);
    }
    return;
  }
  if (isJsonFeed(value)) {
    yield* readFeed(value, input, options);
    return;
  }
  yield articleFromJson(value, options, { input });
}

function isJsonFeed(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const version = (value as Record<string, unknown>).version;
  return typeof version === "string" && version.includes("jsonfeed.org");
}
