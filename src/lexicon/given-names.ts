import { once, readLexicon } from "./read-lexicon.js";

interface WorldNamesFile {
  names: string[];
  surnamesFirst?: string[];
  surnameEndings?: string[];
  knownSurnames?: { words: string[] };
}

/** lexicon/given-names-world.json, read once for the three lists it holds. */
const worldNames = once((): WorldNamesFile => readLexicon<WorldNamesFile>("given-names-world.json"));

/**
 * Folded words that open a person's name: first names from lexicon/given-names.json (derived by
 * scripts/build-given-names.ts) and the hand-written lexicon/given-names-world.json (names of many languages, and
 * the family names of East Asia, which are written first), read as one set. Loaded once.
 */
export const givenNames = once((): ReadonlySet<string> => {
  const world = worldNames();
  return new Set([
    ...readLexicon<{ names: string[] }>("given-names.json").names,
    ...world.names,
    ...(world.surnamesFirst ?? []),
  ]);
});

const SURNAME_LENGTH = 5;

/** Endings of family names (lexicon/given-names-world.json surnameEndings), longest first. Loaded once. */
const surnameEndings = once((): readonly string[] =>
  [...(worldNames().surnameEndings ?? [])].sort((a, b) => b.length - a.length),
);

/** Does a folded word end like a family name ("peskov", "zakharova", "pashinyan")? Short words never do. */
export function surnameLike(word: string): boolean {
  return word.length >= SURNAME_LENGTH && surnameEndings().some((e) => word.endsWith(e));
}

/** Family names of public figures news names alone (lexicon/given-names-world.json knownSurnames). Loaded once. */
export const knownSurnames = once((): ReadonlySet<string> => new Set(worldNames().knownSurnames?.words ?? []));
