import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Command } from "commander";
import { InputError } from "../article/errors.js";
import { type CsvTable, DEFAULT_OPTIONS, type ExportResult } from "../export/format.js";
import { FORMAT_NAMES, FORMATS, isFormat } from "../export/formats.js";
import { StreamSink } from "../export/sink.js";
import { openStore } from "../store/open.js";
import { withDb } from "./options.js";

const TABLES: CsvTable[] = ["claims", "entities", "events"];

const EXAMPLES = `
Formats:
  ftm            FollowTheMoney entities, one JSON object a line: Person, Organization, PublicBody (state
                 organs), Address (places: name, country, latitude/longitude), Article (with bodyText unless
                 --no-text), Documentation (entity <-> article), Event. Ids are stable hashes of dossier's keys.
  claims-jsonld  one schema.org JSON-LD document: a Claim per claim (text, author, appearance, firstAppearance,
                 mentions), with a part per article that reports it (citation = whom the source cites).
  annotations    W3C Web Annotations: an AnnotationCollection (or --jsonl: one Annotation a line) targeting
                 the articles; TextPositionSelector counts code points, TextQuoteSelector gives the exact text.
  csv            RFC 4180 CSV: --what claims (a row per report; default), entities, or events. start/end
                 count UTF-16 units of the article text, like every dossier offset.
  geojson        a FeatureCollection of the places articles located, [lon, lat], with mention counts and dates.

Output streams: memory stays flat however big the store. With --out, the file appears only once complete.

Examples:
  $ dossier export --format ftm --db kb.db --out kb.ftm.json
  $ dossier export --format ftm --no-text | ftm validate        # ftm: the FollowTheMoney command-line tool
  $ dossier export --format claims-jsonld --out claims.jsonld
  $ dossier export --format annotations --jsonl | head -n 3
  $ dossier export --format csv --what entities > entities.csv
  $ dossier export --format geojson --out places.geojson`;

interface ExportCliOptions {
  db: string;
  format: string;
  out?: string;
  what: string;
  jsonl?: boolean;
  text: boolean;
}

export function registerExport(program: Command): void {
  withDb(
    program
      .command("export")
      .description(
        "Write the whole store as FollowTheMoney, schema.org Claim JSON-LD, W3C annotations, CSV or GeoJSON",
      ),
  )
    .requiredOption("--format <format>", `one of ${FORMAT_NAMES.join(", ")}`)
    .option("--out <file>", "write to this file (default: standard output)")
    .option("--what <table>", `csv only: ${TABLES.join(", ")}`, "claims")
    .option("--jsonl", "annotations only: one Annotation per line instead of one AnnotationCollection")
    .option("--no-text", "ftm only: leave the article bodies (bodyText) out")
    .addHelpText("after", EXAMPLES)
    .action((o: ExportCliOptions) => runExport(o));
}

async function runExport(o: ExportCliOptions): Promise<void> {
  const format = o.format.toLowerCase();
  if (!isFormat(format)) throw new InputError(`--format takes one of ${FORMAT_NAMES.join(", ")}, not "${o.format}"`);
  const what = o.what.toLowerCase() as CsvTable;
  if (!TABLES.includes(what)) throw new InputError(`--what takes one of ${TABLES.join(", ")}, not "${o.what}"`);
  const options = { ...DEFAULT_OPTIONS, what, lines: o.jsonl ?? false, text: o.text };
  const store = await openStore(o.db, { readonly: true });
  try {
    if (!o.out) {
      const result = await runToStdout(() => FORMATS[format](store, new StreamSink(process.stdout), options));
      // Standard output holds only the export; what was left out goes to standard error.
      for (const note of result?.notes ?? []) process.stderr.write(`dossier export: ${note}\n`);
      return;
    }
    // Written beside the target and renamed at the end, so a failed export never leaves a truncated file behind.
    const partial = `${o.out}.partial`;
    const file = createWriteStream(partial);
    try {
      const result = await FORMATS[format](store, new StreamSink(file), options);
      await new Promise<void>((resolve, reject) =>
        file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      await rename(partial, o.out);
      report(result, o.out);
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await store.close();
  }
}

/** A reader that stops early (`| head`) ends the export quietly, as other command-line tools do. */
async function runToStdout(run: () => Promise<ExportResult>): Promise<ExportResult | null> {
  const ignore = () => {};
  process.stdout.on("error", ignore);
  try {
    return await run();
  } catch (error) {
    if ((error as { code?: string }).code !== "EPIPE") throw error;
    return null;
  } finally {
    process.stdout.off("error", ignore);
  }
}

function report(result: ExportResult, out: string): void {
  process.stderr.write(`${result.records} records → ${out}\n`);
  for (const note of result.notes) process.stderr.write(`  ${note}\n`);
}
