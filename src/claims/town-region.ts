import { actorDictionary } from "../lexicon/actors.js";
import { fold } from "../lexicon/fold.js";
import { placeAbbreviations } from "../lexicon/place-abbreviations.js";
import { once } from "../lexicon/read-lexicon.js";
import { pos, type View } from "./view.js";

/**
 * Names that follow a town after a comma in news style ("Allentown, Pa.", "Dayton, Ohio", "Lockerbie, Scotland"):
 * every state, region and country the actor dictionary names, and the postal abbreviations. Folded; built once.
 */
const regionNames = once((): ReadonlySet<string> => {
  const { actors, phrases } = actorDictionary();
  const names = new Set<string>();
  for (const p of phrases.all())
    if (p.values.some((v) => v.kind === "name" && actors.get(v.actor)?.type === "GPE")) names.add(p.folded);
  for (const short of placeAbbreviations().keys()) names.add(fold(short));
  return names;
});

/**
 * Is the stretch `from`..`to` the region of the town before the comma at `from - 1`? Then it is no stretch of
 * its own between commas: "a retired representative in Allentown, Pa., said" has one insertion, not two.
 */
export function regionAfterTown(view: View, from: number, to: number): boolean {
  if (to <= from || view.low[from - 1] !== "," || pos(view, from - 2) !== "PROPN") return false;
  const start = view.words[from]?.start ?? 0;
  const end = view.words[to - 1]?.end ?? 0;
  return regionNames().has(fold(view.text.slice(start, end)));
}
