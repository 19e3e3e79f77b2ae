import { createRequire } from "node:module";
import { openDatabase } from "../src/store/sqlite/driver.js";

export interface StatementCost {
  sql: string;
  calls: number;
  ms: number;
  /** EXPLAIN QUERY PLAN, one step a line. */
  plan: string[];
}

type Method = (this: { source: string }, ...args: unknown[]) => unknown;

/**
 * Runs `work` with every better-sqlite3 statement timed by its SQL (get, all, iterate, run), and returns the
 * costliest statements with their query plans: where a slow query spends its time, without touching src/store.
 * The driver's prototype is patched for the duration of the call only.
 */
export async function profileSql(db: string, work: () => Promise<unknown>, top = 3): Promise<StatementCost[]> {
  const require = createRequire(import.meta.url);
  const BetterSqlite3 = require("better-sqlite3") as new (
    path: string,
  ) => { prepare(sql: string): object; close(): void };
  const probe = new BetterSqlite3(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, Method>;
  probe.close();
  const costs = new Map<string, { calls: number; ms: number }>();
  const originals = new Map<string, Method>();
  for (const name of ["get", "all", "iterate", "run"]) {
    const original = proto[name] as Method;
    originals.set(name, original);
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      const t0 = performance.now();
      try {
        const out = original.apply(this, args);
        // An iterator does its work as it is read: drain it here so the time lands on its statement.
        return name === "iterate" ? [...(out as Iterable<unknown>)][Symbol.iterator]() : out;
      } finally {
        const c = costs.get(this.source) ?? { calls: 0, ms: 0 };
        c.calls++;
        c.ms += performance.now() - t0;
        costs.set(this.source, c);
      }
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  const worst = [...costs].sort((a, b) => b[1].ms - a[1].ms).slice(0, top);
  const sql = openDatabase(db, { readonly: true });
  try {
    return worst.map(([text, c]) => ({ sql: oneLine(text), calls: c.calls, ms: c.ms, plan: planOf(sql, text) }));
  } finally {
    sql.close();
  }
}

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, " ").trim();
}

/** The plan with every parameter bound to NULL: the shape of the plan does not depend on the values. */
function planOf(db: ReturnType<typeof openDatabase>, sql: string): string[] {
  try {
    const statement = db.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`);
    const named = [...new Set(sql.match(/@\w+/g) ?? [])].map((p) => p.slice(1));
    const rows = named.length
      ? statement.all(Object.fromEntries(named.map((p) => [p, null])))
      : statement.all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null));
    return rows.map((r) => r.detail);
  } catch (e) {
    return [`(no plan: ${(e as Error).message})`];
  }
}
