// `npm run bench`: dossier's pipeline speed against wink-nlp's raw tokenizer + POS on real articles, peak memory,
// per-stage time shares, and (with --stream-mb / --stream-articles) a memory-flatness check over a streamed file.
// Options: --dir DIR (folder of .txt articles), --limit N, --published YYYY-MM-DD (date when no metadata.tsv),
// --stream-mb N, --stream-articles N, --json (end with one JSON line).
// Ingest and queries (see bench/ingest-bench.ts): --ingest N (N generated real-text articles into a new store),
// --store-size N or --queries (a store of N articles, default 100,000, then query timings), --store-db FILE (keep
// the store there and reuse it next time), --query-runs N (default 20), --threads N, --corpora DIR.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpus } from "./corpus.js";
import { exposeGc } from "./gc.js";
import { type IngestBench, ingestBench, ingestJson, ingestReport } from "./ingest-bench.js";
import { pipelinePass, type StageTime, stagePass, winkPass } from "./speed.js";
import { type StreamResult, streamCheck } from "./stream.js";

const DEFAULT_DIR = fileURLToPath(new URL("../../shared/corpora/polnear/train/text", import.meta.url));
const DEFAULT_CORPORA = fileURLToPath(new URL("../../shared/corpora", import.meta.url));
/** The pipeline must keep at least this share of wink-nlp's raw speed. */
const GOAL = 0.3;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0)) fail(`--${name} must be a positive number, not "${value}"`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const USAGE = `usage: npm run bench -- [options]
  speed     --dir DIR (folder of .txt articles; default PolNeAR train)  --limit N  --published YYYY-MM-DD
  memory    --stream-mb N | --stream-articles N   (a streamed JSON-lines check: memory must stay flat)
  ingest    --ingest N   (N articles made from real texts into a new SQLite store, with extraction)
  queries   --store-size N | --queries   (a store of N articles, default 100,000, then query timings)
            --store-db FILE (keep the store and reuse it)  --query-runs N (default 20)  --threads N
  corpora   --corpora DIR (default ../shared/corpora)   output  --json (end with one JSON line)
`;

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: DEFAULT_DIR },
      limit: { type: "string" },
      published: { type: "string", default: "2016-06-01" },
      "stream-mb": { type: "string" },
      "stream-articles": { type: "string" },
      json: { type: "boolean", default: false },
      ingest: { type: "string" },
      "store-size": { type: "string" },
      queries: { type: "boolean", default: false },
      "store-db": { type: "string" },
      "query-runs": { type: "string" },
      threads: { type: "string" },
      corpora: { type: "string", default: DEFAULT_CORPORA },
    },
  });
  const limit = positive("limit", values.limit, Number.POSITIVE_INFINITY);
  const streaming = values["stream-mb"] !== undefined || values["stream-articles"] !== undefined;
  const streamMb = positive("stream-mb", values["stream-mb"], 100);
  const streamArticles = positive("stream-articles", values["stream-articles"], Number.POSITIVE_INFINITY);
  const ingestCount = values.ingest === undefined ? 0 : Math.floor(positive("ingest", values.ingest, 0));
  const storeSize =
    values["store-size"] !== undefined || values.queries
      ? Math.floor(positive("store-size", values["store-size"], 100_000))
      : 0;
  const queryRuns = Math.floor(positive("query-runs", values["query-runs"], 20));
  const threads = values.threads === undefined ? undefined : Math.floor(positive("threads", values.threads, 1));

  const gc = exposeGc();
  let corpus: ReturnType<typeof loadCorpus>;
  try {
    corpus = loadCorpus(values.dir as string, limit, values.published as string);
  } catch (e) {
    fail((e as Error).message);
  }
  const { articles } = corpus;

  // Warm-up: both sides once over everything (JIT, model caches); the wink pass also counts the words.
  const { words } = winkPass(articles, true);
  pipelinePass(articles);

  // Each side twice, interleaved, the faster kept: what is left of other load falls on both alike.
  let winkMs = Number.POSITIVE_INFINITY;
  let pipelineMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 2; round++) {
    gc?.();
    winkMs = Math.min(winkMs, winkPass(articles).ms);
    gc?.();
    pipelineMs = Math.min(pipelineMs, pipelinePass(articles));
  }
  gc?.();
  const stages = stagePass(articles);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const winkWordsPerSecond = words / (winkMs / 1000);
  const pipelineWordsPerSecond = words / (pipelineMs / 1000);
  const articlesPerSecond = articles.length / (pipelineMs / 1000);
  const ratio = pipelineWordsPerSecond / winkWordsPerSecond;

  const stream = streaming ? await streamCheck(articles, streamMb, streamArticles, gc) : null;
  let ingested: IngestBench | null = null;
  if (ingestCount > 0 || storeSize > 0) {
    try {
      ingested = await ingestBench({
        corpora: values.corpora as string,
        ingest: ingestCount,
        storeSize,
        storeDb: values["store-db"],
        queryRuns,
        threads,
      });
    } catch (e) {
      fail((e as Error).message);
    }
  }

  const out = process.stdout;
  out.write(`dossier bench: ${articles.length} articles, ${fmt(words)} words from ${values.dir} (${corpus.dates})\n\n`);
  out.write(
    table(
      ["", "words/s", "articles/s", "ms"],
      [
        ["wink-nlp tokens + POS", fmt(winkWordsPerSecond), fmt(articles.length / (winkMs / 1000), 1), fmt(winkMs)],
        ["dossier analyse()", fmt(pipelineWordsPerSecond), fmt(articlesPerSecond, 1), fmt(pipelineMs)],
      ],
    ),
  );
  out.write(
    `\nratio pipeline/wink: ${ratio.toFixed(2)} (goal ≥ ${GOAL.toFixed(2)}: ${ratio >= GOAL ? "met" : "NOT met"})\n`,
  );
  out.write(`peak RSS: ${peakRssMb.toFixed(0)} MB${gc ? "" : " (gc not exposed)"}\n\n`);
  out.write(stageTable(stages));
  if (stream) out.write(`\n${streamReport(stream)}`);
  if (ingested) out.write(`\n${ingestReport(ingested, table)}`);

  if (values.json) {
    const round = (x: number, d = 0) => Number(x.toFixed(d));
    const line = {
      articles: articles.length,
      words,
      pipelineWordsPerSecond: round(pipelineWordsPerSecond),
      winkWordsPerSecond: round(winkWordsPerSecond),
      articlesPerSecond: round(articlesPerSecond, 2),
      peakRssMb: round(peakRssMb, 1),
      ratio: round(ratio, 3),
      stageShares: Object.fromEntries(stages.map((s) => [s.name, round(s.ms / totalMs(stages), 4)])),
      ...(stream
        ? {
            stream: {
              fileMb: round(stream.fileMb, 1),
              articles: stream.articles,
              failures: stream.failures,
              articlesPerSecond: round(stream.articles / stream.seconds, 2),
              readerSplitsJsonLines: stream.readerSplitsJsonLines,
              rssMbAt10: round(stream.at10.rssMb, 1),
              rssMbAt50: round(stream.at50.rssMb, 1),
              rssMbAt100: round(stream.at100.rssMb, 1),
              flat: stream.flat,
              heapMbAt10: round(stream.at10.heapMb, 1),
              heapMbAt100: round(stream.at100.heapMb, 1),
              heapFlat: stream.heapFlat,
              rssRangeMb: stream.rssRangeMb.map((x) => round(x, 1)),
            },
          }
        : {}),
      ...(ingested ? ingestJson(ingested) : {}),
    };
    out.write(`${JSON.stringify(line)}\n`);
  }
}

