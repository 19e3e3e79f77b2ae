// A regression guard for speed work: analyse() over a fixed set of articles, one hash per document of its JSON.
// `node --import tsx bench/snapshot.ts --write FILE` stores the analyses; `--check FILE` re-runs and compares,
// printing for each changed document the first field that differs (exit code 1 when any does).
// Options: --dir DIR (PolNeAR-style folder of .txt articles), --limit N (default 300), --extra PATH (repeatable;
// a file or folder read with src/read, default examples/ and the seed).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Article } from "../src/article/article.js";
import { analyse } from "../src/pipeline/analyse.js";
import { isFailure, readArticles } from "../src/read/index.js";
import { loadCorpus } from "./corpus.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DEFAULT_DIR = here("../../shared/corpora/polnear/train/text");
const DEFAULT_EXTRA = [here("../examples"), here("../../shared/seed/000_9dcab4f6bb63a173.txt")];

interface Entry {
  name: string;
  hash: string;
  analysis: unknown;
}

async function articles(dir: string, limit: number, extra: readonly string[]): Promise<[string, Article][]> {
  const out: [string, Article][] = loadCorpus(dir, limit, "2016-06-01").articles.map((a) => [a.origin ?? "?", a]);
  const files = extra.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  for (const file of files) {
    let n = 0;
    for await (const item of readArticles(file, { published: "2025-03-01" })) {
      n++;
      if (!isFailure(item)) out.push([`${file}#${n}`, item]);
    }
  }
  return out;
}

const hash = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 16);

/** The path of the first place two JSON values differ ("claims[3].source.text"), or null when equal. */
function firstDifference(a: unknown, b: unknown, path = ""): string | null {
  if (a === b) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path || "(root)"}: ${JSON.stringify(a)?.slice(0, 120)} → ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : `${path}: length ${a.length} → ${b.length}`;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
    const d = firstDifference(ao[k], bo[k], path ? `${path}.${k}` : k);
    if (d) return d;
  }
  return null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      write: { type: "string" },
      check: { type: "string" },
      dir: { type: "string", default: DEFAULT_DIR },
      limit: { type: "string", default: "300" },
      extra: { type: "string", multiple: true },
    },
  });
  const file = values.write ?? values.check;
  if (!file || (values.write && values.check)) {
    process.stderr.write("usage: snapshot.ts --write FILE | --check FILE\n");
    process.exit(2);
  }
  const entries: Entry[] = [];
  for (const [name, article] of await articles(values.dir, Number(values.limit), values.extra ?? DEFAULT_EXTRA)) {
    const analysis = analyse(article);
    const json = JSON.stringify(analysis);
    entries.push({ name, hash: hash(json), analysis: JSON.parse(json) });
  }
  if (values.write) {
    writeFileSync(file, JSON.stringify(entries));
    process.stdout.write(`snapshot: ${entries.length} documents written to ${file}\n`);
    return;
  }
  const stored = new Map((JSON.parse(readFileSync(file, "utf8")) as Entry[]).map((e) => [e.name, e]));
  let changed = 0;
  for (const e of entries) {
    const old = stored.get(e.name);
    if (!old) {
      changed++;
      process.stdout.write(`${e.name}: not in the snapshot\n`);
    } else if (old.hash !== e.hash) {
      changed++;
      process.stdout.write(`${e.name}: ${firstDifference(old.analysis, e.analysis)}\n`);
    }
  }
  if (stored.size !== entries.length) process.stdout.write(`documents: ${stored.size} stored, ${entries.length} now\n`);
  process.stdout.write(`snapshot: ${entries.length - changed}/${entries.length} documents identical\n`);
  process.exit(changed === 0 && stored.size === entries.length ? 0 : 1);
}

main().catch((e: Error) => {
  process.stderr.write(`snapshot: ${e.stack ?? e.message}\n`);
  process.exit(2);
});
