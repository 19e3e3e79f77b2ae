// Store benchmark (not a test): `node --import tsx test/store/bench.ts [DOCS] [DB]`.
// Ingests DOCS synthetic analyses in batches, then times each query kind on the result (median of 5 runs).
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { syntheticAnalysis } from "./synthetic.js";

const docs = Number(process.argv[2] ?? 10_000);
const path = process.argv[3] ?? join(tmpdir(), `dossier-bench-${process.pid}.db`);
const BATCH = 200;
for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });

const store = SqliteStore.open(path);
// Only addAnalyses is timed; making the synthetic analyses is not.
let ingestMs = 0;
let lastThousandMs = 0;
let ingestCpuMs = 0;
for (let from = 0; from < docs; from += BATCH) {
  const batch = [];
  for (let i = from; i < Math.min(docs, from + BATCH); i++) batch.push(syntheticAnalysis(i));
  const t = performance.now();
  const c = process.cpuUsage();
  await store.addAnalyses(batch);
  const used = process.cpuUsage(c);
  ingestCpuMs += (used.user + used.system) / 1000;
  const ms = performance.now() - t;
  ingestMs += ms;
  if (from + BATCH > docs - 1000) lastThousandMs += ms;
  if (from + BATCH === 1000)
    console.log(`first 1,000 analyses: ${ingestMs.toFixed(0)} ms (${((1000 / ingestMs) * 1000).toFixed(0)}/s)`);
}
const stats = await store.stats();
console.log(JSON.stringify(stats));
console.log(
  `ingest ${docs} analyses: ${ingestMs.toFixed(0)} ms (${((docs / ingestMs) * 1000).toFixed(0)}/s), cpu ${ingestCpuMs.toFixed(0)} ms (${((docs / ingestCpuMs) * 1000).toFixed(0)}/s per core)`,
);
console.log(`last 1,000: ${lastThousandMs.toFixed(0)} ms (${((1000 / lastThousandMs) * 1000).toFixed(0)}/s)`);

const top = (await store.entities({ type: "PERSON", limit: 1 }))[0]?.name ?? "Anna Keller";
const place = (await store.entities({ type: "GPE", limit: 1 }))[0]?.name ?? "Norway";
const queries: [string, () => Promise<unknown>][] = [
  ["stats", () => store.stats()],
  ["search common word", () => store.search("soldiers killed")],
  ["search rare", () => store.search("Dispatch 4242")],
  ["entities --type PERSON", () => store.entities({ type: "PERSON" })],
  ["entities --match Kel", () => store.entities({ match: "Kel" })],
  [`entity "${top}"`, () => store.entity(top)],
  [`entity "${place}"`, () => store.entity(place)],
  [`claims --by "${top}"`, () => store.claims({ by: top })],
  [`claims --about "${place}"`, () => store.claims({ about: place })],
  ["claims --since --until", () => store.claims({ since: "2023-02-01", until: "2023-02-28" })],
  ["conflicts", () => store.conflicts()],
  [`conflicts --about "${place}"`, () => store.conflicts({ about: place })],
  ["timeline", () => store.timeline()],
  [`timeline --about "${place}"`, () => store.timeline({ about: place })],
  ["timeline --about topic", () => store.timeline({ about: "troops border" })],
  ["sources", () => store.sources()],
];
for (const [name, run] of queries) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await run();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(40)} median ${times[2]?.toFixed(2)} ms (cpu ${cpu[2]?.toFixed(2)})  max ${times[4]?.toFixed(2)} ms`,
  );
}
await store.close();
if (!process.argv[3]) for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
