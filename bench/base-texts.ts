import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Article } from "../src/article/article.js";
import { readPolnearMetadata } from "../src/eval/polnear.js";
import { readTimeml } from "../src/time/timeml-reader.js";

/** Where the real texts came from, for the report: corpus name → how many articles. */
export interface BaseTexts {
  articles: Article[];
  sources: { name: string; articles: number }[];
}

/**
 * The real news texts the ingest and query benches build on: PolNeAR train and dev (plain .txt with metadata.tsv
 * giving date, title and publisher) and TimeBank/AQUAINT (TimeML, the DCT as date). MEANTIME and GUM are left out:
 * they ship tokenised text only, and rebuilding prose from tokens would no longer be the text as published.
 * Order is fixed (corpus, then file name) so runs compare.
 */
export function loadBaseTexts(corporaRoot: string): BaseTexts {
  const articles: Article[] = [];
  const sources: BaseTexts["sources"] = [];
  const add = (name: string, found: Article[]) => {
    if (found.length === 0) return;
    articles.push(...found);
    sources.push({ name, articles: found.length });
  };
  const polnear = join(corporaRoot, "polnear");
  const metaPath = join(polnear, "metadata.tsv");
  const metadata = existsSync(metaPath) ? readPolnearMetadata(metaPath) : new Map();
  for (const split of ["train", "dev"]) {
    const dir = join(polnear, split, "text");
    add(
      `polnear/${split}`,
      filesIn(dir, ".txt").map((f) => {
        const meta = metadata.get(basename(f, ".txt"));
        return {
          text: readFileSync(join(dir, f), "utf8"),
          published: meta?.published ?? null,
          title: meta?.title ?? null,
          url: null,
          source: meta?.publisher ?? null,
          origin: join(dir, f),
        };
      }),
    );
  }
  for (const folder of ["TimeBank", "AQUAINT"]) {
    const dir = join(corporaRoot, "timebank", folder);
    add(
      `timebank/${folder}`,
      filesIn(dir, ".tml").map((f) => {
        const doc = readTimeml(f, readFileSync(join(dir, f), "utf8"));
        return {
          text: doc.text.trim(),
          published: doc.dct,
          title: null,
          url: null,
          source: null,
          origin: join(dir, f),
        };
      }),
    );
  }
  if (articles.length === 0) throw new Error(`no real texts under ${corporaRoot} (polnear/, timebank/)`);
  return { articles, sources };
}

function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}
