import { actorDictionary } from "../lexicon/actors.js";
import { fold } from "../lexicon/fold.js";
import { placeAbbreviations } from "../lexicon/place-abbreviations.js";
import { type Drafts, newDraft } from "./draft.js";
import { nextToken, type TextView, tokenSpan } from "./text-view.js";

/**
 * "Buffalo, N.Y.", "Fresno, Calif.": after a place and its comma, a state's abbreviation names that state (a
 * place with its coordinates), not an organization or an unknown thing. Only there: "Miss." and "Mass." are other
 * words elsewhere.
 */
export function stateAbbreviations(view: TextView, drafts: Drafts): void {
  const abbreviations = placeAbbreviations();
  const dictionary = actorDictionary();
  for (const d of [...drafts.list]) {
    if (d.dropped || d.type !== "GPE") continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] !== ",") continue;
    const at = nextToken(view, comma + 1);
    const full = abbreviations.get(view.raw[at] ?? "");
    const actor = full === undefined ? undefined : dictionary.actors.get(`place:${fold(full)}`);
    if (!actor) continue;
    const existing = drafts.at(at);
    if (existing && (existing.a !== at || existing.b !== at + 1)) continue;
    const draft = existing ?? drafts.add(newDraft(tokenSpan(view, at, at + 1), at, at + 1, "GPE", "alias"));
    Object.assign(draft, {
      type: "GPE",
      kind: "alias",
      actor: actor.id,
      canonical: actor.name,
      country: actor.country,
      geo: actor.geo,
      guess: undefined,
      initial: undefined,
      weak: undefined,
    });
  }
}
