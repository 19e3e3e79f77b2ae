import pg from "pg";
import type { Row } from "../shared/rows.js";

/** A statement prepared once per connection, by name: the server plans it once, every later call only binds. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

let statements = 0;

export function statement(text: string): Statement {
  statements++;
  return { name: `dossier_${statements}`, text };
}

/** A pool or one checked-out client: what a query runs on. */
export type Queryable = pg.Pool | pg.PoolClient;

/**
 * The few ways the store reads and writes. Counts (int8) come back as numbers: no count here reaches 2^53.
 */
export class Sql {
  constructor(readonly db: Queryable) {}

  async all<R = Row>(s: Statement, ...values: unknown[]): Promise<R[]> {
    return (await this.db.query({ name: s.name, text: s.text, values })).rows as R[];
  }

  async get<R = Row>(s: Statement, ...values: unknown[]): Promise<R | undefined> {
    return (await this.all<R>(s, ...values))[0];
  }

  async run(s: Statement, ...values: unknown[]): Promise<number> {
    return (await this.db.query({ name: s.name, text: s.text, values })).rowCount ?? 0;
  }

  /** The first column of the first row, or undefined. */
  async value<T>(s: Statement, ...values: unknown[]): Promise<T | undefined> {
    const row = await this.get(s, ...values);
    return row ? (Object.values(row)[0] as T) : undefined;
  }
}

const INT8 = 20;

/** Type parsers for a pool: int8 as a JS number (counts, sums), everything else as pg parses it. */
export const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;
