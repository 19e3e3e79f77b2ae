import { type ActorPhrase, actorDictionary, type PhraseKind } from "../lexicon/actors.js";
import { type City, gazetteer } from "../lexicon/gazetteer.js";
import { theBefore } from "./metonymy.js";
import { matchAt } from "./phrase-match.js";
import { nextToken, prevToken, type TextView } from "./text-view.js";

/** The longest dictionary phrase at a token: actor phrases, or gazetteer cities, or both for the same words. */
export interface DictionaryHit {
  a: number;
  b: number;
  phrases: ActorPhrase[];
  cities: City[];
}

const KIND_ORDER: Record<PhraseKind, number> = { name: 0, alias: 1, metonym: 2, demonym: 3, people: 4 };

/**
 * Answers already given per article: the names stage asks for the same token and limit many times over (a run, then
 * its parts, then its heads). Kept only once the article's shared-name readings are set, as the answer depends on them.
 */
const answered = new WeakMap<TextView, Map<number, DictionaryHit | null>>();
/** Token limits below this make one numeric key with the token index (4M tokens: far beyond an article's size cap). */
const KEY_SPAN = 0x400000;

/** Actor phrases first, the gazetteer second; the longer match wins, the actor dictionary on a tie. */
export function dictionaryAt(view: TextView, i: number, limit: number): DictionaryHit | null {
  if (!view.shared || limit >= KEY_SPAN) return lookUp(view, i, limit);
  let memo = answered.get(view);
  if (!memo) {
    memo = new Map();
    answered.set(view, memo);
  }
  const key = i * KEY_SPAN + limit;
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = lookUp(view, i, limit);
    memo.set(key, hit);
  }
  return hit;
}

function lookUp(view: TextView, i: number, limit: number): DictionaryHit | null {
  const actor = matchAt(view, actorDictionary().phrases, i, limit);
  const city = matchAt(view, gazetteer(), i, limit);
  if (!actor && !city) return null;
  const fits = actor
    ? actor.phrase.values.filter(
        (p) =>
          (p.the !== "required" || theStands(view, i, actor.end)) &&
          (!p.among || sharedFits(view, p)) &&
          (!p.after || p.after.includes(view.folded[prevToken(view, i)] ?? "")),
      )
    : [];
  const end = fits.length > 0 ? (actor?.end ?? 0) : 0;
  const b = Math.max(end, city?.end ?? 0);
  if (b === 0) return null;
  const phrases = end === b ? fits : [];
  phrases.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  return { a: i, b, phrases, cities: city && city.end === b ? city.phrase.values : [] };
}

/** A name several countries share stands here for the one the article chose (names/shared-names.ts). */
function sharedFits(view: TextView, p: ActorPhrase): boolean {
  const among = p.among as readonly string[];
  return (view.shared?.get(among.join("|")) ?? among[0]) === p.actor;
}

/**
 * A phrase that holds only after "the" ("the North" in a Korean story) has its "the", and is not the first word of a
 * longer name: "the capital of North Darfur State", "the North Darfur governor" name no state.
 */
function theStands(view: TextView, i: number, end: number): boolean {
  if (theBefore(view, i).at < 0) return false;
  const next = nextToken(view, end);
  return view.headline[i] === true || !(view.gap[next] && view.cap[next] && view.word[next]);
}
