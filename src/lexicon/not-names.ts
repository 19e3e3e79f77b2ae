import { once, readLexicon } from "./read-lexicon.js";

/** lexicon/not-names.json: capitalised words that are no name on their own. Loaded once. */
export const notNames = once(
  (): ReadonlySet<string> => new Set(readLexicon<{ words: string[] }>("not-names.json").words),
);
