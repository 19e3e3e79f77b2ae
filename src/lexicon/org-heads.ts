import { once, readLexicon } from "./read-lexicon.js";

export interface OrgHead {
  /** An organ of a state: a demonym or capital before it stands for the state. */
  state: boolean;
  /** Makes an organization only when capitalised ("Times", "Motors"). */
  caps: boolean;
  /** A newspaper's last word, used alone for the paper named in full ("the Journal"). */
  masthead: boolean;
  /** "the <head>" alone may refer back to an organization named before. */
  nominal: boolean;
  /** "the <head>" may refer back to any organization named before ("the company" to "Meta"). */
  any: boolean;
}

export interface HeadLexicon {
  org: ReadonlyMap<string, OrgHead>;
  loc: ReadonlySet<string>;
  gpe: ReadonlySet<string>;
  other: ReadonlySet<string>;
  stateNouns: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  /** Last words of a road's name before its number ("Interstate 45", "Highway 16"). */
  roadNumbers: ReadonlySet<string>;
  /** First words that make a name an organization ("Air", "Bank"). */
  prefixes: ReadonlySet<string>;
  /** Heads of organizations and events named for their place: a place inside the name is mentioned too. */
  placeHeads: ReadonlySet<string>;
  /** Words before a place's head that make the name an organization ("Seismic Research Center"). */
  orgBeforePlace: ReadonlySet<string>;
  /** Lower-case nouns after an award's capitalised name ("the Player of the Year award"). */
  awardNouns: ReadonlySet<string>;
  /** Heads after an organization's name that say what kind of body it is ("coalition", "party"), not a part of it. */
  kindNouns: ReadonlySet<string>;
  /** Head word (or two) → the organ it names ("army" and "military" one): a number per group. */
  sameOrgan: ReadonlyMap<string, number>;
}

interface HeadsFile {
  org: Record<string, { state?: boolean; caps?: boolean; masthead?: boolean; nominal?: boolean; any?: boolean }>;
  loc: string[];
  gpe: string[];
  other: string[];
  stateNouns: string[];
  placeNouns: string[];
  roadNumbers?: string[];
  prefixes: string[];
  placeHeads: string[];
  awardNouns: string[];
  orgBeforePlace?: string[];
  kindNouns?: string[];
  sameOrgan?: { groups: string[][] };
}

/** lexicon/org-heads.json, loaded once. */
export const heads = once((): HeadLexicon => {
  const file = readLexicon<HeadsFile>("org-heads.json");
  const org = new Map<string, OrgHead>();
  for (const [word, h] of Object.entries(file.org)) {
    org.set(word, {
      state: h.state === true,
      caps: h.caps === true,
      masthead: h.masthead === true,
      nominal: h.nominal !== false,
      any: h.any === true,
    });
  }
  return {
    org,
    loc: new Set(file.loc),
    gpe: new Set(file.gpe),
    other: new Set(file.other),
    stateNouns: new Set(file.stateNouns),
    placeNouns: new Set(file.placeNouns),
    roadNumbers: new Set(file.roadNumbers ?? []),
    prefixes: new Set(file.prefixes),
    awardNouns: new Set(file.awardNouns),
    orgBeforePlace: new Set(file.orgBeforePlace ?? []),
    kindNouns: new Set(file.kindNouns ?? []),
    sameOrgan: new Map(
      (file.sameOrgan?.groups ?? []).flatMap((group, i) => group.map((w): [string, number] => [w, i])),
    ),
    placeHeads: new Set([...file.placeHeads, ...[...org].filter(([, h]) => h.state).map(([w]) => w)]),
  };
});
