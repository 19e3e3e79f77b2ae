import type { EntityType } from "../article/analysis.js";
import { countries } from "./countries.js";
import { fold } from "./fold.js";
import { PhraseIndex } from "./phrase-index.js";
import { once, readLexicon } from "./read-lexicon.js";

/** Something that gets its own entity: a country, an organization, a region. */
export interface Actor {
  /** The clustering key: ISO code for countries ("RU"), the actors.json id otherwise ("EU", "place:black sea"). */
  id: string;
  type: EntityType;
  name: string;
  country?: string;
  geo?: { lat: number; lon: number };
  /** The adjective for a country ("North Korean"), used to name its organs. */
  demonym?: string;
  isCountry: boolean;
  /** Head nouns a description of it may take ("the group" for Hamas): it is named by none of them. */
  heads?: string[];
}

export type PhraseKind = "name" | "alias" | "metonym" | "demonym" | "people";

/** What one dictionary phrase stands for. */
export interface ActorPhrase {
  actor: string;
  kind: PhraseKind;
  /** Whether a "the" before the phrase joins it, or must be there. */
  the?: "optional" | "required";
  /** Fires only when the article also names one of these actors. */
  context?: string[];
  from?: string;
  until?: string;
  /** Also a city: stands for the actor only in a state context. */
  capital?: boolean;
  /**
   * A name several countries share ("Congo", "Congolese"): the countries it may stand for, the one it stands for
   * when the article names none of them first. The phrase is indexed once for each; the article decides which holds.
   */
  among?: readonly string[];
  /** Stands for the actor only right after one of these words ("X" the platform only "on X", "to X"). */
  after?: readonly string[];
}

interface Dated {
  the?: "optional" | "required";
  context?: string[];
  from?: string;
  until?: string;
}
interface ActorsFile {
  ignoreCountryNames: string[];
  ignoreCapitals: string[];
  countryNames: ({ for: string; names?: string[]; demonyms?: string[] } & Dated)[];
  /** Names and demonyms several countries share; `for` lists them, the usual reading first. */
  sharedNames?: { for: string[]; names?: string[]; demonyms?: string[] }[];
  actors: ({
    id: string;
    type: EntityType;
    name: string;
    names: string[];
    /** Words for its members, read like a country's demonym ("Republican Donald Trump", "Democrats said"). */
    members?: string[];
    /** The member words fire only when the article names one of these actors (the party's country). */
    membersContext?: string[];
    /** Head nouns of descriptions that refer back to it ("group"). */
    heads?: string[];
    /**
     * Names it shares with other bodies or people ("RSF" is Reporters Without Borders too, "Wagner" a composer):
     * they stand for it only when the article names one of `context` (its country, where it fights).
     */
    contextNames?: { names: string[]; context: string[] };
    /** Names that stand for it only right after one of `after` ("on X", "took to X": the platform X). */
    cuedNames?: { names: string[]; after: string[] };
    country?: string;
    lat?: number;
    lon?: number;
  } & Dated)[];
  metonyms: ({ for: string; names: string[]; capital?: boolean } & Dated)[];
}
interface PlacesFile {
  places: {
    name: string;
    type: EntityType;
    lat: number;
    lon: number;
    country?: string;
    the?: "optional" | "required";
    aliases?: string[];
    /** Adjectives of the place ("European", "North American"): a nationality-like word, never a name. */
    demonyms?: string[];
  }[];
}

export interface ActorDictionary {
  actors: ReadonlyMap<string, Actor>;
  phrases: PhraseIndex<ActorPhrase>;
}

/**
 * The actor dictionary: countries (names, aliases, demonyms, capitals) from countries.json, plus the
 * organizations, metonyms and regions of actors.json and places.json. Built once (a few ms).
 */
