import { isCommonWord } from "../lexicon/common-words.js";
import { fold } from "../lexicon/fold.js";
import { givenNames } from "../lexicon/given-names.js";
import { knownProducts, longestProduct } from "../lexicon/products.js";
import { quantityLexicon } from "../quantity/lexicon.js";
import { fightersAfter } from "./descriptors.js";
import { dictionaryAt } from "./dictionary.js";
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
  knownNames(view, drafts);
  // Product lines of several words, written elsewhere without their number ("Internet Explorer" after "Internet
  // Explorer 9"); a one-word maker ("Boeing" of "Boeing 737") stays what the article makes it.
  const lines = new Set<string>();
  let singular: Set<string> | undefined;
  let byStart: Map<number, Draft> | undefined;
  let groups: Set<string> | undefined;
  for (const d of drafts) {
    // A company the dictionary knows still makes products ("Boeing 737", "Airbus A380"), and a known product has
    // versions ("Internet Explorer 6"); other known names keep theirs.
    const known = d.actor !== undefined && !d.weak && !/^(company|product):/.test(d.actor);
    if (d.dropped || d.kind !== "name" || known || view.headline[d.a]) continue;
    if (d.type === "GPE" || d.type === "LOC" || d.type === "NORP") continue;
    // "K17 rebels": a code that names an armed group, not a model, wherever the article writes it.
    groups ??= new Set(drafts.filter((x) => x.kind === "name" && fightersAfter(view, x.b)).map((x) => fold(x.text)));
    if (groups.has(fold(d.text))) continue;
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
    const model = MODEL.test(code) || (d.b - d.a > 1 && VERSION.test(code) && !measured(view, end));
    if (!model || YEAR.test(code)) continue;
    if (d.b - d.a > 1) lines.add(fold(d.text));
    byStart ??= new Map(drafts.filter((x) => x.kind === "name" && !x.dropped).map((x) => [x.a, x]));
    retype(view, d, edition(view, end, byStart));
  }
  if (lines.size === 0) return;
  for (const d of drafts) if (d.guess && d.kind === "name" && lines.has(fold(d.text))) retype(view, d, d.b);
}

/**
 * Names the product lexicon knows, alone or after their maker's name: "Chrome", "Google Chrome", "Boeing
 * Dreamliner" are things, not an organization or a person. A person's name ending on one ("Bernie Mac": a given name
 * first) stays a person, and a name the actor dictionary knows keeps its type. A few set probes per name.
 */
function knownNames(view: TextView, drafts: readonly Draft[]): void {
  const products = knownProducts();
  const longest = longestProduct();
  for (const d of drafts) {
    if (d.dropped || d.kind !== "name" || (d.actor !== undefined && !d.weak)) continue;
    // A title said it is a person ("Comedian Joe Mac" reads "Joe Mac" with its role).
    if (d.type === "PERSON" && !d.guess) continue;
    const words = fold(d.text).split(" ");
    for (let n = Math.min(longest, words.length); n >= 1; n--) {
      if (!products.has(words.slice(words.length - n).join(" "))) continue;
      // Only a maker's name of a word or two before it: "Place de la Concorde" is a square, "Bernie Mac" a person.
      const maker = words.slice(0, words.length - n);
      if (maker.length > 2 || maker.some((w) => !/^\p{Lu}/u.test(originalWord(d.text, w)))) break;
      if (maker.length > 0 && givenNames().has(words[0] as string)) break;
      retype(view, d, d.b);
      break;
    }
  }
}

/** The word of `text` that folds to `folded` (its original spelling, to see its capital). */
function originalWord(text: string, folded: string): string {
  for (const w of text.split(/\s+/)) if (fold(w) === folded) return w;
  return "";
}

/**
 * Where the maker's name ends in a product's name the lexicon knows by its last words ("Google" of "Google Chrome",
 * "Mozilla" of "Mozilla Firefox"): the token the product's own name starts at, or null. The maker is one or two
 * capitalised words that are no common English words, or a company the dictionary knows ("Apple").
 */
export function makerEnd(view: TextView, d: Draft, known: (a: number, b: number) => boolean): number | null {
  const products = knownProducts();
  for (let k = d.a + 1; k < d.b && k - d.a <= 2; k++) {
    if (!view.gap[k] || !products.has(fold(tokenSpan(view, k, d.b).text))) continue;
    if (known(d.a, k)) return k;
    for (let i = d.a; i < k; i++) if (!view.cap[i] || isCommonWord(view.folded[i] as string)) return null;
    return k;
  }
  return null;
}

/**
 * Up to two capitalised words right after a product's code name its edition or what is named after it: "iPhone 15
 * Pro Max", "Galaxy S24 Ultra", "Internet Explorer 6 Countdown". Not a word the dictionary knows (a company, a
 * place) or a time's. The names read there are taken into the product (dropped).
 */
function edition(view: TextView, end: number, byStart: ReadonlyMap<number, Draft>): number {
  let e = end;
  const sentence = view.tokens[end - 1]?.sentence;
  for (let n = 0; n < 2; n++) {
    const k = nextToken(view, e);
    if (k >= view.tokens.length || view.tokens[k]?.sentence !== sentence || !view.gap[k]) break;
    if (!view.word[k] || !view.cap[k] || view.inTime[k] || dictionaryAt(view, k, k + 1)) break;
    const inner = byStart.get(k);
    if (inner && inner.b > k + 1) break;
    if (inner) inner.dropped = true;
    e = k + 1;
  }
  return e;
}

/**
 * A unit or scale right after the number makes it an amount, not a version: "Rwasa 24 percent", "Lind 3 million",
 * "Berg 12 of them" (a clipped "… and candidate Berg 24 percent" list).
 */
function measured(view: TextView, end: number): boolean {
  const k = nextToken(view, end);
  const f = view.folded[k];
  if (f === undefined || view.tokens[k]?.sentence !== view.tokens[end - 1]?.sentence) return false;
  const q = quantityLexicon();
  return f === "of" || q.scales.has(f) || q.percent.longest((i) => view.folded[i], k) !== null;
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
