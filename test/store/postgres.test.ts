import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import pg from "pg";
import { InputError } from "../../src/article/errors.js";
import type { Store } from "../../src/store/contract.js";
import { openStore } from "../../src/store/open.js";
import { MIGRATIONS } from "../../src/store/postgres/migrations.js";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { tsQuery, tsvectorText } from "../../src/store/postgres/search-query.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runStoreContract } from "./contract.js";
import { articleA, articleB, articleC, articleD, articleE, articleF, articleG } from "./story.js";

/*
 * The PostgreSQL store against a real server: $DOSSIER_TEST_PG when set, else a throwaway cluster started here
 * (scripts/pg-test-server.mjs). Without server binaries the suite is skipped, except on CI (CI=true), where it fails.
 * Every store gets a database of its own.
 */

interface TestServer {
  url: string;
  stop: () => Promise<void>;
}
interface ServerModule {
  findPgBin: () => string | null;
  startPgServer: () => Promise<TestServer>;
}

async function server(): Promise<TestServer | string> {
  const given = process.env.DOSSIER_TEST_PG?.trim();
  if (given) return { url: given, stop: async () => {} };
  const path = "../../scripts/pg-test-server.mjs";
  const mod = (await import(path)) as ServerModule;
  if (!mod.findPgBin()) {
    const why = "no PostgreSQL server: set DOSSIER_TEST_PG, or install postgresql (scripts/setup-system.sh)";
    if (process.env.CI === "true") throw new Error(`${why}; on CI this suite must run`);
    return why;
  }
  return mod.startPgServer();
}

const found = await server();
const skip = typeof found === "string" ? found : false;
if (skip) console.log(`# skipping the PostgreSQL store tests: ${skip}`);
const base = typeof found === "string" ? null : found;

let databases = 0;

