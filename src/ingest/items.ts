import { Readable } from "node:stream";
import { InputError } from "../article/errors.js";
import type { ReadFailure, ReadItem, ReadOptions } from "../read/types.js";
import { fetchConditional, type ValidatorCache } from "./fetch.js";
import type { Input } from "./inputs.js";

/** What one input gave: its articles and failures, or a line saying it was unchanged since last time. */
export type IngestItem = ReadItem | { unchanged: string };

/**
 * Reads every input in turn into one stream of items. An input that cannot be read at all (a binary file in a
 * folder, a feed that answers 500) becomes a failure of its own, and the next input goes on.
 */
export async function* readInputs(
  inputs: AsyncIterable<Input>,
  options: ReadOptions,
  cache: ValidatorCache,
): AsyncGenerator<IngestItem> {
  // Loaded here, not at start-up, so query commands do not pay for the readers.
  const { readArticles } = await import("../read/index.js");
  for await (const input of inputs) {
    const name = input.kind === "file" ? input.path : input.kind === "url" ? input.url : "stdin";
    try {
      if (input.kind === "url") {
        const fetched = await fetchConditional(input.url, cache);
        if (fetched.status === "not-modified") {
          yield { unchanged: input.url };
          continue;
        }
        const stream = Readable.from([Buffer.from(fetched.body)]);
        for await (const item of readArticles("-", options, stream)) yield withOrigin(item, input.url);
      } else {
        yield* readArticles(input.kind === "file" ? input.path : "-", options);
      }
    } catch (error) {
      if (!(error instanceof InputError) && !(error instanceof Error && input.kind === "url")) throw error;
      yield { failed: true, origin: name, reason: error.message } satisfies ReadFailure;
    }
  }
}

/** Items read from a fetched body are named by their URL, not "stdin". */
function withOrigin(item: ReadItem, url: string): ReadItem {
  if ("failed" in item) return { ...item, origin: item.origin.replace(/^stdin/, url) };
  return { ...item, origin: item.origin?.replace(/^stdin/, url) ?? url, url: item.url ?? url };
}
