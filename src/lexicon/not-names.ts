import { once, readLexicon } from "./read-lexicon.js";

interface NotNamesFile {
  words: string[];
  labels?: string[];
}

const file = once(() => readLexicon<NotNamesFile>("not-names.json"));

/** lexicon/not-names.json: capitalised words that are no name on their own. Loaded once. */
export const notNames = once((): ReadonlySet<string> => new Set(file().words));

/** Words that label a caption or line before a colon ("Image: …", "Photo: …"): never part of a name. */
export const captionLabels = once((): ReadonlySet<string> => new Set(file().labels ?? []));
