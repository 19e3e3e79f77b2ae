// Scores the times stage against TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned) as TempEval-3 reports it:
// span P/R/F1 strict and relaxed, value F1 (relaxed matches with the right value), type accuracy.
// Usage: node --import tsx eval/timebank.ts [--root DIR] [--limit N] [--doc TEXT] [--misses N] [--spurious N] [--list]
//        [--rules] [--full] [--json] [--help]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Article } from "../src/article/article.js";
import { isMain } from "../src/eval/is-main.js";
import { printTop, top } from "../src/eval/tally.js";
import { buildPipeline } from "../src/pipeline/runner.js";
import type { AnyStage } from "../src/pipeline/stage.js";
import { referenceStage } from "../src/pipeline/stages/reference.js";
import { timesStage } from "../src/pipeline/stages/times.js";
import { tokensStage } from "../src/pipeline/stages/tokens.js";
import { pipeline } from "../src/pipeline/stages.js";
import { readTimeml, type TimemlDocument } from "../src/time/timeml-reader.js";
import { emptyTimexCounts, prf, sameValue, scoreTimexes, type TimexCounts } from "../src/time/timex-score.js";

const DEFAULT_ROOT = fileURLToPath(new URL("../../shared/corpora/timebank", import.meta.url));
const FOLDERS = ["TimeBank", "AQUAINT"];
/** The stages the times stage needs: the rest of the pipeline is not measured here (--full runs it all). */
const timesOnly = buildPipeline([referenceStage, tokensStage, timesStage] as AnyStage[]);

export interface TimebankOptions {
  /** The folder holding TimeBank/ and AQUAINT/ (default ../shared/corpora/timebank). */
  root?: string;
  /** Score only the first N documents. */
  limit?: number;
  /** Run the whole pipeline instead of the stages the times stage needs. */
  full?: boolean;
  /** How many of the commonest misses and spurious times to list (default 20). */
  misses?: number;
  /** Score only documents whose file name contains this text. */
  doc?: string;
  /** Keep every miss and spurious time with its document and the text around it (`listed`). */
  list?: boolean;
}

/** One miss or spurious time, where it is. */
export interface ListedTimex {
  document: string;
  /** The publication date the document gives. */
  dct: string | null;
  /** "gold text [value] → got text [value] (rule)", "… → missing" or "spurious: text [value] (rule)". */
  key: string;
  /** The text around it, the expression in [[ ]]. */
  context: string;
}

export interface RuleTally {
  predicted: number;
  matched: number;
  value: number;
}

export interface TimebankScore {
  documents: number;
  counts: TimexCounts;
  scores: ReturnType<typeof scores>;
  seconds: number;
  chars: number;
  /** "gold text [value] → got text [value]" (or "→ missing"), commonest first. */
  worstMisses: { key: string; count: number }[];
  /** "text [value] (rule)" of predictions no gold time overlaps, commonest first. */
  worstSpurious: { key: string; count: number }[];
  /** Per rule: predicted, relaxed-matched, value-correct. */
  rules: Record<string, RuleTally>;
  /** Every miss, then every spurious time, document by document, when `list` was asked for. */
  listed: ListedTimex[];
}

/** Lists the corpus's .tml files (TimeBank, then AQUAINT, each sorted). */
function timemlFiles(root: string): string[] {
  return FOLDERS.flatMap((f) =>
    existsSync(join(root, f))
      ? readdirSync(join(root, f))
          .filter((n) => n.endsWith(".tml"))
          .sort()
          .map((n) => join(root, f, n))
      : [],
  );
}

