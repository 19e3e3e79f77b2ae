import { once, readLexicon } from "./read-lexicon.js";

/** gov: office of state · corp: office in a company · mil: rank · rel: religious · job: other · kin: family. */
export type TitleKind = "gov" | "corp" | "mil" | "rel" | "job" | "kin";

export interface TitleLexicon {
  /** Head word (lower case) → kind. Multi-word heads ("crown prince") are keyed by their last word too. */
  heads: ReadonlyMap<string, TitleKind>;
  honorifics: ReadonlySet<string>;
  /** Abbreviated honorifics that are an office ("Sen." → senator), so "the senator" can refer back. */
  honorificRoles: ReadonlyMap<string, string>;
  modifiers: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  continuations: ReadonlySet<string>;
}

interface TitlesFile {
  heads: Record<string, TitleKind>;
  honorifics: string[];
  honorificRoles: Record<string, string>;
  modifiers: string[];
  portfolios: string[];
  continuations: string[];
}

/** lexicon/titles.json, loaded once. */
export const titles = once((): TitleLexicon => {
  const file = readLexicon<TitlesFile>("titles.json");
  const heads = new Map<string, TitleKind>();
  for (const [word, kind] of Object.entries(file.heads)) {
    heads.set(word, kind);
    // "crown prince" → also "prince"; the words before a head are modifiers anyway.
    const last = word.split(" ").pop();
    if (last && !heads.has(last)) heads.set(last, kind);
  }
  return {
    heads,
    honorifics: new Set(file.honorifics),
    honorificRoles: new Map(Object.entries(file.honorificRoles)),
    modifiers: new Set(file.modifiers.flatMap((m) => m.split(" "))),
    portfolios: new Set(file.portfolios),
    continuations: new Set(file.continuations),
  };
});
