import { once, readLexicon } from "./read-lexicon.js";

export type Gender = "female" | "male";

interface GenderWords {
  honorifics: string[];
  nouns: string[];
  givenNames: string[];
}

export interface GenderLexicon {
  /** Words before a name: "Mrs", "Mr" (folded, without the dot). */
  honorifics: ReadonlyMap<string, Gender>;
  /** Role and kin nouns that name the person: "congresswoman", "wife", "spokesman". */
  nouns: ReadonlyMap<string, Gender>;
  /** First names that are as good as always one gender. */
  givenNames: ReadonlyMap<string, Gender>;
}

/** lexicon/genders.json, loaded once; a word listed under both genders is dropped as no evidence. */
export const genderLexicon = once((): GenderLexicon => {
  const file = readLexicon<Record<Gender, GenderWords>>("genders.json");
  const map = (pick: (w: GenderWords) => string[]) => {
    const out = new Map<string, Gender>();
    const both = new Set<string>();
    for (const gender of ["female", "male"] as const)
      for (const word of pick(file[gender])) {
        if (out.has(word) && out.get(word) !== gender) both.add(word);
        out.set(word, gender);
      }
    for (const word of both) out.delete(word);
    return out;
  };
  return {
    honorifics: map((w) => w.honorifics),
    nouns: map((w) => w.nouns),
    givenNames: map((w) => w.givenNames),
  };
});
