import { Command } from "commander";
import { InputError } from "../article/errors.js";
import { registerExport } from "./export.js";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerQueries } from "./query.js";
import { registerWatch } from "./watch.js";

const program = new Command();
program
  .name("dossier")
  .description(
    "Turns news into a sourced, time-anchored record: who did what, who said so, citing whom, where sources disagree.",
  )
  .version("0.1.0");
registerExtract(program);
registerIngest(program);
registerQueries(program);
registerWatch(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Unusable input ends with one clear line and a non-zero exit, never a stack trace.
  if (error instanceof InputError) {
    process.stderr.write(`dossier: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dossier: internal error: ${message}\n(set DOSSIER_DEBUG=1 for details)\n`);
    if (process.env.DOSSIER_DEBUG) console.error(error);
    process.exitCode = 70;
  }
}
