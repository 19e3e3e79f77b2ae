import { fold } from "../lexicon/fold.js";
import { smallTownsNamed } from "../lexicon/gazetteer.js";
import { givenNames } from "../lexicon/given-names.js";
import { heads } from "../lexicon/org-heads.js";
import type { Draft, Drafts } from "./draft.js";
import { nextToken, type TextView } from "./text-view.js";

/**
 * "Lockerbie, Scotland", "Kfar Kila, Lebanon": an unknown name followed by a comma and a state, province or
 * country that closes the phrase is a place there (a town, village or district), with coordinates when GeoNames
 * knows a place of that name in that country. A person's name ("John Cornyn, Texas") is not taken: only names
 * read as things, or taken for a person without a given name. A region the gazetteers do not know but that names
 * itself one ("Abia State", "Borno Province") makes the town a place too, with no country.
 */
export function townsBeforeRegions(view: TextView, drafts: Drafts): void {
  for (const d of drafts.list) {
    if (d.dropped || d.kind !== "name" || !unknownName(view, d)) continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] !== ",") continue;
    const region = drafts.startingAt(nextToken(view, comma + 1));
    if (!region || region.dropped || region.type !== "GPE" || region.reading === "city") continue;
    // "Ohafia, Abia State": a region the gazetteers do not know, named as one by its last word.
    const namedRegion = !region.country && heads().gpe.has(view.folded[region.b - 1] as string);
    if (!region.country && !namedRegion) continue;
    const after = nextToken(view, region.b);
    const closes = after >= view.tokens.length || !view.word[after] || !view.cap[after];
    if (!closes || /^['\u2019]/.test(view.raw[after] ?? "")) continue;
    if (!region.country) {
      d.type = "GPE";
      d.guess = undefined;
      d.initial = undefined;
      continue;
    }
    const towns = smallTownsNamed(d.text, region.country);
    d.type = "GPE";
    d.guess = undefined;
    d.initial = undefined;
    d.country = region.country;
    if (towns.length > 0) {
      d.cities = towns;
      d.reading = "city";
      d.actor = undefined;
    } else d.actor = `city:${region.country}:${fold(d.text)}`;
  }
}

function unknownName(view: TextView, d: Draft): boolean {
  if (d.actor !== undefined || d.cities) return false;
  if (d.type === "OTHER") return true;
  return d.guess === true && !givenNames().has(view.folded[d.a] as string);
}
