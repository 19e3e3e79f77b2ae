import { actorDictionary } from "../lexicon/actors.js";
import { descriptors } from "../lexicon/descriptors.js";
import { notNames } from "../lexicon/not-names.js";
import { heads } from "../lexicon/org-heads.js";
import { dictionaryAt } from "./dictionary.js";
import { type Draft, type Drafts, newDraft } from "./draft.js";
import { makerEnd } from "./products.js";
import { addDictionary, REGION_WORDS } from "./read-run.js";
import { prevToken, type TextView, tokenSpan } from "./text-view.js";

/**
 * Names inside names: a place, a state or an organization the dictionary knows inside an organization's or an
 * event's name ("University of North Carolina", "Fan Expo Canada", "US Air Force", "FIFA World Cup"), a person the
 * article names in full ("Andy Warhol" in "the Andy Warhol Foundation", "Warhol" in "the Warhol Factory") and an
 * organization the article names on its own inside a thing's name ("Google" in "Google Science Fair"). Each is a
 * mention of its own entity beside the longer name, which stays whole. Linear: a few dictionary probes per token
 * of a name of several words.
 */
export function readNested(view: TextView, drafts: Drafts): void {
  const outers = drafts.list.filter(
    (d) =>
      d.kind === "name" &&
      !d.dropped &&
      !d.weak &&
      !d.initial &&
      !d.tentative &&
      d.b - d.a > 1 &&
      (d.type === "ORG" || d.type === "OTHER" || d.type === "LOC") &&
      (d.actor === undefined || /^(product|thing|org@)/.test(d.actor)),
  );
  if (outers.length === 0) return;
  const { people, surnames, orgs, firsts } = known(view, drafts.list);
  // "Israel" of "Israel Police" is read already with the organ of state it owns (readRun): once is enough.
  const read = new Set(drafts.list.filter((d) => !d.dropped).map((d) => `${d.a}:${d.b}`));
  for (const d of outers) {
    let k = d.a;
    while (k < d.b) {
      if (!view.word[k] || !view.cap[k]) {
        k++;
        continue;
      }
      const opens = firsts.has(view.folded[k] as string);
      const end =
        (opens || surnames.has(view.folded[k] as string) ? person(view, drafts, d, k, people, surnames) : null) ??
        place(view, drafts, d, k, read) ??
        (opens && d.type === "OTHER" && k === d.a && !/\d/.test(d.text) ? org(view, drafts, d, k, orgs) : null) ??
        (k === d.a && d.actor?.startsWith("product:") ? maker(view, drafts, d) : null) ??
        (k === d.a && d.type === "OTHER" && d.actor === undefined ? organizer(view, drafts, d) : null);
      k = end ?? k + 1;
    }
  }
}

/** A dictionary actor (not a nationality) or a city inside the name, at token k. Returns where it ends, or null. */
function place(view: TextView, drafts: Drafts, d: Draft, k: number, read: ReadonlySet<string>): number | null {
  const head = d.head ?? headBeforeOf(view, d);
  if (!head || !heads().placeHeads.has(head)) return null;
  const hit = dictionaryAt(view, k, d.b);
  if (!hit || (hit.a === d.a && hit.b === d.b)) return null;
  if (read.has(`${hit.a}:${hit.b}`)) return hit.b;
  // "University" and "Air" are towns too: a word that makes the name what it is names no place inside it.
  if (hit.b - hit.a === 1 && isHeadWord(view.folded[k] as string)) return null;
  // A place opens the name or follows "of" ("Irving Police Department", "University of Arkansas"); a town's name
  // elsewhere in it is a person's or a word's ("the Mary & Leigh Block Museum").
  const p = prevToken(view, k);
  const of = view.folded[p] === "the" ? prevToken(view, p) : p;
  const placed = k === d.a || view.folded[of] === "of" || (REGION_WORDS.has(view.folded[p] as string) && view.cap[p]);
  if (!placed) return null;
  const dict = actorDictionary();
  // A company's name inside another is a brand ("Apple Corps", "Boeing Commercial Airplanes"), no mention of it.
  const phrases = hit.phrases.filter(
    (p) =>
      (p.kind === "name" || p.kind === "alias" || p.capital) &&
      dict.actors.get(p.actor)?.type !== "NORP" &&
      !p.actor.startsWith("company:"),
  );
  if (phrases.length === 0 && hit.cities.length === 0) return null;
  const before = drafts.list.length;
  if (!addDictionary(view, drafts, { ...hit, phrases })) return null;
  for (let i = before; i < drafts.list.length; i++) inside(drafts.list[i] as Draft);
  // "Southern Indiana": a compass word before the place belongs to it, as GUM and the gazetteers write regions.
  const added = drafts.list[before];
  if (added && p >= d.a && REGION_WORDS.has(view.folded[p] as string) && view.cap[p]) {
    const span = tokenSpan(view, p, added.b);
    Object.assign(added, { start: span.start, text: span.text, a: p, actor: undefined, canonical: undefined });
  }
  return hit.b;
}