const totalMs = (stages: readonly StageTime[]) => stages.reduce((n, s) => n + s.ms, 0) || 1;

function stageTable(stages: readonly StageTime[]): string {
  const total = totalMs(stages);
  return table(
    ["stage", "ms", "share"],
    [
      ...stages.map((s) => [s.name, s.ms.toFixed(1), `${((s.ms / total) * 100).toFixed(1)}%`]),
      ["total", total.toFixed(1), "100%"],
    ],
  );
}

function streamReport(s: StreamResult): string {
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  const lines = [
    `stream: ${s.articles} articles (${s.fileMb.toFixed(1)} MB of JSON lines) in ${s.seconds.toFixed(1)} s, ` +
      `${(s.articles / s.seconds).toFixed(1)} articles/s, ${s.failures} unreadable`,
  ];
  if (!s.readerSplitsJsonLines) {
    lines.push("  src/read did not split JSON lines yet: a plain line reader stood in (pipeline memory only)");
  }
  lines.push(
    table(
      ["at", "articles", "RSS", "heap"],
      [
        ["10%", String(s.at10.articles), mb(s.at10.rssMb), mb(s.at10.heapMb)],
        ["50%", String(s.at50.articles), mb(s.at50.rssMb), mb(s.at50.heapMb)],
        ["100%", String(s.at100.articles), mb(s.at100.rssMb), mb(s.at100.heapMb)],
      ],
    ),
    `memory ${s.flat ? "flat" : "NOT flat"}: last RSS ${mb(s.at100.rssMb)} vs ${mb(s.at10.rssMb)} at 10% ` +
      `(flat = within +20%${s.gc ? ", samples after a forced GC" : ", no forced GC"})`,
    `heap ${s.heapFlat ? "flat" : "NOT flat"}: ${mb(s.at100.heapMb)} vs ${mb(s.at10.heapMb)} at 10%; ` +
      `RSS ranged ${mb(s.rssRangeMb[0])}–${mb(s.rssRangeMb[1])} from 10% on (${s.samples.length} samples in all)`,
  );
  return `${lines.join("\n")}\n`;
}

function fmt(x: number, digits = 0): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A plain aligned table: first column left, the others right. */
function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return `${[line(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n")}\n`;
}

main().catch((e: Error) => fail(e.stack ?? e.message));
