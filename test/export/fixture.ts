import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_OPTIONS, type ExportOptions } from "../../src/export/format.js";
import { FORMATS, type FormatName } from "../../src/export/formats.js";
import { MemorySink } from "../../src/export/sink.js";
import type { Stats, Store } from "../../src/store/contract.js";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../cli/run-cli.js";

/**
 * An article written for these tests whose text holds characters outside the Basic Multilingual Plane (a ship and
 * a smiley emoji, mathematical bold letters) before and between the names and claims, so UTF-16 and code-point
 * offsets differ by a growing amount along the text.
 */
export const ASTRAL_ARTICLE = [
  "title: Port notes 🚢 from the north",
  "date: 2025-04-02",
  "source: Test Gazette",
  "url: https://example.org/port-notes",
  "",
  "🚢🚢 The mayor of Gdańsk, Anna Kowalczyk, said on Tuesday that the ferry terminal would reopen in May. " +
    "𝐁𝐨𝐥𝐝 claims 😀 aside, Norwegian officials in Oslo said about 40 ships had been delayed, citing the harbour master.",
  "",
].join("\n");

export const ASTRAL_URL = "https://example.org/port-notes";

/** Ingests the invented example story and the astral article into a fresh store, as a user would, from the CLI. */
export function buildStore(inputs: string[] = ["examples"]): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-export-"));
  const astral = join(dir, "astral.txt");
  writeFileSync(astral, ASTRAL_ARTICLE);
  const db = join(dir, "kb.db");
  const out = runCli(["ingest", ...inputs, astral, "--db", db, "--threads", "0", "--quiet"]);
  if (out.status !== 0) throw new Error(`ingest failed: ${out.stderr}`);
  return db;
}

export interface Fixture {
  db: string;
  store: Store;
  stats: Stats;
  /** Runs one format into memory and returns its text. */
  run(format: FormatName, options?: Partial<ExportOptions>): Promise<string>;
}

export async function openFixture(db = buildStore()): Promise<Fixture> {
  const store = await openStore(db, { readonly: true });
  return {
    db,
    store,
    stats: await store.stats(),
    async run(format, options = {}) {
      const sink = new MemorySink();
      await FORMATS[format](store, sink, { ...DEFAULT_OPTIONS, ...options });
      return sink.text();
    },
  };
}
