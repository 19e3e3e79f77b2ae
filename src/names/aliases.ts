import { descriptors } from "../lexicon/descriptors.js";
import type { Draft, Drafts } from "./draft.js";
import { prevToken, type TextView } from "./text-view.js";

const OPENING_QUOTES = new Set(['"', "\u201c", "'", "\u2018"]);
// "X, who is also known as Y", "X, who was dubbed Y", "X, which is known as Y".
const RELATIVES = new Set(["who", "which", "that"]);
const AUXILIARIES = new Set(["is", "was", "are", "were", "been", "'s", "\u2019s"]);
const PERFECT = new Set(["has", "have", "had"]);
const DASHES = new Set(["-", "\u2010", "\u2011", "\u2013"]);

/**
 * Another name given right after a person's or an organization's name ("Jimmy Chérizier, who is also known as
 * Barbecue", "Ana Diaz (a.k.a. 'La Jefa')", "the Zoragi Brigade, dubbed the Wolves"): the second name is an alias, a
 * mention of the same entity (lexicon/descriptors.json aliasCues), not an entity of its own. A name the dictionary
 * knows keeps its own entity. A few token probes per name.
 */
export function readAliases(view: TextView, drafts: Drafts): void {
  for (const x of drafts.list) {
    if (x.dropped || x.kind !== "name" || (x.actor !== undefined && !x.actor.startsWith("thing:") && !x.weak)) continue;
    // A whole name, not a piece cut at a hyphen ("known as the Trans- Pacific Partnership").
    if (DASHES.has(view.raw[x.b] ?? "") && !view.gap[x.b]) continue;
    const named = namedBefore(view, drafts, x);
    if (!named) continue;
    x.kind = "alias";
    x.type = named.type;
    x.apposedTo = named.start;
    x.actor = undefined;
    x.weak = undefined;
    x.initial = undefined;
    x.guess = undefined;
    x.tentative = undefined;
    x.cities = undefined;
    x.country ??= named.country;
  }
}

/** The person or organization whose other name x is, when an alias cue links them. */
function namedBefore(view: TextView, drafts: Drafts, x: Draft): Draft | undefined {
  let k = prevToken(view, x.a);
  if (k >= 0 && OPENING_QUOTES.has(view.raw[k] as string)) k = prevToken(view, k);
  // "dubbed the Wolves".
  if (k >= 0 && view.folded[k] === "the" && x.text.slice(0, 4).toLowerCase() !== "the ") k = prevToken(view, k);
  const cue = descriptors().aliasCues.find((c) => endsWith(view, k, c.words));
  if (!cue) return undefined;
  k = prevTokenBy(view, k, cue.words.length);
  // "who is also known as", "who has been dubbed".
  let linked = false;
  if (AUXILIARIES.has(view.folded[k] as string)) {
    k = prevToken(view, k);
    if (PERFECT.has(view.folded[k] as string)) k = prevToken(view, k);
    if (!RELATIVES.has(view.folded[k] as string)) return undefined;
  }
  if (RELATIVES.has(view.folded[k] as string)) {
    k = prevToken(view, k);
    linked = true;
  }
  if (view.raw[k] === "," || view.raw[k] === "(") {
    k = prevToken(view, k);
    linked = true;
  }
  if (cue.setOff && !linked) return undefined;
  const named = drafts.endingAt(k + 1);
  if (!named || named === x || named.dropped || named.kind === "nominal" || named.kind === "demonym") return undefined;
  if (named.type === "PERSON" || named.type === "ORG") return named;
  // "Ayungin Shoal, also known as Second Thomas Shoal": a place's other name, when it reads as a place too.
  const place = (t: string) => t === "LOC" || t === "GPE";
  return place(named.type) && (place(x.type) || x.guess) ? named : undefined;
}

/** The words end at token k ("also known as" with "as" at k). */
function endsWith(view: TextView, k: number, words: readonly string[]): boolean {
  let t = k;
  for (let w = words.length - 1; w >= 0; w--) {
    if (t < 0 || view.folded[t] !== words[w]) return false;
    if (w > 0) t = prevToken(view, t);
  }
  return true;
}

/** The token n words before k (whitespace skipped). */
function prevTokenBy(view: TextView, k: number, n: number): number {
  let t = k;
  for (let i = 0; i < n; i++) t = prevToken(view, t);
  return t;
}