function urlOf(database: string): string {
  const url = new URL((base as TestServer).url);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: (base as TestServer).url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh empty database, and how to drop it. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  databases++;
  const name = `dossier_test_${process.pid}_${databases}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: urlOf(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

after(async () => base?.stop());

if (base) {
  runStoreContract("postgres", async () => {
    const db = await freshDatabase();
    const store = await PostgresStore.open(db.url);
    return {
      store,
      dispose: async () => {
        await store.close();
        await db.drop();
      },
    };
  });
}

describe("postgres store", { skip }, () => {
  test("migrations run on open, are recorded in schema_version, and run once even when opened at once", async () => {
    const db = await freshDatabase();
    try {
      const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(db.url)));
      await Promise.all(stores.map((s) => s.close()));
      await (await openStore(db.url)).close();
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const versions = (await client.query("SELECT version FROM schema_version ORDER BY version")).rows.map(
        (r) => r.version,
      );
      await client.end();
      assert.deepEqual(
        versions,
        MIGRATIONS.map((m) => m.version),
      );
    } finally {
      await db.drop();
    }
  });

  test("a database newer than the code is refused with a clear message", async () => {
    const db = await freshDatabase();
    try {
      await (await openStore(db.url)).close();
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '')");
      await client.end();
      await assert.rejects(openStore(db.url), /schema version 999/);
    } finally {
      await db.drop();
    }
  });

  test("an unreachable server is an input error saying what to do", async () => {
    // A port nothing listens on: the server's own port plus one is free in a throwaway cluster, and refused anyway.
    const error = await openStore("postgres://nobody:secret@127.0.0.1:1/dossier").catch((e: unknown) => e);
    assert.ok(error instanceof InputError);
    assert.match(error.message, /cannot reach the PostgreSQL server/);
    assert.match(error.message, /--db/);
    assert.doesNotMatch(error.message, /secret/, "the password is not shown");
  });

  test("a missing database is named as such", async () => {
    const error = await openStore(urlOf("dossier_no_such_db")).catch((e: unknown) => e);
    assert.ok(error instanceof InputError);
    assert.match(error.message, /database missing/);
  });

  test("a read-only store reads what a writer commits and refuses to write", async () => {
    const db = await freshDatabase();
    try {
      const writer = await openStore(db.url);
      await writer.addAnalysis(articleA());
      const reader = await openStore(db.url, { readonly: true });
      await writer.addAnalysis(articleB());
      assert.equal((await reader.stats()).articles, 2);
      await assert.rejects(reader.addAnalysis(articleC()), /read-only/);
      await reader.close();
      await writer.close();
      const again = await openStore(db.url);
      assert.deepEqual(await again.addAnalysis(articleB()), { added: 0, known: 1 });
      await again.close();
    } finally {
      await db.drop();
    }
  });

  test("a batch that fails part-way leaves nothing of itself behind, and the store carries on", async () => {
    const db = await freshDatabase();
    const store = await PostgresStore.open(db.url);
    try {
      const b = articleB();
      const broken = { ...b, claims: [...b.claims, ...b.claims] };
      await assert.rejects(store.addAnalyses([articleA(), broken]));
      assert.equal((await store.stats()).articles, 0);
      assert.equal(await store.hasDocument(articleA().document.id), false);
      assert.deepEqual(await store.addAnalyses([articleA(), articleB()]), { added: 2, known: 0 });
      assert.equal((await store.stats()).articles, 2);
    } finally {
      await store.close();
      await db.drop();
    }
  });

  test("two writers ingesting at once take turns: every article once, counts consistent", async () => {
    const db = await freshDatabase();
    const one = await PostgresStore.open(db.url);
    const two = await PostgresStore.open(db.url);
    try {
      const results = await Promise.all([
        one.addAnalyses([articleA(), articleB(), articleC()]),
        two.addAnalyses([articleB(), articleC(), articleD()]),
        one.addAnalyses([articleD()]),
        two.addAnalyses([articleA()]),
      ]);
      assert.equal(
        results.reduce((n, r) => n + r.added, 0),
        4,
      );
      const stats = await one.stats();
      assert.equal(stats.articles, 4);
      assert.equal(stats.claimReports, 7);
      assert.equal(stats.eventReports, 8);
    } finally {
      await one.close();
      await two.close();
      await db.drop();
    }
  });

  test("the same articles give the same conflicts, entities and stats as in SQLite", async () => {
    const db = await freshDatabase();
    const postgres = await PostgresStore.open(db.url);
    const sqlite = SqliteStore.open(":memory:");
    try {
      const feed = async (s: Store) => {
        await s.addAnalyses([articleA(), articleB()]);
        await s.addAnalysis(articleC());
        await s.addAnalyses([articleD(), articleE()]);
        await s.addAnalyses([articleF(), articleG()]);
      };
      await feed(postgres);
      await feed(sqlite);
      assert.deepEqual(await postgres.stats(), await sqlite.stats());
      assert.deepEqual(await postgres.conflicts({ limit: 100 }), await sqlite.conflicts({ limit: 100 }));
      assert.deepEqual(await postgres.entities({ limit: 100 }), await sqlite.entities({ limit: 100 }));
      assert.deepEqual(await postgres.claims({ limit: 100 }), await sqlite.claims({ limit: 100 }));
    } finally {
      await postgres.close();
      await sqlite.close();
      await db.drop();
    }
  });

  test("a very long text is indexed up to what a tsvector holds, not refused", async () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}x`).join(" ");
    const vector = tsvectorText(words);
    const client = new pg.Client({ connectionString: (base as TestServer).url });
    await client.connect();
    try {
      const r = await client.query("SELECT length($1::tsvector) AS n, $1::tsvector @@ 'w0x'::tsquery AS hit", [vector]);
      assert.ok(r.rows[0].n > 50_000 && r.rows[0].n < 150_000, `indexed ${r.rows[0].n} of 150000 words`);
      assert.equal(r.rows[0].hit, true, "the start of the text is searchable");
    } finally {
      await client.end();
    }
  });

  test("exports stream every row once, as SQLite's do", async () => {
    const db = await freshDatabase();
    const postgres = await PostgresStore.open(db.url);
    const sqlite = SqliteStore.open(":memory:");
    try {
      for (const s of [postgres, sqlite] as Store[]) await s.addAnalyses([articleA(), articleB(), articleC()]);
      const all = async <T>(it: AsyncIterable<T>) => {
        const out: T[] = [];
        for await (const x of it) out.push(x);
        return out;
      };
      assert.deepEqual(await all(postgres.exportEntities()), await all(sqlite.exportEntities()));
      assert.deepEqual(
        await all(postgres.exportDocuments({ analysis: true })),
        await all(sqlite.exportDocuments({ analysis: true })),
      );
      assert.deepEqual(await all(postgres.exportClaims()), await all(sqlite.exportClaims()));
      assert.deepEqual(await all(postgres.exportEvents()), await all(sqlite.exportEvents()));
    } finally {
      await postgres.close();
      await sqlite.close();
      await db.drop();
    }
  });
});

describe("postgres search terms", () => {
  test("text is indexed as folded words with positions; quotes and backslashes are escaped", () => {
    assert.equal(tsvectorText("Zürich's port, Zurich"), "'zurich':1,4 's':2 'port':3");
    assert.equal(tsvectorText("it's a\\b"), "'it':1 's':2 'a':3 'b':4");
    assert.equal(tsvectorText(""), "");
  });

  test("user text becomes a tsquery that cannot fail: phrases, prefixes, OR", () => {
    assert.equal(tsQuery("port attack"), "'port' & 'attack'");
    assert.equal(tsQuery('"Port Arlen" OR harbour*'), "('port' <-> 'arlen') | 'harbour':*");
    assert.equal(tsQuery("Kel", true), "'kel':*");
    assert.equal(tsQuery("( ) * -"), null);
    assert.equal(tsQuery("OR OR troops OR"), "'troops'");
    assert.equal(tsQuery("O'Neill"), "('o' <-> 'neill')", "words split inside a name stay a phrase");
  });
});
