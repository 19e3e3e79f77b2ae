import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import type { Article } from "../../src/article/article.js";
import { isFailure, type ReadFailure, type ReadItem, type ReadOptions, readArticles } from "../../src/read/index.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-read-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into this test run's temporary folder and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function tempDir(): string {
  return dir;
}

export async function readAll(input: string, options: ReadOptions = {}, stdin?: NodeJS.ReadableStream) {
  const items: ReadItem[] = [];
  for await (const item of readArticles(input, options, stdin)) items.push(item);
  return {
    items,
    articles: items.filter((i): i is Article => !isFailure(i)),
    failures: items.filter((i): i is ReadFailure => isFailure(i)),
  };
}

/** Reads a file that must hold exactly one article. */
export async function readOne(name: string, content: string | Buffer, options: ReadOptions = {}): Promise<Article> {
  const { articles, failures } = await readAll(tempFile(name, content), options);
  if (failures.length > 0 || articles.length !== 1 || !articles[0]) {
    throw new Error(`expected one article, got ${articles.length} and failures ${JSON.stringify(failures)}`);
  }
  return articles[0];
}
