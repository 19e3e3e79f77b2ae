import { fold } from "../lexicon/fold.js";
import type { Draft } from "./draft.js";

/** Place names a folded adjective or its people's plural may come from: "gazan" → "gaza", "sicilian" → "sicily". */
function stems(word: string): string[] {
  const w = word.endsWith("s") ? word.slice(0, -1) : word;
  const out: string[] = [];
  if (w.endsWith("ian")) out.push(w.slice(0, -3), `${w.slice(0, -3)}a`, `${w.slice(0, -3)}y`);
  if (w.endsWith("an")) out.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith("ese")) out.push(w.slice(0, -3));
  if (w.endsWith("i")) out.push(w.slice(0, -1));
  return out.filter((s) => s.length > 2);
}

/**
 * "the central Gazan city of …", "two Gazans": an unknown word formed from a place the article names is that
 * place's adjective, a mention of the place (its people's word), not a name of its own. Only a place the article
 * names itself counts, so "Susan" is no adjective of Susa unless Susa is written there.
 */
export function readPlaceAdjectives(drafts: readonly Draft[]): void {
  const places = new Map<string, Draft>();
  for (const d of drafts)
    if (!d.dropped && d.kind === "name" && (d.type === "GPE" || d.type === "LOC") && (d.actor || d.cities))
      if (!places.has(fold(d.text))) places.set(fold(d.text), d);
  if (places.size === 0) return;
  for (const d of drafts) {
    if (d.dropped || d.kind !== "name" || d.actor || d.cities || d.role || /[\s-]/.test(d.text)) continue;
    if (d.type === "PERSON" && !d.guess) continue;
    const place = stems(fold(d.text))
      .map((s) => places.get(s))
      .find((p) => p !== undefined);
    if (!place) continue;
    d.type = "NORP";
    d.kind = "demonym";
    d.actor = place.actor;
    d.cities = place.cities;
    d.tentative = place.tentative;
    d.canonical = place.canonical;
    d.country = place.country;
    d.geo = place.geo;
    d.guess = undefined;
    d.weak = undefined;
    d.initial = undefined;
  }
}
