import { once, readLexicon } from "./read-lexicon.js";

/** One country as lexicon/countries.json has it (generated from world-countries by scripts/build-actors.ts). */
export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  code3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  independent: boolean;
  lat: number;
  lon: number;
  capital?: { name: string; lat: number; lon: number };
}

/** Every country, by ISO code. Loaded once. */
export const countries = once((): ReadonlyMap<string, Country> => {
  const file = readLexicon<{ countries: Country[] }>("countries.json");
  return new Map(file.countries.map((c) => [c.code, c]));
});
