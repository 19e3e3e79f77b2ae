import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { defaultDbPath, openStore } from "../../src/store/open.js";
import { openDatabase } from "../../src/store/sqlite/driver.js";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runStoreContract } from "./contract.js";
import { articleA, articleB } from "./story.js";

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

runStoreContract("sqlite", async () => {
  const { dir, remove } = tempDir();
  const store = SqliteStore.open(join(dir, "test.db"));
  return {
    store,
    dispose: async () => {
      await store.close();
      remove();
    },
  };
});

describe("sqlite store", () => {
  test("migrations run on open, are recorded in schema_version, and run once", async () => {
    const { dir, remove } = tempDir();
    try {
      const path = join(dir, "m.db");
      await (await openStore(path)).close();
      await (await openStore(path)).close();
      const db = openDatabase(path);
      const versions = db
        .prepare("SELECT version FROM schema_version")
        .all()
        .map((r) => r.version);
      assert.deepEqual(
        versions,
        MIGRATIONS.map((m) => m.version),
      );
      assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
      db.close();
    } finally {
      remove();
    }
  });

  test("a database newer than the code is refused with a clear message", async () => {
    const { dir, remove } = tempDir();
    try {
      const path = join(dir, "new.db");
      await (await openStore(path)).close();
      const db = openDatabase(path);
      db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '')").run();
      db.close();
      await assert.rejects(openStore(path), /schema version 999/);
    } finally {
      remove();
    }
  });

  test("what was added survives closing and reopening; a read-only store reads while a writer is open", async () => {
    const { dir, remove } = tempDir();
    try {
      const path = join(dir, "p.db");
      const writer = await openStore(path);
      await writer.addAnalysis(articleA());
      const reader = await openStore(path, { readonly: true });
      await writer.addAnalysis(articleB());
      assert.equal((await reader.stats()).articles, 2, "a reader sees each committed batch");
      await assert.rejects(reader.addAnalysis(articleA()), /read-only/);
      await reader.close();
      await writer.close();
      const again = await openStore(path);
      assert.equal((await again.stats()).articles, 2);
      assert.deepEqual(await again.addAnalysis(articleB()), { added: 0, known: 1 });
      await again.close();
    } finally {
      remove();
    }
  });

  test("the default path is DOSSIER_DB, else ./dossier.db", () => {
    assert.equal(defaultDbPath({ DOSSIER_DB: "/data/news.db" }), "/data/news.db");
    assert.equal(defaultDbPath({}), "./dossier.db");
    assert.equal(defaultDbPath({ DOSSIER_DB: "  " }), "./dossier.db");
  });
});

describe("sqlite store batches", () => {
  test("a batch that fails part-way leaves nothing of itself behind, and the store carries on", async () => {
    const store = SqliteStore.open(":memory:");
    try {
      // Two claims with one id: the second breaks a unique constraint in the middle of writing the batch.
      const b = articleB();
      const broken = { ...b, claims: [...b.claims, ...b.claims] };
      await assert.rejects(store.addAnalyses([articleA(), broken]));
      assert.equal((await store.stats()).articles, 0, "the good article went with the bad batch");
      assert.equal(await store.hasDocument(articleA().document.id), false);
      assert.deepEqual(await store.addAnalyses([articleA(), articleB()]), { added: 2, known: 0 });
      assert.equal((await store.stats()).articles, 2);
    } finally {
      await store.close();
    }
  });

  test("an analysis of another schema is refused before anything is written", async () => {
    const store = SqliteStore.open(":memory:");
    try {
      const other = { ...articleA(), schema: "something/2" } as unknown as ReturnType<typeof articleA>;
      await assert.rejects(store.addAnalysis(other), /dossier\.analysis\/1/);
      assert.equal((await store.stats()).articles, 0);
    } finally {
      await store.close();
    }
  });
});
