import { countries } from "../lexicon/countries.js";
import { type Draft, type Drafts, newDraft } from "./draft.js";
import { isPossessive } from "./metonymy.js";
import { nextToken, prevToken, type TextView, tokenSpan } from "./text-view.js";

/**
 * "the Afghan capital", "Afghanistan's capital": the capital city of the state named, a place with its name and
 * coordinates (and one entity with the article's "Kabul" read as the city), not a mention of the people or the state.
 */
export function capitalPhrases(view: TextView, drafts: Drafts): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts.list) {
    if (d.dropped || !d.country) continue;
    const demonym = d.kind === "demonym";
    const owner = d.type === "GPE" && d.possessive === true;
    if (!demonym && !owner) continue;
    // "Syria's capital": past the possessive ending, a token of its own.
    const at = nextToken(view, owner && isPossessive(view, d.b) ? d.b + 1 : d.b);
    if (view.folded[at] !== "capital" || view.cap[at]) continue;
    const capital = countries().get(d.country)?.capital;
    if (!capital) continue;
    const the = prevToken(view, d.a);
    const a = demonym && view.folded[the] === "the" ? the : d.a;
    const c = newDraft(tokenSpan(view, a, at + 1), a, at + 1, "GPE", "name");
    c.reading = "city";
    c.cities = [
      { name: capital.name, country: d.country, lat: capital.lat, lon: capital.lon, population: 0, capital: true },
    ];
    d.dropped = true;
    out.push(c);
  }
  return out;
}
