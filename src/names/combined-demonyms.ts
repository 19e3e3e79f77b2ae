import type { Draft } from "./draft.js";

// Combining forms of nationalities, as in "Franco-German", "Sino-US", "Anglo-Irish": a closed class of English.
const COMBINING =
  /^(?:Franco|Sino|Anglo|Russo|Indo|Greco|Austro|Italo|Afro|Euro|Judeo|Turco|Hispano|Germano|Polono|Nippo|Luso|Serbo|Czecho|Dano|Irano|Israeli|Arab|Saudi|Swiss|US|U\.S\.)-/;
const SECOND = /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*$/u;

/**
 * "a Franco-German idea", "Sino-US talks": nationalities joined by a combining form are a nationality (NORP) of
 * several states, not a person named Franco nor an unknown thing.
 */
export function readCombinedDemonyms(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.dropped || d.kind !== "name" || !/-/.test(d.text) || /\s/.test(d.text)) continue;
    const m = COMBINING.exec(d.text);
    if (!m || !SECOND.test(d.text.slice(m[0].length))) continue;
    d.type = "NORP";
    d.actor = undefined;
    d.canonical = undefined;
    d.guess = undefined;
    d.country = undefined;
  }
}
