import { once, readLexicon } from "./read-lexicon.js";

/** lexicon/given-names.json: folded first names (derived by scripts/build-given-names.ts). Loaded once. */
export const givenNames = once(
  (): ReadonlySet<string> => new Set(readLexicon<{ names: string[] }>("given-names.json").names),
);
