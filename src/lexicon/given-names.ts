import { once, readLexicon } from "./read-lexicon.js";

/**
 * Folded first names: lexicon/given-names.json (derived by scripts/build-given-names.ts) and the hand-written
 * lexicon/given-names-world.json (names of many languages), read as one set. Loaded once.
 */
export const givenNames = once(
  (): ReadonlySet<string> =>
    new Set([
      ...readLexicon<{ names: string[] }>("given-names.json").names,
      ...readLexicon<{ names: string[] }>("given-names-world.json").names,
    ]),
);
