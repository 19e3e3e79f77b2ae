import type { Command } from "commander";
import type { Analysis } from "../article/analysis.js";
import { InputError } from "../article/errors.js";
import { parsePublished } from "../article/published.js";
import type { ReadOptions } from "../read/index.js";
import { outline } from "./outline.js";

interface ExtractOptions {
  json?: boolean;
  jsonl?: boolean;
  published?: string;
  overridePublished?: boolean;
  maxArticleMb?: string;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Analyse articles: times, quantities, entities, claims, events and conflicts, with offsets")
    .argument(
      "<input>",
      "a file (plain text, seed format, HTML page, RSS/Atom feed, JSON or JSON lines) or - for standard input",
    )
    .option("--json", "print the contract's JSON (one object; an array when the input holds several articles)")
    .option("--jsonl", "print one JSON object per article, one per line")
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none")
    .option("--override-published", "use --published even for articles that carry a date of their own")
    .option("--max-article-mb <mb>", "refuse articles larger than this many megabytes", "5")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  dossier extract examples/kestrel-wire.txt",
        "  dossier extract examples/harbour-monitor.xml --jsonl > analyses.jsonl",
        "  cat story.txt | dossier extract - --published 2025-07-01 --json",
        "",
        "An article's own date (date line, header, page metadata, feed item) wins over --published,",
        "which fills in where there is none; --override-published makes --published win everywhere.",
        "Articles that cannot be read are reported on stderr as `dossier: ORIGIN: REASON`; the rest",
        "are analysed. The exit code is 0 when at least one article was analysed, 1 when none was,",
        "2 when the input itself is unusable (missing, empty, binary, a bad option).",
      ].join("\n"),
    )
    .action(async (input: string, opts: ExtractOptions) => {
      const options = readOptions(opts);
      // The pipeline and readers load only when this command runs, so other commands start fast.
      const [{ analyse }, { isFailure, readArticles }] = await Promise.all([
        import("../pipeline/analyse.js"),
        import("../read/index.js"),
      ]);
      stopQuietlyOnClosedPipe();
      const analyses: Analysis[] = [];
      let analysed = 0;
      let failed = 0;
      for await (const item of readArticles(input, options)) {
        if (isFailure(item)) {
          failed++;
          process.stderr.write(`dossier: ${item.origin}: ${item.reason}\n`);
          continue;
        }
        let analysis: Analysis;
        try {
          analysis = analyse(item);
        } catch (error) {
          // One article that trips the pipeline must not lose the others of a feed or JSON lines file.
          failed++;
          const message = error instanceof Error ? error.message : String(error);
          process.stderr.write(`dossier: ${item.origin ?? input}: internal error: ${message}\n`);
          if (process.env.DOSSIER_DEBUG) console.error(error);
          continue;
        }
        analysed++;
        if (opts.jsonl) await write(`${JSON.stringify(analysis)}\n`);
        else if (opts.json) analyses.push(analysis);
        else await write(`${analysed > 1 ? "\n\n" : ""}${outline(analysis)}\n`);
      }
      if (opts.json && !opts.jsonl && analysed > 0) {
        await write(`${JSON.stringify(analyses.length === 1 ? analyses[0] : analyses, null, 2)}\n`);
      }
      if (analysed === 0) {
        const name = input === "-" ? "stdin" : input;
        process.stderr.write(
          failed === 0 ? `dossier: no article found in ${name}\n` : `dossier: nothing analysed in ${name}\n`,
        );
        process.exitCode = 1;
      }
    });
}

/** The reader options from the flags; a bad flag value is an InputError (one line, exit 2). */
export function readOptions(opts: ExtractOptions): ReadOptions {
  const options: ReadOptions = {};
  if (opts.published !== undefined) {
    if (!parsePublished(opts.published)) {
      throw new InputError(
        `--published "${opts.published}" is not a real date: give YYYY-MM-DD (or an ISO date-time), e.g. 2025-07-01`,
      );
    }
    options.published = opts.published.trim();
  }
  if (opts.overridePublished) {
    if (options.published === undefined) throw new InputError("--override-published needs --published DATE");
    options.overridePublished = true;
  }
  if (opts.maxArticleMb !== undefined) {
    const mb = Number(opts.maxArticleMb);
    if (!Number.isFinite(mb) || mb <= 0) {
      throw new InputError(`--max-article-mb "${opts.maxArticleMb}" is not a positive number of megabytes`);
    }
    options.maxArticleBytes = Math.round(mb * 1024 * 1024);
  }
  return options;
}

/** Writes to stdout, waiting when the pipe is full so a slow reader does not make output pile up in memory. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", resolve);
  });
}

/** `dossier extract feed.xml | head` closes the pipe early: that is the reader's choice, not an error. */
function stopQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
