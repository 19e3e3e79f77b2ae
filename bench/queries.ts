import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Store } from "../src/store/contract.js";
import { openStore } from "../src/store/open.js";
import { openDatabase } from "../src/store/sqlite/driver.js";
import { ftsQuery } from "../src/store/sqlite/fts-query.js";
import { profileSql, type StatementCost } from "./sql-profile.js";

export interface QueryTiming {
  key: string;
  /** The command line it stands for. */
  command: string;
  /** The first run on a freshly opened store (as a CLI process would do it), then the median and p95 of `runs`. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** How many items the answer held (documents + claims for search). */
  results: number;
  /** For a query over `slowMs`: its costliest SQL statements in one run, with their query plans. */
  statements?: StatementCost[];
}

export interface QueryTargets {
  frequent: { name: string; documents: number };
  rare: { name: string; documents: number } | null;
  source: string | null;
  commonWord: { text: string; documents: number };
  rarePhrase: { text: string; documents: number } | null;
}

export interface CliTiming {
  /** How the CLI was run: the built dist (bin/dossier.js) or the sources through tsx. */
  via: string;
  /** `dossier stats`: process start-up plus opening the store, next to nothing else. */
  statsMs: number;
  /** `dossier entity <frequent>` as a user runs it, start-up included. */
  entityMs: number;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * What to ask about, picked from the store itself: the most mentioned person, a person known from a handful of
 * articles, the most active source tied to an entity, a word most articles contain and a phrase of the newest.
 * Picking reads the database directly (untimed); the timed queries go through the Store contract only.
 */
export async function pickTargets(db: string, store: Store): Promise<QueryTargets> {
  const top = (await store.entities({ type: "PERSON", limit: 1 }))[0] ?? (await store.entities({ limit: 1 }))[0];
  if (!top) throw new Error("the store holds no entities to query");
  const source = (await store.sources({ limit: 20 })).find((s) => s.source.entity !== null)?.source.name ?? null;
  const sql = openDatabase(db, { readonly: true });
  try {
    const rare = sql
      .prepare<{ name: string; documents: number }>(
        `SELECT name, documents FROM entity WHERE local = 0 AND type = 'PERSON' AND documents BETWEEN 1 AND 5
          AND name LIKE '% %' ORDER BY documents, id LIMIT 1`,
      )
      .get();
    const count = (text: string) =>
      (
        sql.prepare("SELECT count(*) AS n FROM document_fts WHERE document_fts MATCH ?").get(ftsQuery(text)) as {
          n: number;
        }
      ).n;
    const newest =
      sql.prepare<{ text: string }>("SELECT text FROM document ORDER BY id DESC LIMIT 1").get()?.text ?? "";
    // Four words from the middle of the newest article, in quotes: a phrase only it and its variants carry.
    const words = newest.match(/\p{L}+/gu) ?? [];
    const at = Math.floor(words.length / 2);
    const phrase = words.length >= 4 ? `"${words.slice(at, at + 4).join(" ")}"` : null;
    return {
      frequent: { name: top.name, documents: top.documents },
      rare: rare ?? null,
      source,
      commonWord: { text: "said", documents: count("said") },
      rarePhrase: phrase ? { text: phrase, documents: count(phrase) } : null,
    };
  } finally {
    sql.close();
  }
}

function quote(s: string): string {
  return /^[\w-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** The queries timed, each with the limits the CLI passes by default. */
function querySpecs(t: QueryTargets) {
  const who = t.frequent.name;
  const specs: { key: string; command: string; run: (s: Store) => Promise<number> }[] = [
    { key: "entity", command: `entity ${quote(who)}`, run: async (s) => ((await s.entity(who)) ? 1 : 0) },
  ];
  const rare = t.rare?.name;
  if (rare)
    specs.push({
      key: "entityRare",
      command: `entity ${quote(rare)}`,
      run: async (s) => ((await s.entity(rare)) ? 1 : 0),
    });
  specs.push(
    {
      key: "conflicts",
      command: `conflicts --about ${quote(who)}`,
      run: async (s) => (await s.conflicts({ about: who, limit: 50 })).length,
    },
    { key: "conflictsAll", command: "conflicts", run: async (s) => (await s.conflicts({ limit: 50 })).length },
    {
      key: "search",
      command: `search ${t.commonWord.text}`,
      run: async (s) => count(await s.search(t.commonWord.text, { limit: 20 })),
    },
  );
  const phrase = t.rarePhrase?.text;
  if (phrase)
    specs.push({
      key: "searchRarePhrase",
      command: `search ${quote(phrase)}`,
      run: async (s) => count(await s.search(phrase, { limit: 20 })),
    });
  const by = t.source ?? who;
  specs.push(
    {
      key: "claimsBy",
      command: `claims --by ${quote(by)}`,
      run: async (s) => (await s.claims({ by, limit: 50 })).length,
    },
    {
      key: "claimsAbout",
      command: `claims --about ${quote(who)}`,
      run: async (s) => (await s.claims({ about: who, limit: 50 })).length,
    },
    {
      key: "timeline",
      command: `timeline --about ${quote(who)}`,
      run: async (s) => (await s.timeline({ about: who, limit: 100 })).length,
    },
  );
  return specs;
}

function count(r: { documents: unknown[]; claims: unknown[] }): number {
  return r.documents.length + r.claims.length;
}

/**
 * Times each query through the Store contract: once on a store opened for it alone (cold, as a CLI process
 * starts), then `runs` times on one open store; median and p95 in ms.
 */
export async function timeQueries(
  db: string,
  targets: QueryTargets,
  runs: number,
  slowMs: number,
): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const spec of querySpecs(targets)) {
    const cold = await openStore(db, { readonly: true });
    let firstMs: number;
    let results: number;
    try {
      const t0 = performance.now();
      results = await spec.run(cold);
      firstMs = performance.now() - t0;
    } finally {
      await cold.close();
    }
    const store = await openStore(db, { readonly: true });
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await spec.run(store);
        times.push(performance.now() - t0);
      }
    } finally {
      await store.close();
    }
    times.sort((a, b) => a - b);
    const timing: QueryTiming = {
      key: spec.key,
      command: spec.command,
      firstMs,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      runs,
      results,
    };
    if (timing.p95Ms >= slowMs) {
      const again = await openStore(db, { readonly: true });
      try {
        timing.statements = await profileSql(db, () => spec.run(again));
      } finally {
        await again.close();
      }
    }
    out.push(timing);
  }
  return out;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

/** One run of the real CLI in its own process: start-up (stats) and a whole entity query. */
export function timeCli(db: string, entity: string): CliTiming {
  const built = existsSync(`${ROOT}dist/cli/main.js`);
  const args = built ? [`${ROOT}bin/dossier.js`] : ["--import", "tsx", `${ROOT}src/cli/main.ts`];
  const once = (extra: string[]) => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [...args, ...extra, "--db", db, "--json"], { encoding: "utf8" });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`dossier ${extra.join(" ")} failed: ${run.stderr.trim()}`);
    return ms;
  };
  return {
    via: built ? "bin/dossier.js (dist)" : "src/cli/main.ts (tsx)",
    statsMs: once(["stats"]),
    entityMs: once(["entity", entity]),
  };
}