/** A person the article names elsewhere, by full name or (first in the name) by surname. */
function person(
  view: TextView,
  drafts: Drafts,
  d: Draft,
  k: number,
  people: ReadonlyMap<string, Draft>,
  surnames: ReadonlyMap<string, Draft>,
): number | null {
  // The person is part of the name, never all of it.
  const last = Math.min(k === d.a ? d.b - 1 : d.b, k + 5);
  let key = view.folded[k] as string;
  let found = -1;
  for (let e = k + 1; e <= last; e++) {
    if (e > k + 1) key += (view.gap[e - 1] ? " " : "") + view.folded[e - 1];
    if (!view.word[e - 1] || (e - k === 1 && k !== d.a)) continue;
    const known = people.get(key);
    if (known && known !== d) found = e;
  }
  if (found > 0) {
    add(view, drafts, k, found, people.get(keyOf(view, k, found)) as Draft);
    return found;
  }
  const owner = k === d.a ? surnames.get(view.folded[k] as string) : undefined;
  if (owner && d.b - d.a > 1) {
    add(view, drafts, k, k + 1, owner);
    return k + 1;
  }
  return null;
}

/** An organization named on its own in the article that opens a thing's name ("Google Science Fair"). */
function org(view: TextView, drafts: Drafts, d: Draft, k: number, orgs: ReadonlyMap<string, Draft>): number | null {
  let key = view.folded[k] as string;
  let found = -1;
  for (let e = k + 1; e < d.b; e++) {
    if (e > k + 1) key += (view.gap[e - 1] ? " " : "") + view.folded[e - 1];
    const known = orgs.get(key);
    if (known && known !== d) found = e;
  }
  if (found < 0) return null;
  add(view, drafts, k, found, orgs.get(keyOf(view, k, found)) as Draft);
  return found;
}