export const actorDictionary = once((): ActorDictionary => {
  const file = readLexicon<ActorsFile>("actors.json");
  const places = readLexicon<PlacesFile>("places.json");
  const actors = new Map<string, Actor>();
  const phrases = new PhraseIndex<ActorPhrase>();
  const ignoreNames = new Set(file.ignoreCountryNames.map((n) => fold(n)));
  const ignoreCapitals = new Set(file.ignoreCapitals.map((n) => fold(n)));

  // Country names and demonyms can be shared ("Congolese", "Dutch"): keep a phrase only when it names one
  // country, preferring independent states; actors.json's countryNames settle the rest explicitly.
  const owners = new Map<string, { phrase: string; kind: PhraseKind; codes: Set<string> }>();
  const claim = (phrase: string, kind: PhraseKind, code: string) => {
    const key = `${kind}\u0000${fold(phrase)}`;
    const seen = owners.get(key) ?? { phrase, kind, codes: new Set<string>() };
    seen.codes.add(code);
    owners.set(key, seen);
  };
  for (const c of countries().values()) {
    actors.set(c.code, {
      id: c.code,
      type: "GPE",
      name: c.name,
      country: c.code,
      geo: { lat: c.lat, lon: c.lon },
      isCountry: true,
      ...(c.demonyms[0] ? { demonym: c.demonyms[0] } : {}),
    });
    for (const n of [c.name, ...c.aliases]) if (!ignoreNames.has(fold(n))) claim(n, "name", c.code);
    // The ignored names are names only: a word both ("Saudi") keeps its demonym reading.
    for (const d of c.demonyms) {
      claim(d, "demonym", c.code);
      const plural = pluralOf(d);
      if (plural) claim(plural, "people", c.code);
    }
  }
  const explicit = new Set<string>();
  for (const entry of [...file.countryNames, ...(file.sharedNames ?? [])]) {
    for (const n of entry.names ?? []) explicit.add(`name\u0000${fold(n)}`);
    for (const d of entry.demonyms ?? []) {
      explicit.add(`demonym\u0000${fold(d)}`);
      const plural = pluralOf(d);
      if (plural) explicit.add(`people\u0000${fold(plural)}`);
    }
  }
  const all = countries();
  for (const [key, { phrase, kind, codes }] of owners) {
    if (explicit.has(key)) continue;
    let chosen = [...codes];
    if (chosen.length > 1) chosen = chosen.filter((code) => all.get(code)?.independent);
    const only = chosen.length === 1 ? chosen[0] : undefined;
    if (only) phrases.add(phrase, { actor: only, kind });
  }
  for (const entry of file.countryNames) {
    const dated = datedOf(entry);
    for (const n of entry.names ?? []) phrases.add(n, { actor: entry.for, kind: "name", ...dated });
    for (const d of entry.demonyms ?? []) {
      phrases.add(d, { actor: entry.for, kind: "demonym", ...dated });
      const plural = pluralOf(d);
      if (plural) phrases.add(plural, { actor: entry.for, kind: "people", ...dated });
    }
  }

  // Shared names ("Congo", "Congolese"): indexed for each country they may mean; names/shared-names.ts lets the
  // article's own unambiguous mentions choose ("Democratic Republic of Congo … Congo" is one country).
  for (const entry of file.sharedNames ?? []) {
    const among = entry.for;
    for (const code of among) {
      for (const n of entry.names ?? []) phrases.add(n, { actor: code, kind: "name", among });
      for (const d of entry.demonyms ?? []) {
        phrases.add(d, { actor: code, kind: "demonym", among });
        const plural = pluralOf(d);
        if (plural) phrases.add(plural, { actor: code, kind: "people", among });
      }
    }
  }

  // Capitals may stand for their state ("Moscow said"); context decides (names/metonymy.ts).
  // actors.json's metonyms say better whom a capital stands for ("Brussels" → the EU, not Belgium).
  const overridden = new Set(file.metonyms.flatMap((m) => m.names.map((n) => fold(n))));
  for (const c of all.values()) {
    if (!c.capital) continue;
    const name = fold(c.capital.name);
    if (ignoreCapitals.has(name) || overridden.has(name)) continue;
    phrases.add(c.capital.name, { actor: c.code, kind: "metonym", capital: true });
  }
  for (const m of file.metonyms) {
    for (const n of m.names) {
      phrases.add(n, { actor: m.for, kind: "metonym", ...(m.capital ? { capital: true } : {}), ...datedOf(m) });
    }
  }

  // lexicon/companies.json: well-known companies, kept apart so that an analyst finds and extends them easily.
  const companies = readLexicon<Pick<ActorsFile, "actors">>("companies.json").actors;
  for (const a of [...file.actors, ...companies]) {
    actors.set(a.id, {
      id: a.id,
      type: a.type,
      name: a.name,
      isCountry: false,
      ...(a.country ? { country: a.country } : {}),
      ...(a.lat != null && a.lon != null ? { geo: { lat: a.lat, lon: a.lon } } : {}),
      ...(a.heads ? { heads: a.heads } : {}),
    });
    for (const n of a.names) phrases.add(n, { actor: a.id, kind: "name", ...datedOf(a) });
    for (const n of a.contextNames?.names ?? [])
      phrases.add(n, { actor: a.id, kind: "name", ...datedOf(a), context: a.contextNames?.context ?? [] });
    for (const n of a.cuedNames?.names ?? [])
      phrases.add(n, { actor: a.id, kind: "name", ...datedOf(a), after: a.cuedNames?.after ?? [] });
    // A party's members ("Republican", "Democrat"): words for its people, as demonyms are for a country's.
    // Member words are commoner than the party's name ("Democratic" is an adjective anywhere): they may ask for
    // the party's country to be named in the article.
    const members = { ...datedOf(a), ...(a.membersContext ? { context: a.membersContext } : {}) };
    for (const d of a.members ?? []) {
      phrases.add(d, { actor: a.id, kind: "demonym", ...members });
      const plural = pluralOf(d);
      if (plural) phrases.add(plural, { actor: a.id, kind: "people", ...members });
    }
  }
  for (const p of places.places) {
    const id = `place:${fold(p.name)}`;
    actors.set(id, {
      id,
      type: p.type,
      name: p.name,
      isCountry: false,
      geo: { lat: p.lat, lon: p.lon },
      ...(p.country ? { country: p.country } : {}),
    });
    for (const n of [p.name, ...(p.aliases ?? [])]) phrases.add(n, { actor: id, kind: "name", ...datedOf(p) });
    for (const d of p.demonyms ?? []) {
      phrases.add(d, { actor: id, kind: "demonym" });
      const plural = pluralOf(d);
      if (plural) phrases.add(plural, { actor: id, kind: "people" });
    }
  }
  return { actors, phrases: phrases.seal() };
});

function datedOf(d: Dated): Dated {
  const out: Dated = {};
  if (d.the) out.the = d.the;
  if (d.context) out.context = d.context;
  if (d.from) out.from = d.from;
  if (d.until) out.until = d.until;
  return out;
}

/** "Russian" → "Russians"; none for "Chinese", "British", "Swiss", "Dutch" (their plural is the word itself). */
export function pluralOf(demonym: string): string | null {
  if (/(ese|sh|ch|s|x|z)$/i.test(demonym) || /[^\p{L}]$/u.test(demonym)) return null;
  return `${demonym}s`;
}
