import { once, readLexicon } from "./read-lexicon.js";

/** lexicon/places.json's abbreviations: "N.Y." → "New York State", "Calif." → "California". Loaded once. */
export const placeAbbreviations = once(
  (): ReadonlyMap<string, string> =>
    new Map(Object.entries(readLexicon<{ abbreviations: Record<string, string> }>("places.json").abbreviations)),
);
