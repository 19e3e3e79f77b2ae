import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Article } from "../src/article/article.js";
import { readPolnearMetadata } from "../src/eval/polnear.js";

export interface BenchCorpus {
  articles: Article[];
  /** Where publication dates came from, for the report. */
  dates: string;
}

/**
 * Reads the .txt files of a folder as articles (sorted by name, so runs compare). Publication dates come from
 * a metadata.tsv (PolNeAR's `filename`/`publication_date` columns) in the folder or up to two levels above,
 * else every article gets `fallbackDate`.
 */
export function loadCorpus(dir: string, limit: number, fallbackDate: string): BenchCorpus {
  if (!existsSync(dir)) throw new Error(`no folder ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, limit);
  if (files.length === 0) throw new Error(`no .txt files in ${dir}`);
  const metaPath = [dir, dirname(dir), dirname(dirname(dir))]
    .map((d) => join(d, "metadata.tsv"))
    .find((p) => existsSync(p));
  const metadata = metaPath ? readPolnearMetadata(metaPath) : new Map();
  let dated = 0;
  const articles = files.map((f): Article => {
    const published = metadata.get(basename(f, ".txt"))?.published ?? null;
    if (published) dated++;
    return {
      text: readFileSync(join(dir, f), "utf8"),
      published: published ?? fallbackDate,
      title: null,
      url: null,
      source: null,
      origin: join(dir, f),
    };
  });
  const dates =
    dated === articles.length
      ? `dates from ${metaPath}`
      : dated > 0
        ? `${dated} dates from ${metaPath}, others ${fallbackDate}`
        : `fixed date ${fallbackDate}`;
  return { articles, dates };
}
