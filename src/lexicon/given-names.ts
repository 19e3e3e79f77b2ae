import { once, readLexicon } from "./read-lexicon.js";

/**
 * Folded words that open a person's name: first names from lexicon/given-names.json (derived by
 * scripts/build-given-names.ts) and the hand-written lexicon/given-names-world.json (names of many languages, and
 * the family names of East Asia, which are written first), read as one set. Loaded once.
 */
export const givenNames = once((): ReadonlySet<string> => {
  const world = readLexicon<{ names: string[]; surnamesFirst?: string[] }>("given-names-world.json");
  return new Set([
    ...readLexicon<{ names: string[] }>("given-names.json").names,
    ...world.names,
    ...(world.surnamesFirst ?? []),
  ]);
});
