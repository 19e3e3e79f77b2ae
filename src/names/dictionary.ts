import { type ActorPhrase, actorDictionary, type PhraseKind } from "../lexicon/actors.js";
import { type City, gazetteer } from "../lexicon/gazetteer.js";
import { matchAt } from "./phrase-match.js";
import type { TextView } from "./text-view.js";

/** The longest dictionary phrase at a token: actor phrases, or gazetteer cities, or both for the same words. */
export interface DictionaryHit {
  a: number;
  b: number;
  phrases: ActorPhrase[];
  cities: City[];
}

const KIND_ORDER: Record<PhraseKind, number> = { name: 0, alias: 1, metonym: 2, demonym: 3, people: 4 };

/** Actor phrases first, the gazetteer second; the longer match wins, the actor dictionary on a tie. */
export function dictionaryAt(view: TextView, i: number, limit: number): DictionaryHit | null {
  const actor = matchAt(view, actorDictionary().phrases, i, limit);
  const city = matchAt(view, gazetteer(), i, limit);
  if (!actor && !city) return null;
  const b = Math.max(actor?.end ?? 0, city?.end ?? 0);
  const phrases = actor && actor.end === b ? [...actor.phrase.values] : [];
  phrases.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  return { a: i, b, phrases, cities: city && city.end === b ? city.phrase.values : [] };
}
