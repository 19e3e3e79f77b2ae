import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The command line of an eval or bench script, read with node's parseArgs plus what users expect of any command:
 * `--help` prints the script's own head comment (where its usage is written once, for readers of the code and of
 * the terminal alike) and exits; an unknown or malformed option ends with one line naming it instead of a stack.
 */
export function scriptArgs<O extends Options>(moduleUrl: string, options: O) {
  const script = basename(fileURLToPath(moduleUrl));
  if (process.argv.slice(2).some((a) => a === "--help" || a === "-h")) {
    process.stdout.write(`${headComment(readFileSync(fileURLToPath(moduleUrl), "utf8"))}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`${script}: ${message} (see --help)\n`);
    process.exit(2);
  }
}

/** The `//` comment lines a source file opens with, without their slashes. */
export function headComment(source: string): string {
  const lines: string[] = [];
  for (const line of source.split("\n")) {
    if (!line.startsWith("//")) break;
    lines.push(line.replace(/^\/\/ ?/, ""));
  }
  return lines.join("\n");
}
