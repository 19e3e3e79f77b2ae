import { actorDictionary } from "../lexicon/actors.js";
import { countries } from "../lexicon/countries.js";
import { fold } from "../lexicon/fold.js";
import type { City } from "../lexicon/gazetteer.js";
import type { Mention } from "../pipeline/layers.js";
import type { Draft } from "./draft.js";

/**
 * What needs the whole article: dictionary phrases that fire only in some context ("the North" in a Korean
 * story) or period ("Blue House" until 2022), the city a gazetteer name means (the one in a country the
 * article names, else a capital, else the biggest), and sentence openers that nothing else supports.
 */
export function finish(drafts: readonly Draft[], published: string | null): Mention[] {
  const named = new Set<string>();
  for (const d of drafts) {
    if (d.context || d.dropped) continue;
    if (d.actor && !d.actor.startsWith("norp:")) named.add(d.actor);
    if (d.nation) named.add(d.nation);
    if (d.capitalOf) named.add(d.capitalOf);
    if (d.country && !d.tentative && !d.ownerContext) named.add(d.country);
  }
  const day = published?.slice(0, 10) ?? null;
  const nameWords = new Set<string>();
  for (const d of drafts)
    if (!d.initial && d.kind === "name") for (const w of fold(d.text).split(" ")) nameWords.add(w);

  const out: Mention[] = [];
  for (const d of drafts) {
    if (d.dropped) continue;
    if (d.context && !d.context.some((c) => named.has(c))) continue;
    if (d.ownerContext && !d.ownerContext.some((c) => named.has(c))) {
      d.owner = undefined;
      d.country = undefined;
    }
    if (day && ((d.from && day < d.from) || (d.until && day >= d.until))) continue;
    if (d.tentative) {
      if (d.cities?.some((c) => named.has(c.country))) d.initial = undefined;
      else if (d.inside) continue;
      else {
        // Not a city after all: a word that needs support, like any unknown capitalised word.
        d.cities = undefined;
        d.type = "OTHER";
        d.weak = true;
      }
    }
    if (
      d.initial &&
      !fold(d.text)
        .split(" ")
        .every((w) => nameWords.has(w))
    )
      continue;
    out.push(toMention(d, named));
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

function toMention(d: Draft, named: ReadonlySet<string>): Mention {
  const m: Mention = { start: d.start, end: d.end, text: d.text, type: d.type, kind: d.kind };
  if (d.reading === "city" || (d.cities && !d.actor)) {
    const city = pickCity(d.cities ?? [], named, d.capitalOf);
    if (city) {
      // One key however the city is written ("Kiev" and "Kyiv" are one city).
      m.actor = `city:${city.country}:${fold(city.local ?? city.name)}`;
      m.canonical = city.name;
      m.country = city.country;
      m.geo = { lat: city.lat, lon: city.lon };
    } else {
      const capital = d.capitalOf ? countries().get(d.capitalOf)?.capital : undefined;
      m.actor = `city:${d.capitalOf ?? "?"}:${fold(d.text)}`;
      if (d.capitalOf) m.country = d.capitalOf;
      if (capital) m.geo = { lat: capital.lat, lon: capital.lon };
    }
  } else {
    if (d.actor) m.actor = d.actor;
    if (d.canonical) m.canonical = d.canonical;
    const actor = d.actor ? actorDictionary().actors.get(d.actor) : undefined;
    const country = d.country ?? actor?.country;
    if (country) m.country = country;
    if (d.geo ?? actor?.geo) m.geo = (d.geo ?? actor?.geo) as { lat: number; lon: number };
  }
  if (d.role) m.role = d.role;
  if (d.owner) m.owner = d.owner;
  if (d.head) m.head = d.head;
  if (d.modifiers) m.modifiers = d.modifiers;
  if (d.weak) m.weak = true;
  if (d.apposedTo !== undefined) m.apposedTo = d.apposedTo;
  return m;
}

/** The city a name means: the one in a country the article names (or whose capital it is), else the biggest. */
function pickCity(
  cities: readonly City[],
  named: ReadonlySet<string>,
  capitalOf: string | undefined,
): City | undefined {
  let best: City | undefined;
  let bestScore = -1;
  for (const c of cities) {
    const score =
      (c.country === capitalOf ? 4e9 : 0) + (named.has(c.country) ? 2e9 : 0) + (c.capital ? 1e9 : 0) + c.population;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
