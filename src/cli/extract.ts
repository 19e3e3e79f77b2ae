import type { Command } from "commander";
import { analyse } from "../pipeline/analyse.js";
import { readArticles } from "../read/index.js";
import { outline } from "./outline.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Analyse articles: times, quantities, entities, claims, events and conflicts, with offsets")
    .argument("<input>", "a file (text, seed format, HTML, RSS/Atom, JSON lines) or - for standard input")
    .option("--json", "print the contract's JSON (one object; an array when the input holds several articles)")
    .option("--jsonl", "print one JSON object per article, one per line")
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier extract examples/kestrel-wire.txt\n  dossier extract feed.xml --jsonl > analyses.jsonl\n  cat story.txt | dossier extract - --published 2025-07-01 --json",
    )
    .action(async (input: string, opts: { json?: boolean; jsonl?: boolean; published?: string }) => {
      const analyses = [];
      let count = 0;
      for await (const article of readArticles(input, { published: opts.published })) {
        const analysis = analyse(article);
        count++;
        if (opts.jsonl) process.stdout.write(`${JSON.stringify(analysis)}\n`);
        else if (opts.json) analyses.push(analysis);
        else process.stdout.write(`${count > 1 ? "\n\n" : ""}${outline(analysis)}\n`);
      }
      if (opts.json && !opts.jsonl) {
        process.stdout.write(`${JSON.stringify(analyses.length === 1 ? analyses[0] : analyses, null, 2)}\n`);
      }
      if (count === 0) {
        process.stderr.write(`dossier: no article found in ${input}\n`);
        process.exitCode = 1;
      }
    });
}
