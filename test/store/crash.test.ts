import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../src/store/sqlite/driver.js";

const child = fileURLToPath(new URL("./crash-child.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL = 300;
const BATCH = 30;

/** Runs the ingesting child; with `killAfter`, SIGKILLs it as soon as that many batches are reported. */
function ingest(db: string, killAfter?: number): Promise<{ batches: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", child, db, String(TOTAL), String(BATCH)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let batches = 0;
    p.stdout.setEncoding("utf8");
    p.stdout.on("data", (chunk: string) => {
      batches += chunk.split("\n").filter((l) => l.startsWith("batch")).length;
      if (killAfter !== undefined && batches >= killAfter && p.exitCode === null) p.kill("SIGKILL");
    });
    p.on("error", reject);
    p.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve({ batches, killed: true });
      else if (code === 0) resolve({ batches, killed: false });
      else reject(new Error(`ingest child exited with ${code}`));
    });
  });
}

/** Row counts of every table and a few sums: equal fingerprints mean nothing lost and nothing doubled. */
function fingerprint(path: string): Record<string, number> {
  const db = openDatabase(path, { readonly: true });
  const out: Record<string, number> = {};
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name <> 'schema_version'",
    )
    .all() as { name: string }[];
  for (const { name } of tables)
    out[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  for (const r of db.prepare("SELECT name, value FROM counter").all() as { name: string; value: number }[])
    out[`counter.${r.name}`] = r.value;
  const sums = {
    mentions: "SELECT sum(mentions) AS n FROM entity",
    claimReports: "SELECT sum(reports) AS n FROM claim",
    eventReports: "SELECT sum(reports) AS n FROM event",
    documentFts: "SELECT count(*) AS n FROM document_fts",
    integrity: "SELECT CASE WHEN (SELECT integrity_check FROM pragma_integrity_check) = 'ok' THEN 1 ELSE 0 END AS n",
  };
  for (const [k, sql] of Object.entries(sums)) out[k] = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return out;
}

test("a kill -9 mid-ingest leaves a consistent store; running again finishes with nothing lost or doubled", async () => {
  const reference = join(dir, "reference.db");
  const crashed = join(dir, "crashed.db");
  const whole = await ingest(reference);
  assert.equal(whole.killed, false);
  assert.equal(whole.batches, TOTAL / BATCH);

  const first = await ingest(crashed, 3);
  assert.equal(first.killed, true, "the child was killed before it finished");
  const partial = fingerprint(crashed);
  assert.equal(partial.integrity, 1);
  assert.ok(
    partial["counter.articles"] !== undefined && partial["counter.articles"] % BATCH === 0,
    "only whole batches",
  );
  assert.ok((partial["counter.articles"] ?? 0) < TOTAL);
  assert.equal(partial["counter.articles"], partial.document);

  const second = await ingest(crashed);
  assert.equal(second.killed, false);
  assert.deepEqual(fingerprint(crashed), fingerprint(reference));
});
