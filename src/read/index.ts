import { readFile } from "node:fs/promises";
import type { Article } from "../article/article.js";
import { InputError } from "../article/errors.js";
import type { ReadOptions } from "./types.js";

/**
 * Reads articles from a path or "-" (stdin), whatever the format. Yields one Article per article found;
 * throws InputError only when nothing usable can be read.
 * (Initial version: seed format only; the readers work replaces this with per-format modules.)
 */
export async function* readArticles(input: string, options: ReadOptions = {}): AsyncGenerator<Article> {
  const raw =
    input === "-"
      ? await readStdin()
      : await readFile(input, "utf8").catch((e: Error) => {
          throw new InputError(`cannot read ${input}: ${e.message}`, input);
        });
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
  yield {
    text: m ? raw.slice(m[0].length) : raw,
    published: options.published ?? m?.[1] ?? null,
    title: null,
    url: null,
    source: null,
    origin: input,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
