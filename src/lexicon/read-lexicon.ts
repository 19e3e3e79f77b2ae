import { readFileSync } from "node:fs";

// src/lexicon/*.ts and dist/lexicon/*.js both sit two folders below the package root, beside lexicon/.
const LEXICON_DIR = new URL("../../lexicon/", import.meta.url);

/** Parses one JSON data file of lexicon/ (synchronously: lexicons load once, before the first article). */
export function readLexicon<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, LEXICON_DIR), "utf8")) as T;
}

/** Runs `load` the first time it is asked for, then hands back the same value. */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}