/** Scores the times stage on TimeBank+AQUAINT as TempEval-3 does (see the head of this file). */
export function scoreTimebank(options: TimebankOptions = {}): TimebankScore {
  const root = options.root ?? DEFAULT_ROOT;
  const files = timemlFiles(root).filter((f) => !options.doc || basename(f).includes(options.doc));
  if (files.length === 0) throw new Error(`no matching .tml files under ${root}/{${FOLDERS.join(",")}}`);
  const limit = options.limit ?? files.length;
  const run = options.full ? pipeline : timesOnly;

  const counts = emptyTimexCounts();
  const misses = new Map<string, number>();
  const spurious = new Map<string, number>();
  const rules = new Map<string, RuleTally>();
  const listed: ListedTimex[] = [];
  let chars = 0;
  const t0 = performance.now();
  for (const file of files.slice(0, limit)) {
    const doc: TimemlDocument = readTimeml(file, readFileSync(file, "utf8"));
    const article: Article = { text: doc.text, published: doc.dct, title: null, url: null, source: null };
    chars += doc.text.length;
    const got = run.run(article).times ?? [];
    const { pairs, spurious: extra } = scoreTimexes(doc.timexes, got, counts);
    for (const { gold, got: p } of pairs) {
      if (p) {
        const r = tally(rules, p.rule ?? "?");
        r.matched++;
        if (sameValue(p.value, gold.value)) r.value++;
      }
      if (p && sameValue(p.value, gold.value)) continue;
      const key = `${fold(gold.text)} [${gold.value}] → ${p ? `${fold(p.text)} [${p.value}]` : "missing"}`;
      misses.set(key, (misses.get(key) ?? 0) + 1);
      if (options.list) {
        const listedKey = `${gold.text} [${gold.value}] → ${p ? `${p.text} [${p.value}] (${p.rule ?? "?"})` : "missing"}`;
        listed.push(listing(doc, listedKey, gold.start, gold.end));
      }
    }
    for (const t of got) tally(rules, t.rule ?? "?").predicted++;
    for (const t of extra) {
      const key = `${fold(t.text)} [${t.value}] (${t.rule ?? "?"})`;
      spurious.set(key, (spurious.get(key) ?? 0) + 1);
      if (options.list)
        listed.push(listing(doc, `spurious: ${t.text} [${t.value}] (${t.rule ?? "?"})`, t.start, t.end));
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const n = options.misses ?? 20;
  return {
    documents: Math.min(limit, files.length),
    counts,
    scores: scores(counts),
    seconds,
    chars,
    worstMisses: top(misses, n),
    worstSpurious: top(spurious, n),
    rules: Object.fromEntries(rules),
    listed,
  };
}

/** How many characters of text to show on each side of a listed expression. */
const CONTEXT_CHARS = 80;

function listing(doc: TimemlDocument, key: string, start: number, end: number): ListedTimex {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  const before = flat(doc.text.slice(Math.max(0, start - CONTEXT_CHARS), start));
  const context = `${before}[[${doc.text.slice(start, end)}]]${flat(doc.text.slice(end, end + CONTEXT_CHARS))}`;
  return { document: basename(doc.id), dct: doc.dct, key, context: context.trim() };
}

const USAGE = `Scores the times stage on TimeBank+AQUAINT (TempEval-3): span P/R/F1, value F1, type.
Options:
  --root DIR     folder holding TimeBank/ and AQUAINT/ (default ../shared/corpora/timebank)
  --limit N      score only the first N documents
  --doc TEXT     score only documents whose file name contains TEXT (e.g. wsj_0918, APW2000)
  --misses N     list the N commonest misses (gold text [value] → got)
  --spurious N   list the N commonest spurious times (no gold overlaps)
  --list         list every miss and spurious time by document, with the text around it
  --rules        per rule: predicted, relaxed-matched, value-correct
  --full         run the whole pipeline, not only the stages the times stage needs
  --json         a one-line JSON summary
  --help         this text
`;

function main(): void {
  const { values } = parseArgs({
    options: {
      root: { type: "string", default: DEFAULT_ROOT },
      limit: { type: "string" },
      misses: { type: "string" },
      spurious: { type: "string" },
      rules: { type: "boolean", default: false },
      full: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      doc: { type: "string" },
      list: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const root = values.root as string;
  if (timemlFiles(root).length === 0) fail(`no .tml files under ${root}/{${FOLDERS.join(",")}} (use --root)`);
  if (values.doc && !timemlFiles(root).some((f) => basename(f).includes(values.doc as string)))
    fail(`no document name contains "${values.doc}"`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(limit > 0)) fail(`--limit must be a positive number, not "${values.limit}"`);
  const r = scoreTimebank({
    root,
    limit,
    full: values.full === true,
    misses: Math.max(Number(values.misses ?? 0), Number(values.spurious ?? 0)),
    doc: values.doc,
    list: values.list === true,
  });

  process.stdout.write(`${report(r.counts, r.documents, r.seconds, r.chars)}\n`);
  if (values.misses)
    printTop("commonest misses (gold text [value] → got)", r.worstMisses.slice(0, Number(values.misses)));
  if (values.spurious)
    printTop("commonest spurious (no gold overlaps)", r.worstSpurious.slice(0, Number(values.spurious)));
  if (values.list) {
    let document = "";
    for (const l of r.listed) {
      if (l.document !== document) {
        document = l.document;
        process.stdout.write(`\n${document} (DCT ${l.dct ?? "none"})\n`);
      }
      process.stdout.write(`  ${l.key}\n      ${l.context}\n`);
    }
  }
  if (values.rules) {
    process.stdout.write("\nper rule: predicted, relaxed-matched, value-correct\n");
    for (const [rule, t] of Object.entries(r.rules).sort((a, b) => b[1].predicted - a[1].predicted))
      process.stdout.write(
        `  ${rule.padEnd(22)} ${String(t.predicted).padStart(5)} ${String(t.matched).padStart(5)} ${String(t.value).padStart(5)}\n`,
      );
  }
  if (values.json) process.stdout.write(`${JSON.stringify(summary(r.counts, r.documents, r.seconds))}\n`);
}

function tally(map: Map<string, RuleTally>, rule: string): RuleTally {
  const found = map.get(rule);
  if (found) return found;
  const fresh = { predicted: 0, matched: 0, value: 0 };
  map.set(rule, fresh);
  return fresh;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function scores(c: TimexCounts) {
  return {
    strict: prf(c.strict, c.predicted, c.gold),
    relaxed: prf(c.relaxed, c.predicted, c.gold),
    value: prf(c.value, c.predicted, c.gold),
    type: prf(c.type, c.predicted, c.gold),
    typeAccuracy: c.relaxed ? c.type / c.relaxed : 0,
    valueAccuracy: c.relaxed ? c.value / c.relaxed : 0,
  };
}

function report(c: TimexCounts, documents: number, seconds: number, chars: number): string {
  const s = scores(c);
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const row = (name: string, p: { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(10)}│${pct(p.precision)}${pct(p.recall)}${pct(p.f1)}`;
  return [
    `TimeBank+AQUAINT: ${documents} documents, ${c.gold} gold TIMEX3, ${c.predicted} predicted (${seconds.toFixed(1)} s, ${Math.round(chars / 1000 / seconds)} kchar/s)`,
    `${"".padEnd(10)}│     P     R    F1`,
    row("strict", s.strict),
    row("relaxed", s.relaxed),
    row("value", s.value),
    row("type", s.type),
    `type accuracy ${pct(s.typeAccuracy)}   value accuracy ${pct(s.valueAccuracy)} (on relaxed matches)`,
  ].join("\n");
}

function summary(c: TimexCounts, documents: number, seconds: number) {
  const s = scores(c);
  const r = (x: number) => +x.toFixed(4);
  const p3 = (p: { precision: number; recall: number; f1: number }) => ({
    precision: r(p.precision),
    recall: r(p.recall),
    f1: r(p.f1),
  });
  return {
    corpus: "timebank+aquaint",
    documents,
    gold: c.gold,
    predicted: c.predicted,
    strict: p3(s.strict),
    relaxed: p3(s.relaxed),
    value: p3(s.value),
    typeAccuracy: r(s.typeAccuracy),
    valueAccuracy: r(s.valueAccuracy),
    seconds: r(seconds),
  };
}

function fail(message: string): never {
  process.stderr.write(`eval/timebank: ${message}\n`);
  process.exit(2);
}

if (isMain(import.meta.url)) main();
