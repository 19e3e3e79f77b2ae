// Scores dossier's claims against PolNeAR's gold attributions (source, cue, content), as citron reports.
// Usage: node --import tsx eval/polnear.ts [--split dev|train] [--limit N] [--root DIR] [--json]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Counts,
  charPrf,
  claimsToAttributions,
  emptyCounts,
  type Prf,
  prf,
  ROLES,
  scoreDocument,
} from "../src/eval/attribution-score.js";
import { isMain } from "../src/eval/is-main.js";
import { listPolnearDocuments, readPolnearDocument, readPolnearMetadata } from "../src/eval/polnear.js";
import { scriptArgs } from "../src/eval/script-args.js";
import { top } from "../src/eval/tally.js";
import { analyse } from "../src/pipeline/analyse.js";

const DEFAULT_ROOT = fileURLToPath(new URL("../../shared/corpora/polnear", import.meta.url));

export interface PolnearOptions {
  split?: "dev" | "train";
  /** Score only the first N articles. */
  limit?: number;
  /** The PolNeAR folder (default ../shared/corpora/polnear). */
  root?: string;
  /** How many of the commonest missed cues to list (default 20). */
  misses?: number;
}

export interface PolnearScore {
  split: string;
  documents: number;
  counts: Counts;
  claims: number;
  /** Articles several annotators did (the first annotation file by name is used). */
  several: number;
  seconds: number;
  /** The commonest gold cues (folded text) no predicted cue overlaps, with how often. */
  worstMisses: { key: string; count: number }[];
}

/** Scores dossier's claims against PolNeAR's gold attributions (see the head of this file). */
export function scorePolnear(options: PolnearOptions = {}): PolnearScore {
  const split = options.split ?? "dev";
  const root = options.root ?? DEFAULT_ROOT;
  if (!existsSync(join(root, split, "text"))) throw new Error(`no PolNeAR ${split}/text under ${root}`);
  const metaPath = join(root, "metadata.tsv");
  const metadata = existsSync(metaPath) ? readPolnearMetadata(metaPath) : new Map();
  const docs = listPolnearDocuments(root, split).slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const counts = emptyCounts();
  let claims = 0;
  let several = 0;
  const missed = new Map<string, number>();
  const t0 = performance.now();
  for (const doc of docs) {
    const { article, gold } = readPolnearDocument(doc, metadata);
    const analysis = analyse(article);
    claims += analysis.claims.length;
    if (doc.annotations > 1) several++;
    const predicted = claimsToAttributions(analysis.claims, article.text);
    scoreDocument(article.text, gold, predicted, counts);
    const cues = predicted.flatMap((p) => p.cue);
    for (const g of gold) {
      if (g.cue.some((f) => cues.some((c) => c.start < f.end && f.start < c.end))) continue;
      const key = g.cue.map((f) => article.text.slice(f.start, f.end).toLowerCase().replace(/\s+/g, " ")).join(" … ");
      missed.set(key, (missed.get(key) ?? 0) + 1);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const worstMisses = top(missed, options.misses ?? 20);
  return { split, documents: docs.length, counts, claims, several, seconds, worstMisses };
}

function main(): void {
  const values = scriptArgs(import.meta.url, {
    split: { type: "string", default: "dev" },
    limit: { type: "string" },
    root: { type: "string", default: DEFAULT_ROOT },
    json: { type: "boolean", default: false },
  });
  const split = values.split as string;
  if (split !== "dev" && split !== "train") fail(`--split must be dev or train, not "${split}"`);
  const root = values.root as string;
  if (!existsSync(join(root, split, "text"))) fail(`no PolNeAR ${split}/text under ${root} (use --root)`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(limit > 0)) fail(`--limit must be a positive number, not "${values.limit}"`);

  const r = scorePolnear({ split, root, limit });
  const { counts, documents, claims, several, seconds } = r;
  process.stdout.write(`${report(counts, { split, documents, claims, several, seconds })}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(summary(counts, split, documents, claims, seconds))}\n`);
}

function report(
  counts: Counts,
  info: { split: string; documents: number; claims: number; several: number; seconds: number },
): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const cells = (x: Prf) => `${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}`;
  const lines = [
    `PolNeAR ${info.split}: ${info.documents} articles, ${counts.gold} gold attributions, ${info.claims} claims → ` +
      `${counts.predicted} predicted attributions (${info.seconds.toFixed(1)} s)`,
    `${info.several} articles had several annotators: the first annotation file by name is used.`,
    "",
    `${"role".padEnd(12)}│ ${"exact P      R     F1".padEnd(22)}│ ${"overlap P    R     F1".padEnd(22)}│ chars P      R     F1`,
    `${"─".repeat(12)}┼${"─".repeat(23)}┼${"─".repeat(23)}┼${"─".repeat(22)}`,
  ];
  for (const role of ROLES) {
    const c = counts[role];
    lines.push(`${role.padEnd(12)}│ ${cells(prf(c.exact))} │ ${cells(prf(c.overlap))} │ ${cells(charPrf(c.chars))}`);
  }
  const a = counts.attribution;
  lines.push(`${"attribution".padEnd(12)}│ ${cells(prf(a.exact))} │ ${cells(prf(a.overlap))} │`);
  if (counts.unplacedSources > 0) lines.push(`${counts.unplacedSources} predicted sources could not be placed.`);
  lines.push(
    "exact: same span after trimming whitespace and punctuation at the edges; overlap: any shared character,",
    "one-to-one; chars: share of characters in common. attribution overlap = cue and content both overlap.",
  );
  return lines.join("\n");
}

function summary(counts: Counts, split: string, documents: number, claims: number, seconds: number) {
  const round = (p: Prf) => ({
    precision: +p.precision.toFixed(4),
    recall: +p.recall.toFixed(4),
    f1: +p.f1.toFixed(4),
  });
  const roles = Object.fromEntries(
    ROLES.map((role) => [
      role,
      {
        exact: round(prf(counts[role].exact)),
        overlap: round(prf(counts[role].overlap)),
        chars: round(charPrf(counts[role].chars)),
      },
    ]),
  );
  return {
    split,
    documents,
    gold: counts.gold,
    predicted: counts.predicted,
    claims,
    ...roles,
    attribution: { exact: round(prf(counts.attribution.exact)), overlap: round(prf(counts.attribution.overlap)) },
    seconds: +seconds.toFixed(2),
  };
}

function fail(message: string): never {
  process.stderr.write(`eval/polnear: ${message}\n`);
  process.exit(2);
}

if (isMain(import.meta.url)) main();
