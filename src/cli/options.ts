import type { Command } from "commander";
import { defaultDbPath } from "../store/open.js";

/** The --db option every store command shares. */
export function withDb(command: Command): Command {
  return command.option(
    "--db <store>",
    "the store: a SQLite file or a postgres:// URL; default $DOSSIER_DB or ./dossier.db",
    defaultDbPath(),
  );
}

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number, not "${value}"`);
    return n;
  };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
