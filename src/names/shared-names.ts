import { actorDictionary } from "../lexicon/actors.js";
import { gazetteer } from "../lexicon/gazetteer.js";
import { matchAt } from "./phrase-match.js";
import type { TextView } from "./text-view.js";

/**
 * Which country each shared name of the actor dictionary ("Congo", "Congolese": lexicon/actors.json sharedNames)
 * stands for in this article, keyed by its list of countries joined with "|". The article's own unambiguous
 * mentions decide: a name, demonym or capital of only one of them ("DR Congo", "DRC", "Kinshasa"), or a place
 * in only one of them ("Goma", "Darfur"); cities the gazetteer alone knows count only when no such name does. A
 * list the article settles on none or several of keeps its usual reading (the first), which is left out here.
 */
export function sharedReadings(view: TextView): Map<string, string> {
  const dict = actorDictionary();
  const groups = new Map<string, readonly string[]>();
  const named = new Map<string, number>();
  const placed = new Map<string, number>();
  const count = (tally: Map<string, number>, code: string | undefined) => {
    if (code) tally.set(code, (tally.get(code) ?? 0) + 1);
  };
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!view.word[i] || !view.cap[i]) continue;
    const hit = matchAt(view, dict.phrases, i, n);
    const city = matchAt(view, gazetteer(), i, n);
    for (const p of hit?.phrase.values ?? []) {
      if (p.among) {
        groups.set(p.among.join("|"), p.among);
        continue;
      }
      // A phrase with conditions of its own ("the North" in a Korean story) is no evidence.
      if (p.the === "required" || p.context) continue;
      const actor = dict.actors.get(p.actor);
      count(named, actor?.isCountry ? actor.id : actor?.country);
    }
    if (city && (!hit || city.end >= hit.end))
      for (const code of new Set(city.phrase.values.map((c) => c.country))) count(placed, code);
    // The words inside a name are no mentions of their own ("Republic of Congo" in "Democratic Republic of Congo").
    i = Math.max(i, (hit?.end ?? 0) - 1, (city?.end ?? 0) - 1);
  }
  const out = new Map<string, string>();
  for (const [key, among] of groups) {
    const chosen = onlyOne(among, named) ?? onlyOne(among, placed);
    if (chosen && chosen !== among[0]) out.set(key, chosen);
  }
  return out;
}

/** The one country of the list the tally holds, if exactly one. */
function onlyOne(among: readonly string[], tally: ReadonlyMap<string, number>): string | undefined {
  const found = among.filter((code) => (tally.get(code) ?? 0) > 0);
  return found.length === 1 ? found[0] : undefined;
}
