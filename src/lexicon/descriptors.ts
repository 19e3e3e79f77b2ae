import type { EntityType } from "../article/analysis.js";
import { once, readLexicon } from "./read-lexicon.js";

/** What a descriptor noun says of the name beside it. */
export type DescribedType = Extract<EntityType, "PERSON" | "ORG" | "OTHER" | "GPE" | "LOC">;

export interface DescriptorLexicon {
  /** Single descriptor nouns → type. */
  words: ReadonlyMap<string, DescribedType>;
  /** Two-word descriptors keyed "first last" ("aircraft carrier"): they win over their last word alone. */
  pairs: ReadonlyMap<string, DescribedType>;
  /** Last words of the two-word descriptors, so one Map probe tells whether a pair may end here. */
  pairEnds: ReadonlySet<string>;
  namePrefixes: ReadonlyMap<string, DescribedType>;
  /** Descriptors (words and pairs) of things with names of their own, that type a name right before them too. */
  namedBefore: ReadonlySet<string>;
  /** Nouns a name owns ("Acme's shares", "the anchor of the Kestrel") → the type they tell; words and pairs. */
  possessed: ReadonlyMap<string, DescribedType>;
  modified: ReadonlySet<string>;
  /** Nouns for an armed group's members after its name ("M23 rebels"): the name is an organization. */
  fighters: ReadonlySet<string>;
  /** Cues before another name of the same person or organization, as word lists ("also known as", "dubbed"). */
  aliasCues: readonly { words: readonly string[]; setOff: boolean }[];
  orgSuffixes: ReadonlySet<string>;
  /** Names of languages that are no nationality's adjective ("Pashto"): after "in", no place. */
  languages: ReadonlySet<string>;
}

interface DescriptorsFile {
  org: string[];
  person: string[];
  other: string[];
  gpe: string[];
  loc: string[];
  namePrefixes: Record<string, DescribedType>;
  namedBefore?: string[];
  possessed: { org: string[]; person: string[]; other: string[]; gpe?: string[] };
  modified: string[];
  fighters: string[];
  aliasCues: { adjacent: string[]; setOff: string[] };
  orgSuffixes: string[];
  languages?: string[];
}

/** lexicon/descriptors.json, loaded once. */
export const descriptors = once((): DescriptorLexicon => {
  const file = readLexicon<DescriptorsFile>("descriptors.json");
  const words = new Map<string, DescribedType>();
  const pairs = new Map<string, DescribedType>();
  const pairEnds = new Set<string>();
  const lists: [string[], DescribedType][] = [
    [file.person, "PERSON"],
    [file.gpe, "GPE"],
    [file.loc, "LOC"],
    [file.other, "OTHER"],
    [file.org, "ORG"],
  ];
  // Later lists win a word both name ("oilfield" a place and a thing): organizations last, as the commonest.
  for (const [list, type] of lists) {
    for (const entry of list) {
      const parts = entry.split(" ");
      if (parts.length === 1) words.set(entry, type);
      else {
        pairs.set(parts.slice(-2).join(" "), type);
        pairEnds.add(parts[parts.length - 1] as string);
      }
    }
  }
  return {
    words,
    pairs,
    pairEnds,
    namePrefixes: new Map(Object.entries(file.namePrefixes)),
    namedBefore: new Set(file.namedBefore ?? []),
    possessed: new Map<string, DescribedType>([
      ...file.possessed.other.map((w): [string, DescribedType] => [w, "OTHER"]),
      ...file.possessed.person.map((w): [string, DescribedType] => [w, "PERSON"]),
      ...file.possessed.org.map((w): [string, DescribedType] => [w, "ORG"]),
      ...(file.possessed.gpe ?? []).map((w): [string, DescribedType] => [w, "GPE"]),
    ]),
    modified: new Set(file.modified),
    fighters: new Set(file.fighters),
    aliasCues: [
      ...file.aliasCues.adjacent.map((c) => ({ words: c.split(" "), setOff: false })),
      ...file.aliasCues.setOff.map((c) => ({ words: c.split(" "), setOff: true })),
    ].sort((x, y) => y.words.length - x.words.length),
    orgSuffixes: new Set(file.orgSuffixes),
    languages: new Set(file.languages ?? []),
  };
});
