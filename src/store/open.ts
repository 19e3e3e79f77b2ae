import { InputError } from "../article/errors.js";
import type { Store } from "./contract.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

/** Where the store lives when no --db is given: $DOSSIER_DB, else ./dossier.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DOSSIER_DB?.trim();
  return fromEnv ? fromEnv : "./dossier.db";
}

export interface OpenOptions {
  readonly?: boolean;
}

/** Opens (creating and migrating when needed) the store at `location`: a file path means SQLite. */
export async function openStore(location: string = defaultDbPath(), options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new InputError("PostgreSQL stores are not implemented yet; use a file path for SQLite");
  }
  try {
    return SqliteStore.open(location, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot open the store ${location}: ${message}`);
  }
}
