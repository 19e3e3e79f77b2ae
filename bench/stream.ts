import { createReadStream, createWriteStream, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Article } from "../src/article/article.js";
import { analyse } from "../src/pipeline/analyse.js";
import { readArticles } from "../src/read/index.js";
import { isFailure, type ReadItem } from "../src/read/types.js";

export interface MemorySample {
  articles: number;
  rssMb: number;
  heapMb: number;
}

export interface StreamResult {
  fileMb: number;
  articles: number;
  failures: number;
  seconds: number;
  /** false when src/read did not split a JSON-lines file into its articles (then a plain line reader stood in). */
  readerSplitsJsonLines: boolean;
  gc: boolean;
  samples: MemorySample[];
  at10: MemorySample;
  at50: MemorySample;
  at100: MemorySample;
  /** The last sample is within +20% of the one at 10% (taken after a GC). */
  flat: boolean;
  /** The same test on the JS heap, which allocator noise does not blur the way it does RSS. */
  heapFlat: boolean;
  /** Lowest and highest RSS sampled from 10% on: how much RSS swings without a trend. */
  rssRangeMb: [number, number];
}

const MB = 1024 * 1024;
const SAMPLE_EVERY = 1000;

/**
 * Memory-flatness check: writes a JSON-lines file of about `mb` MB (at most `maxArticles` lines) by cycling
 * the corpus, streams it through readArticles() and analyse(), and samples RSS as it goes. The file is deleted.
 */
export async function streamCheck(
  corpus: readonly Article[],
  mb: number,
  maxArticles: number,
  gc: (() => void) | null,
): Promise<StreamResult> {
  const stamp = `${process.pid}-${Date.now()}`;
  const path = join(tmpdir(), `dossier-bench-${stamp}.jsonl`);
  const cleanup = () => rmSync(path, { force: true });
  const interrupted = () => {
    cleanup();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  try {
    const readerSplitsJsonLines = await probeReader(join(tmpdir(), `dossier-bench-probe-${stamp}.jsonl`));
    const { lines, bytes, longest } = await writeJsonLines(path, corpus, mb * MB, maxArticles);
    const marks = new Set([Math.ceil(lines * 0.1), Math.ceil(lines * 0.5), lines]);
    const samples: MemorySample[] = [];
    const sample = (articles: number) => {
      gc?.();
      const m = process.memoryUsage();
      samples.push({ articles, rssMb: m.rss / MB, heapMb: m.heapUsed / MB });
    };
    let articles = 0;
    let failures = 0;
    const source = readerSplitsJsonLines ? (readArticles(path) as AsyncIterable<ReadItem>) : plainLines(path);
    const t0 = performance.now();
    for await (const item of source) {
      if (isFailure(item)) {
        failures++;
        continue;
      }
      // A reader that yields the whole file as one text would make this a different (and huge) test.
      if (item.text.length > longest * 2) throw new Error("the reader did not split the JSON-lines file");
      analyse(item);
      articles++;
      if (articles % SAMPLE_EVERY === 0 || marks.has(articles)) sample(articles);
    }
    const seconds = (performance.now() - t0) / 1000;
    if (samples.length === 0 || samples[samples.length - 1]?.articles !== articles) sample(articles);
    const nearest = (n: number) =>
      samples.reduce((best, s) => (Math.abs(s.articles - n) < Math.abs(best.articles - n) ? s : best)) as MemorySample;
    const at10 = nearest(Math.ceil(articles * 0.1));
    const at100 = samples[samples.length - 1] as MemorySample;
    return {
      fileMb: bytes / MB,
      articles,
      failures,
      seconds,
      readerSplitsJsonLines,
      gc: gc !== null,
      samples,
      at10,
      at50: nearest(Math.ceil(articles * 0.5)),
      at100,
      flat: at100.rssMb <= at10.rssMb * 1.2,
      heapFlat: at100.heapMb <= at10.heapMb * 1.2,
      rssRangeMb: rssRange(samples.filter((s) => s.articles >= at10.articles)),
    };
  } finally {
    process.removeListener("SIGINT", interrupted);
    cleanup();
  }
}

function rssRange(samples: readonly MemorySample[]): [number, number] {
  const rss = samples.map((s) => s.rssMb);
  return [Math.min(...rss), Math.max(...rss)];
}

/** Does readArticles() turn a two-line JSON-lines file into two articles? */
async function probeReader(path: string): Promise<boolean> {
  const texts = ["First probe article text.", "Second probe article text."];
  writeFileSync(
    path,
    texts.map((text, i) => JSON.stringify({ id: `p${i}`, published: "2020-01-01", text })).join("\n"),
  );
  try {
    const got: string[] = [];
    for await (const item of readArticles(path) as AsyncIterable<ReadItem>) if (!isFailure(item)) got.push(item.text);
    return got.length === 2 && got[0] === texts[0] && got[1] === texts[1];
  } catch {
    return false;
  } finally {
    rmSync(path, { force: true });
  }
}

async function writeJsonLines(
  path: string,
  corpus: readonly Article[],
  targetBytes: number,
  maxLines: number,
): Promise<{ lines: number; bytes: number; longest: number }> {
  const out = createWriteStream(path, "utf8");
  let lines = 0;
  let bytes = 0;
  let longest = 0;
  while (bytes < targetBytes && lines < maxLines) {
    const a = corpus[lines % corpus.length] as Article;
    const line = `${JSON.stringify({ id: `bench-${lines}`, published: a.published, text: a.text })}\n`;
    longest = Math.max(longest, a.text.length);
    bytes += Buffer.byteLength(line);
    lines++;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(resolve);
  });
  return { lines, bytes, longest };
}

/** Stand-in while src/read cannot split JSON lines: one Article per line, read line by line. */
async function* plainLines(path: string): AsyncGenerator<ReadItem> {
  let n = 0;
  for await (const line of createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    n++;
    if (line.trim() === "") continue;
    const o = JSON.parse(line) as { text: string; published: string | null };
    yield { text: o.text, published: o.published, title: null, url: null, source: null, origin: `${path}:${n}` };
  }
}
