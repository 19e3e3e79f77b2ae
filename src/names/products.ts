import { fold } from "../lexicon/fold.js";
import type { Draft } from "./draft.js";
import { nextToken, type TextView, tokenSpan } from "./text-view.js";

// A model or series number: "737", "737-800", "A380", "A400M", "S10", "747s". One or two digits alone are too
// often a channel, a route or a group ("Channel 4", "Route 66"); four-digit years name events, not models.
const MODEL = /^(?:\p{Lu}{1,3}\d{1,4}\p{Lu}{0,2}|\d{3}(?:-\d{1,4})?)s?$/u;
const YEAR = /^(1[89]|20)\d\d$/;
const VERSION = /^\d{1,2}(\.\d{1,2})?$/;

/**
 * A name with a model number is a product, not its maker: "Boeing 737-800", "Airbus A380", "FTSE 100", "IE6",
 * "A400M" are things (OTHER), whose maker the article names apart. "Air France Flight 447" keeps its airline:
 * the flight number ends the name before "Flight". Names the dictionary knows ("G20") are left alone.
 */
export function readProducts(view: TextView, drafts: readonly Draft[]): void {
  // Product lines of several words, written elsewhere without their number ("Internet Explorer" after "Internet
  // Explorer 9"); a one-word maker ("Boeing" of "Boeing 737") stays what the article makes it.
  const lines = new Set<string>();
  let singular: Set<string> | undefined;
  for (const d of drafts) {
    if (d.dropped || d.kind !== "name" || (d.actor !== undefined && !d.weak) || view.headline[d.a]) continue;
    if (d.type === "GPE" || d.type === "LOC" || d.type === "NORP") continue;
    const last = d.b - 1;
    // "IE6", or a code the tokenizer cut after its letters ("A3" + "80s", "X" + "90s").
    if (/\d/.test(view.raw[last] as string) || (!view.gap[d.b] && /^\d/.test(view.raw[d.b] ?? ""))) {
      retype(view, d, glued(view, d.b));
      continue;
    }
    if (d.guess && d.b === d.a + 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(d.text)) {
      // "the Polaroids" where the article also writes "Polaroid": things counted by their brand.
      singular ??= capitalisedWords(view);
      if (singular.has((view.folded[d.a] as string).slice(0, -1))) retype(view, d, d.b);
      continue;
    }
    const n = nextToken(view, d.b);
    if (n >= view.tokens.length || !view.gap[n]) continue;
    const end = glued(view, n + 1);
    const code = joined(view, n, end);
    // A version after a name of several words is a release too: "Internet Explorer 9", "Mac OS 9".
    const model = MODEL.test(code) || (d.b - d.a > 1 && VERSION.test(code));
    if (!model || YEAR.test(code)) continue;
    if (d.b - d.a > 1) lines.add(fold(d.text));
    retype(view, d, end);
  }
  if (lines.size === 0) return;
  for (const d of drafts) if (d.guess && d.kind === "name" && lines.has(fold(d.text))) retype(view, d, d.b);
}

/** The capitalised words written inside sentences, folded. */
function capitalisedWords(view: TextView): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < view.tokens.length; i++)
    if (view.cap[i] && view.word[i] && !view.initial[i]) out.add(view.folded[i] as string);
  return out;
}

/** Tokens glued to the one before end (no space between) that go on the code: "A3"+"80s", "787"+"s". */
function glued(view: TextView, end: number): number {
  let e = end;
  while (
    e < view.tokens.length &&
    !view.gap[e] &&
    /^[\p{L}\d-]+$/u.test(view.raw[e] as string) &&
    /\d|^s$/.test(view.raw[e] as string)
  )
    e++;
  return e;
}

function joined(view: TextView, a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) s += view.raw[k];
  return s;
}

function retype(view: TextView, d: Draft, end: number): void {
  const span = tokenSpan(view, d.a, end);
  d.start = span.start;
  d.end = span.end;
  d.text = span.text;
  d.b = end;
  d.type = "OTHER";
  // Its own entity, never an organization's however often named (cluster.ts reads the "product:" key).
  d.actor = `product:${fold(d.text)}`;
  d.canonical = undefined;
  d.guess = undefined;
  d.weak = undefined;
  d.initial = undefined;
}
