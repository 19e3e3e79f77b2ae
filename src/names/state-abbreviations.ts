import { actorDictionary } from "../lexicon/actors.js";
import { fold } from "../lexicon/fold.js";
import { placeAbbreviations } from "../lexicon/place-abbreviations.js";
import { type Drafts, newDraft } from "./draft.js";
import { nextToken, type TextView, tokenSpan } from "./text-view.js";

/**
 * "Buffalo, N.Y.", "Fresno, Calif.", "(D-Md.)": after a place and its comma, or a party's letter, a state's
 * abbreviation names that state (a place with its coordinates), not an organization or an unknown thing. Only
 * there: "Miss." and "Mass." are other words elsewhere.
 */
export function stateAbbreviations(view: TextView, drafts: Drafts): void {
  const after: number[] = [];
  for (const d of drafts.list) {
    if (d.dropped || d.type !== "GPE") continue;
    const comma = nextToken(view, d.b);
    if (view.raw[comma] === ",") after.push(nextToken(view, comma + 1));
  }
  // "(D-Md.)", "(R-Tenn.)": a lawmaker's party and state.
  for (let t = 3; t < view.tokens.length; t++)
    if (view.raw[t - 1] === "-" && /^[DRIL]$/.test(view.raw[t - 2] as string) && view.raw[t - 3] === "(") after.push(t);
  const abbreviations = placeAbbreviations();
  const dictionary = actorDictionary();
  for (const at of after) {
    // The tokenizer keeps "N.Y." whole but cuts "Md." into "Md" and ".".
    const dotted = view.raw[at + 1] === "." && !view.gap[at + 1];
    const whole = abbreviations.get(view.raw[at] ?? "");
    const full = whole ?? (dotted ? abbreviations.get(`${view.raw[at]}.`) : undefined);
    const end = whole === undefined ? at + 2 : at + 1;
    const actor = full === undefined ? undefined : dictionary.actors.get(`place:${fold(full)}`);
    if (!actor) continue;
    const existing = drafts.at(at);
    if (existing && (existing.a !== at || existing.b > end)) continue;
    // A shorter reading of the same word ("Md" without its dot) gives way.
    if (existing && existing.b !== end) existing.dropped = true;
    const draft =
      existing && existing.b === end
        ? existing
        : drafts.add(newDraft(tokenSpan(view, at, end), at, end, "GPE", "alias"));
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
