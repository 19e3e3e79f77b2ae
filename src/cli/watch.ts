import type { Command } from "commander";
import { InputError } from "../article/errors.js";
import { inlinePool, workerPool } from "../ingest/extract-pool.js";
import { memoryValidatorCache } from "../ingest/fetch.js";
import { ingest } from "../ingest/ingest.js";
import type { Input } from "../ingest/inputs.js";
import { readInputs } from "../ingest/items.js";
import { progressReporter } from "../ingest/progress.js";
import { openStore } from "../store/open.js";
import { positiveInt, withDb } from "./options.js";

interface WatchFlags {
  db: string;
  interval: number;
  rounds?: number;
  threads: number;
  json?: boolean;
}

export function registerWatch(program: Command): void {
  withDb(
    program
      .command("watch")
      .description("Poll feeds on an interval and ingest what is new (conditional GET: unchanged feeds cost a 304)")
      .argument("<feeds...>", "http(s) URLs of RSS/Atom feeds"),
  )
    .option("--interval <seconds>", "seconds between polls", positiveInt("--interval"), 300)
    .option("--rounds <n>", "stop after this many polls (default: until interrupted)", positiveInt("--rounds"))
    .option("--threads <n>", "extraction worker threads (0 = in this thread)", positiveInt("--threads"), 1)
    .option("--json", "print one JSON line per poll")
    .action(async (feeds: string[], flags: WatchFlags) => {
      const bad = feeds.find((f) => !/^https?:\/\//i.test(f));
      if (bad) throw new InputError(`watch polls feed URLs; "${bad}" is not an http(s) URL (use ingest for files)`);
      await watch(feeds, flags);
    });
}

async function watch(feeds: string[], flags: WatchFlags): Promise<void> {
  const store = await openStore(flags.db);
  const pool = flags.threads > 0 ? workerPool(flags.threads) : inlinePool();
  const cache = memoryValidatorCache();
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    for (let round = 1; !stopping && (flags.rounds == null || round <= flags.rounds); round++) {
      async function* inputs(): AsyncGenerator<Input> {
        for (const url of feeds) yield { kind: "url", url };
      }
      const summary = await ingest(readInputs(inputs(), {}, cache), {
        pool,
        store,
        progress: progressReporter(process.stderr, true),
      });
      const at = new Date().toISOString();
      if (flags.json) process.stdout.write(`${JSON.stringify({ at, round, ...summary })}\n`);
      else {
        const failures = summary.failures.map((f) => `\n  failed: ${f.origin}: ${f.reason}`).join("");
        process.stdout.write(
          `${at} poll ${round}: ${summary.added} new, ${summary.known} known, ${summary.unchanged} feeds unchanged, ${summary.failed} failed${failures}\n`,
        );
      }
      if (flags.rounds != null && round >= flags.rounds) break;
      await sleep(flags.interval * 1000, () => stopping);
    }
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await pool.close();
    await store.close();
  }
}

/** Sleeps in short steps so an interrupt ends the wait promptly. */
async function sleep(ms: number, stopped: () => boolean): Promise<void> {
  const until = Date.now() + ms;
  while (!stopped() && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(250, until - Date.now())));
}