/** The maker opening a known product's name ("Google" of "Google Chrome"): an organization. */
function maker(view: TextView, drafts: Drafts, d: Draft): number | null {
  let company: string | undefined;
  const end = makerEnd(view, d, (a, b) => {
    const hit = dictionaryAt(view, a, b);
    company =
      hit?.b === b ? hit.phrases.find((p) => actorDictionary().actors.get(p.actor)?.type === "ORG")?.actor : undefined;
    return company !== undefined;
  });
  if (end === null) return null;
  const m = drafts.add(newDraft(tokenSpan(view, d.a, end), d.a, end, "ORG", "name"));
  m.actor = company;
  inside(m);
  return end;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const ROMAN = /^[IVXLC]+$/;

/**
 * An acronym opening an event's or a thing's name is who holds it: "UEFA" of "UEFA Champions League", "FIRST" of
 * "FIRST Global Challenge". Not a word the not-names list keeps out ("COVID", "AI"), not a Roman numeral, not a
 * name with a number (a model: "BMW X5"), not the acronym of the words after it.
 */
function organizer(view: TextView, drafts: Drafts, d: Draft): number | null {
  const raw = view.raw[d.a] as string;
  if (!ACRONYM.test(raw) || ROMAN.test(raw) || /\d/.test(d.text) || notNames().has(view.folded[d.a] as string))
    return null;
  // "USS Mason", "MV Galaxy Leader": a prefix that says what the name is (a ship) belongs to no one.
  if (descriptors().namePrefixes.has(view.folded[d.a] as string)) return null;
  if (!view.gap[d.a + 1]) return null;
  // "TARP Troubled Assets Relief Program": the acronym of the words after it is the thing's own.
  let initials = "";
  for (let k = d.a + 1; k < d.b; k++) if (view.cap[k] && view.word[k]) initials += (view.raw[k] as string)[0];
  if (initials.startsWith(raw)) return null;
  const hit = dictionaryAt(view, d.a, d.a + 1);
  if (hit?.b === d.a + 1 && hit.phrases.length > 0) {
    const before = drafts.list.length;
    if (!addDictionary(view, drafts, hit)) return null;
    for (let i = before; i < drafts.list.length; i++) inside(drafts.list[i] as Draft);
    return d.a + 1;
  }
  inside(drafts.add(newDraft(tokenSpan(view, d.a, d.a + 1), d.a, d.a + 1, "ORG", "name")));
  return d.a + 1;
}

/** The folded text of tokens [a, b) as fold() writes a name: words apart where the text has a space. */
function keyOf(view: TextView, a: number, b: number): string {
  let key = view.folded[a] as string;
  for (let e = a + 1; e < b; e++) key += (view.gap[e] ? " " : "") + view.folded[e];
  return key;
}

function add(view: TextView, drafts: Drafts, a: number, b: number, like: Draft): void {
  const d = drafts.add(newDraft(tokenSpan(view, a, b), a, b, like.type, "name"));
  // The same organization as the name it repeats: one entity ("Google" in "Google Chrome" and "Google said").
  d.actor = like.actor && /^(org@|company:)/.test(like.actor) ? like.actor : undefined;
  d.country = like.country;
  inside(d);
}

function inside(d: Draft): void {
  d.inside = true;
}

interface Known {
  people: Map<string, Draft>;
  surnames: Map<string, Draft>;
  orgs: Map<string, Draft>;
  /** First words of the people's and organizations' names: only there can one start inside a longer name. */
  firsts: Set<string>;
}

/**
 * The people (named in full) and organizations the article names on their own evidence (not guessed defaults, not
 * weak words), by folded text, and the last words of those people when only one person has that surname.
 */
function known(view: TextView, list: readonly Draft[]): Known {
  const out: Known = { people: new Map(), surnames: new Map(), orgs: new Map(), firsts: new Set() };
  const shared = new Set<string>();
  for (const d of list) {
    if (d.kind !== "name" || d.dropped || d.weak || d.inside || (d.type !== "PERSON" && d.type !== "ORG")) continue;
    if (d.type === "ORG") {
      if (d.initial) continue;
      out.orgs.set(keyOf(view, d.a, d.b), d);
      out.firsts.add(view.folded[d.a] as string);
      continue;
    }
    if (d.b - d.a < 2) continue;
    const key = keyOf(view, d.a, d.b);
    if (!d.initial) {
      out.people.set(key, d);
      out.firsts.add(view.folded[d.a] as string);
    }
    const last = key.slice(key.lastIndexOf(" ") + 1);
    const seen = out.surnames.get(last);
    if (seen && keyOf(view, seen.a, seen.b) !== key) shared.add(last);
    out.surnames.set(last, d);
  }
  for (const w of shared) out.surnames.delete(w);
  return out;
}

/** "Municipality" of "the Municipality of Livorno": the word before the name's first "of". */
function headBeforeOf(view: TextView, d: Draft): string | undefined {
  for (let k = d.a + 1; k < d.b; k++) if (view.folded[k] === "of") return view.folded[prevToken(view, k)];
  return undefined;
}

function isHeadWord(f: string): boolean {
  const lex = heads();
  return lex.org.has(f) || lex.loc.has(f) || lex.gpe.has(f) || lex.other.has(f) || lex.prefixes.has(f);
}
