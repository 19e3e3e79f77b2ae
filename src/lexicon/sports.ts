import { once, readLexicon } from "./read-lexicon.js";

/** lexicon/sports.json: what makes an article a sports report, where a country named as a side is its team. */
export interface SportsLexicon {
  words: ReadonlySet<string>;
  minWords: number;
  minWithScore: number;
  places: ReadonlySet<string>;
  /** Words that make the name beside them a side of a match ("beat", "against", "drew"). */
  verbs: ReadonlySet<string>;
  /** Clubs' nicknames, folded, by their number of words ("rockets", "red sox"): after a place, one team. */
  teamNames: ReadonlySet<string>;
}

interface SportsFile {
  words: string[];
  minWords: number;
  minWithScore: number;
  places: string[];
  verbs: string[];
  teamNames: string[];
}

export const sports = once((): SportsLexicon => {
  const file = readLexicon<SportsFile>("sports.json");
  return {
    words: new Set(file.words),
    minWords: file.minWords,
    minWithScore: file.minWithScore,
    places: new Set(file.places),
    verbs: new Set(file.verbs),
    teamNames: new Set(file.teamNames.map((n) => n.toLowerCase())),
  };
});
