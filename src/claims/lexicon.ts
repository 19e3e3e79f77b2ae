import type { Certainty, Polarity } from "../article/analysis.js";
import { once, readLexicon } from "../lexicon/read-lexicon.js";

/** What a cue kind does to the claims it introduces (see lexicon/cues.json "kinds"). */
export interface CueKind {
  name: string;
  /** A plain noun phrase may be the content ("confirmed the deal"); otherwise a clause must follow. */
  object: boolean;
  /** A hearer comes between the verb and the content ("told reporters that …"). */
  addressee: boolean;
  polarity: Polarity;
  certainty: Certainty;
  /** Only with a denial noun and "that" ("rejected claims that …"). */
  needsDenialObject: boolean;
  /** The speaker goes on from what was quoted before ("she added"). */
  continues: boolean;
  /** The clause must start right after the verb with its subject ("found that …", "found the plan had failed"). */
  strict: boolean;
  /** The content is an object and what it is called: "called the plan “reckless”", "described it as a gamble". */
  predicative: "bare" | "as" | null;
}

/** A cue phrase of several words, matched on lower-cased words. */
export interface CuePhrase {
  words: string[];
  kind: CueKind;
}

export interface CueLexicon {
  /** Verb lemma → kind. */
  verbs: Map<string, CueKind>;
  /** First word → phrases starting with it, longest first. */
  phrases: Map<string, CuePhrase[]>;
  seenAs: Set<string>;
  denialObjects: Set<string>;
  viaMarkers: Set<string>;
  /** Nouns (of one or two words) standing between "citing" and whom it cites. */
  viaCarriers: Set<string>;
  /** Heads of a cited phrase that make it a source ("officials", "data"), besides names. */
  viaSources: Set<string>;
  mouthpieces: Set<string>;
  documents: Set<string>;
  adjuncts: Set<string>;
  /** Words that label a line before a colon ("Update:"), so the colon is no cue. */
  colonLabels: Set<string>;
  kinds: Map<string, CueKind>;
}

export interface HedgeLexicon {
  /** First word → hedge phrases starting with it (lower-cased words), longest first. */
  certainty: Map<string, { words: string[]; certainty: Certainty }[]>;
  provenance: Set<string>;
  negators: Set<string>;
  absence: Set<string>;
  /** First word → negated phrases that do not deny, longest first. */
  notNegating: Map<string, string[][]>;
  questions: Set<string>;
  refusals: Set<string>;
}

interface KindSpec {
  object?: boolean;
  addressee?: boolean;
  polarity?: Polarity;
  certainty?: Certainty;
  needsDenialObject?: boolean;
  continues?: boolean;
  strict?: boolean;
  predicative?: "bare" | "as";
}

interface CuesFile {
  kinds: Record<string, KindSpec | string>;
  verbs: Record<string, string>;
  phrases: Record<string, string>;
  seenAs: { verbs: string[] };
  denialObjects: { words: string[] };
  via: { markers: string[]; carriers: string[]; sources: string[] };
  mouthpieces: { words: string[] };
  documents: { words: string[] };
  adjuncts: { words: string[] };
  colonLabels: { words: string[] };
}

interface HedgesFile {
  certainty: Record<"possible" | "probable" | "unverified", string[]>;
  provenance: { words: string[] };
  polarity: { negators: string[]; absence: string[]; notNegating: string[] };
  questions: { words: string[] };
  refusals: { words: string[] };
}

const words = (phrase: string) => phrase.toLowerCase().trim().split(/\s+/);

/** Adds a phrase under its first word, keeping each list longest first. */
function index<T extends { words: string[] }>(map: Map<string, T[]>, item: T): void {
  const first = item.words[0] as string;
  const list = map.get(first) ?? [];
  list.push(item);
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(first, list);
}

export const cueLexicon = once((): CueLexicon => {
  const file = readLexicon<CuesFile>("cues.json");
  const kinds = new Map<string, CueKind>();
  for (const [name, spec] of Object.entries(file.kinds)) {
    if (typeof spec === "string") continue; // the "about" note
    kinds.set(name, {
      name,
      object: spec.object ?? false,
      addressee: spec.addressee ?? false,
      polarity: spec.polarity ?? "positive",
      certainty: spec.certainty ?? "certain",
      needsDenialObject: spec.needsDenialObject ?? false,
      continues: spec.continues ?? false,
      strict: spec.strict ?? false,
      predicative: spec.predicative ?? null,
    });
  }
  const kindOf = (name: string): CueKind => {
    const kind = kinds.get(name);
    if (!kind) throw new Error(`lexicon/cues.json: unknown cue kind "${name}"`);
    return kind;
  };
  const verbs = new Map<string, CueKind>();
  for (const [lemma, kind] of Object.entries(file.verbs)) if (lemma !== "about") verbs.set(lemma, kindOf(kind));
  const phrases = new Map<string, CuePhrase[]>();
  for (const [phrase, kind] of Object.entries(file.phrases)) {
    if (phrase !== "about") index(phrases, { words: words(phrase), kind: kindOf(kind) });
  }
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    verbs,
    phrases,
    seenAs: lower(file.seenAs.verbs),
    denialObjects: lower(file.denialObjects.words),
    viaMarkers: lower(file.via.markers),
    viaCarriers: lower(file.via.carriers),
    viaSources: lower(file.via.sources),
    mouthpieces: lower(file.mouthpieces.words),
    documents: lower(file.documents.words),
    adjuncts: lower(file.adjuncts.words),
    colonLabels: lower(file.colonLabels.words),
    kinds,
  };
});

export const hedgeLexicon = once((): HedgeLexicon => {
  const file = readLexicon<HedgesFile>("hedges.json");
  const certainty = new Map<string, { words: string[]; certainty: Certainty }[]>();
  for (const level of ["possible", "probable", "unverified"] as const) {
    for (const phrase of file.certainty[level]) index(certainty, { words: words(phrase), certainty: level });
  }
  const notNegating = new Map<string, string[][]>();
  for (const phrase of file.polarity.notNegating) {
    const w = words(phrase);
    const list = notNegating.get(w[0] as string) ?? [];
    list.push(w);
    list.sort((a, b) => b.length - a.length);
    notNegating.set(w[0] as string, list);
  }
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  return {
    certainty,
    provenance: lower(file.provenance.words),
    negators: lower(file.polarity.negators),
    absence: lower(file.polarity.absence),
    notNegating,
    questions: lower(file.questions.words),
    refusals: lower(file.refusals.words),
  };
});
