import { countries } from "../lexicon/countries.js";
import { placeAbbreviations } from "../lexicon/place-abbreviations.js";
import { once, readLexicon } from "../lexicon/read-lexicon.js";
import { pos, type View } from "./view.js";

/**
 * Names that follow a town after a comma in news style ("Allentown, Pa.", "Dayton, Ohio", "Lockerbie, Scotland"):
 * states and regions of places.json, their postal abbreviations, and countries. Built once.
 */
const regionNames = once((): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const [short, full] of placeAbbreviations())
    names
      .add(short)
      .add(full)
      .add(full.replace(/ State$/, ""));
  const { places } = readLexicon<{ places: { name: string; type: string; country?: string }[] }>("places.json");
  for (const p of places) if (p.type === "GPE" && p.country) names.add(p.name);
  for (const c of countries().values()) for (const n of [c.name, ...c.aliases]) names.add(n);
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
  return regionNames().has(view.text.slice(start, end));
}
