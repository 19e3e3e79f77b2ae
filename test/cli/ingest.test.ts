import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { json, runCli, startCli } from "./run-cli.js";

interface Stats {
  articles: number;
  entities: number;
  claims: number;
  events: number;
  conflicts: number;
}

const temp = () => mkdtempSync(join(tmpdir(), "dossier-ingest-"));

test("ingesting the examples twice adds nothing the second time", () => {
  const db = join(temp(), "kb.db");
  const first = json<{ added: number; known: number; failed: number }>(
    runCli(["ingest", "examples", "--db", db, "--threads", "0", "--json", "--quiet"]),
  );
  assert.ok(first.added >= 5, `added ${first.added}`);
  assert.equal(first.failed, 0);
  const before = json<Stats>(runCli(["stats", "--db", db, "--json"]));
  const second = json<{ added: number; known: number }>(
    runCli(["ingest", "examples", "--db", db, "--threads", "0", "--json", "--quiet"]),
  );
  assert.equal(second.added, 0);
  assert.equal(second.known, first.added);
  assert.deepEqual(json<Stats>(runCli(["stats", "--db", db, "--json"])), before);
  assert.ok(before.articles === first.added && before.entities > 0 && before.claims > 0);
});

test("a bad file among good ones is reported and the rest are ingested", () => {
  const dir = temp();
  writeFileSync(
    join(dir, "good.txt"),
    "date: 2024-05-02\n\nThe mayor of Lyon said on Monday that the bridge would reopen.",
  );
  writeFileSync(join(dir, "bad.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
  const out = runCli(["ingest", dir, "--db", join(dir, "kb.db"), "--threads", "0", "--quiet"]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /1 new, 0 already known, 1 failed/);
  assert.match(out.stdout, /failed: .*bad\.txt: /);
  assert.doesNotMatch(out.stderr, /\n\s+at /);
});

// Real articles from the PolNeAR corpus, as JSON lines, so the ingest takes long enough to be killed mid-way.
function corpusJsonl(dir: string, count: number): string {
  const textDir = "../shared/corpora/polnear/train/text";
  const files = readdirSync(textDir).sort().slice(0, count);
  const lines = files.map((f, i) =>
    JSON.stringify({
      id: f,
      published: `2016-0${1 + (i % 9)}-1${i % 10}`,
      text: readFileSync(join(textDir, f), "utf8"),
    }),
  );
  const path = join(dir, "articles.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

test("kill -9 in the middle of an ingest, then the same command again, gives the counts of an uninterrupted run", async () => {
  const dir = temp();
  const input = corpusJsonl(dir, 160);
  const whole = join(dir, "whole.db");
  const crashed = join(dir, "crashed.db");
  const args = (db: string) => ["ingest", input, "--db", db, "--threads", "0", "--batch", "8", "--quiet", "--json"];
  json(runCli(args(whole)));
  const expected = json<Stats>(runCli(["stats", "--db", whole, "--json"]));

  const child = startCli(args(crashed));
  // Kill once some batches are committed but well before the end.
  const deadline = Date.now() + 60_000;
  let seen = 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    const stats = runCli(["stats", "--db", crashed, "--json"]);
    if (stats.status === 0) seen = (JSON.parse(stats.stdout) as Stats).articles;
    if (seen >= 16) break;
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  assert.ok(seen > 0 && seen < 160, `killed after ${seen} articles`);

  const rerun = json<{ added: number; known: number; failed: number }>(runCli(args(crashed)));
  assert.ok(rerun.added > 0 && rerun.added < 160, `re-run added ${rerun.added}`);
  assert.deepEqual(json<Stats>(runCli(["stats", "--db", crashed, "--json"])), expected);
});
