import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { InputError } from "../article/errors.js";
import { inlinePool, workerPool } from "../ingest/extract-pool.js";
import { memoryValidatorCache } from "../ingest/fetch.js";
import { type IngestSummary, ingest } from "../ingest/ingest.js";
import { expandInputs } from "../ingest/inputs.js";
import { readInputs } from "../ingest/items.js";
import { progressReporter } from "../ingest/progress.js";
import { openStore } from "../store/open.js";
import { positiveInt, printJson, withDb } from "./options.js";

interface IngestFlags {
  db: string;
  published?: string;
  threads: number;
  batch: number;
  quiet?: boolean;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  withDb(
    program
      .command("ingest")
      .description("Analyse articles and add them to the store: files, folders, globs, feed URLs, JSON lines, stdin")
      .argument(
        "<inputs...>",
        "files, folders (recursive), globs (quote them), http(s) URLs of feeds or pages, - for stdin",
      ),
  )
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none")
    .option(
      "--threads <n>",
      "extraction worker threads (0 = in this thread)",
      positiveInt("--threads"),
      availableParallelism(),
    )
    .option("--batch <n>", "articles per transaction", positiveInt("--batch"), 100)
    .option("--quiet", "no progress output")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nThe same article twice is one document: re-running an ingest adds nothing new, and a run that was\nkilled half-way is finished by running the same command again.\n\nExamples:\n  dossier ingest examples/\n  dossier ingest 'news/**/*.html' https://example.org/feed.xml\n  zcat dump.jsonl.gz | dossier ingest -",
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const summary = await runIngest(inputs, flags);
      if (flags.json) printJson(summary);
      else printSummary(summary, flags.db);
      if (summary.added + summary.known + summary.unchanged === 0 && summary.failed > 0) process.exitCode = 1;
    });
}

export async function runIngest(inputs: string[], flags: IngestFlags): Promise<IngestSummary> {
  if (inputs.filter((i) => i === "-").length > 1) throw new InputError("standard input (-) can be given only once");
  const store = await openStore(flags.db);
  const pool = flags.threads > 0 ? workerPool(flags.threads) : inlinePool();
  try {
    const items = readInputs(expandInputs(inputs), { published: flags.published }, memoryValidatorCache());
    return await ingest(items, {
      pool,
      store,
      progress: progressReporter(process.stderr, flags.quiet),
      batchSize: Math.max(1, flags.batch),
    });
  } finally {
    await pool.close();
    await store.close();
  }
}

function printSummary(s: IngestSummary, db: string): void {
  const lines = [
    `${s.added} new, ${s.known} already known, ${s.failed} failed${s.unchanged ? `, ${s.unchanged} feeds unchanged` : ""} → ${db}`,
  ];
  for (const f of s.failures.slice(0, 20)) lines.push(`  failed: ${f.origin}: ${f.reason}`);
  if (s.failures.length > 20) lines.push(`  … and ${s.failed - 20} more failures (--json lists them)`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
