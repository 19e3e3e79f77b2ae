import { createRequire } from "node:module";

/**
 * The part of better-sqlite3's API the store uses, typed here (the package ships no types, and
 * @types/better-sqlite3 is not installed). Loaded through require: it is a CommonJS native module.
 */
export interface Statement<Row = Record<string, unknown>> {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): Row | undefined;
  all(...params: unknown[]): Row[];
  iterate(...params: unknown[]): IterableIterator<Row>;
  pluck(on?: boolean): Statement<Row>;
}

export interface Transaction<A extends unknown[], R> {
  (...args: A): R;
  immediate(...args: A): R;
  deferred(...args: A): R;
  exclusive(...args: A): R;
}

export interface Database {
  prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
  exec(sql: string): Database;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): Transaction<A, R>;
  close(): void;
  readonly open: boolean;
  readonly inTransaction: boolean;
  readonly name: string;
}

type DatabaseConstructor = new (
  path: string,
  options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
) => Database;

const require = createRequire(import.meta.url);
const BetterSqlite3 = require("better-sqlite3") as DatabaseConstructor;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database {
  return new BetterSqlite3(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
}

/**
 * Prepares SQL that may use numbered parameters (?1, ?2 … each usable several times), which better-sqlite3 does not
 * bind from positional arguments: they become named ones, and positional arguments are passed as {p1, p2 …}.
 */
export function prepareNumbered<Row = Record<string, unknown>>(db: Database, sql: string): Statement<Row> {
  const named = sql.replace(/\?(\d+)/g, "@p$1");
  if (named === sql) return db.prepare<Row>(sql);
  const statement = db.prepare<Row>(named);
  const bind = (args: unknown[]) => Object.fromEntries(args.map((v, i) => [`p${i + 1}`, v]));
  const wrapped: Statement<Row> = {
    run: (...args) => statement.run(bind(args)),
    get: (...args) => statement.get(bind(args)),
    all: (...args) => statement.all(bind(args)),
    iterate: (...args) => statement.iterate(bind(args)),
    pluck: (on) => {
      statement.pluck(on);
      return wrapped;
    },
  };
  return wrapped;
}
