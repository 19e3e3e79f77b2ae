import { InputError } from "../article/errors.js";
import type { Store } from "./contract.js";
import { PostgresStore } from "./postgres/postgres-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

/** Where the store lives when no --db is given: $DOSSIER_DB, else ./dossier.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DOSSIER_DB?.trim();
  return fromEnv ? fromEnv : "./dossier.db";
}

export interface OpenOptions {
  readonly?: boolean;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, fit for a message. */
export function redactUrl(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return location.replace(/:\/\/([^:/@]*):[^@]*@/, "://$1:***@");
  }
}

/** Network failures: the server is not there (or not reachable), as opposed to a problem inside the database. */
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"]);

function explainPostgres(location: string, error: unknown): InputError {
  const where = redactUrl(location);
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  const codes = [e.code, ...(e.errors ?? []).map((x) => x.code)].filter((c): c is string => typeof c === "string");
  const message = e.message || codes.join(", ") || String(error);
  if (codes.some((c) => UNREACHABLE.has(c)))
    return new InputError(
      `cannot reach the PostgreSQL server at ${where} (${codes[0]}): start it, or check the host and port in --db / DOSSIER_DB`,
    );
  if (codes.includes("3D000"))
    return new InputError(`PostgreSQL database missing at ${where}: create it first (createdb), then run again`);
  if (codes.includes("28P01") || codes.includes("28000"))
    return new InputError(`PostgreSQL refused the login at ${where}: check the user and password in the URL`);
  return new InputError(`cannot open the PostgreSQL store at ${where}: ${message}`);
}

/**
 * Opens (creating and migrating when needed) the store at `location`: a postgres:// or postgresql:// URL means
 * PostgreSQL, anything else is a SQLite file path.
 */
export async function openStore(location: string = defaultDbPath(), options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    try {
      return await PostgresStore.open(location, options);
    } catch (error) {
      throw explainPostgres(location, error);
    }
  }
  try {
    return SqliteStore.open(location, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`cannot open the store ${location}: ${message}`);
  }
}
