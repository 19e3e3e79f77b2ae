import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { normaliseName } from "./normalise.js";

// Loaded through require: the package's ESM entry imports JSON without import attributes.
const countries = createRequire(import.meta.url)("world-countries") as Country[];

// Folded names of each country by ISO code: common, official, alternative spellings. Built once.
const namesByCode = new Map<string, Set<string>>();
for (const c of countries) {
  const names = new Set<string>();
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
    const folded = normaliseName(n);
    if (folded.length > 1) names.add(folded);
  }
  namesByCode.set(c.cca2.toUpperCase(), names);
}

/**
 * True when `norm` (a folded name) names the country `code` itself, not a place inside it:
 * "north korea" and "dprk" for KP, but not "pyongyang". Only then may the country code stand for the entity.
 */
export function namesCountry(norm: string, code: string): boolean {
  return namesByCode.get(code.toUpperCase())?.has(norm) ?? false;
}
