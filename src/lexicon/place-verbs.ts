import { once, readLexicon } from "./read-lexicon.js";

/**
 * lexicon/places.json's placeVerbs: verbs whose object in the news is nearly always a place ("shelled Kramatorsk",
 * "captured Izium"), so a city only the gazetteer knows needs no other evidence after them. Loaded once.
 */
export const placeVerbs = once(
  (): ReadonlySet<string> =>
    new Set(
      readLexicon<{ placeVerbs: { words: string[] } }>("places.json").placeVerbs.words.map((w) => w.toLowerCase()),
    ),
);
