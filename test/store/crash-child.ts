// Child process of the crash test: ingests synthetic analyses [0, total) in batches into a store, printing
// "batch N" after each committed batch and "done" at the end. The parent kills it with SIGKILL mid-way.
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { syntheticAnalysis } from "./synthetic.js";

const [path, totalArg, batchArg] = process.argv.slice(2);
if (!path) throw new Error("usage: crash-child.ts DB TOTAL BATCH");
const total = Number(totalArg ?? 400);
const batchSize = Number(batchArg ?? 40);
const store = SqliteStore.open(path);
for (let from = 0, n = 0; from < total; from += batchSize, n++) {
  const batch = [];
  for (let i = from; i < Math.min(total, from + batchSize); i++)
    batch.push(syntheticAnalysis(i, { people: 300, places: 40 }));
  await store.addAnalyses(batch);
  process.stdout.write(`batch ${n}\n`);
}
await store.close();
process.stdout.write("done\n");
