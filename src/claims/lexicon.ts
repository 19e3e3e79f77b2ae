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
  /** An infinitive may be the content: "wants to run", "vowed to repeal the law", "declined to comment". */
  infinitive: boolean;
  /** An indirect question is the content, not a reason to stay silent: "asked whether …", "knows how …". */
  questions: boolean;
  /** A negated cue still reports, with the content denied: "does not want a recount", "never supported the war". */
  negatable: boolean;
  /**
   * The cue reports a stance, wish or knowledge rather than words ("supports", "wants", "knows"): inside
   * another claim's content it is part of that claim, and no clause after a comma is its content.
   */
  attitude: boolean;
  /** The passive reports too ("was endorsed by X", "it was reported that"); not for "the cases were decided by …". */
  passive: boolean;
}

/** A cue verb with the words that must follow it ("call for", "talk about"), matched on the verb's lemma. */
export interface VerbPhrase {
  /** The words after the verb, lower-cased. */
  rest: string[];
  kind: CueKind;
}

/** A noun that cues a claim of its owner: "his claim that …", "Trump's plan to …", "her support for …". */
export interface CueNoun {
  kind: CueKind;
  /** Words that may join the noun to its content: "that", "to", "of", "for" … */
  links: Set<string>;
}

/** A cue phrase of several words, matched on lower-cased words. */
export interface CuePhrase {
  words: string[];
  kind: CueKind;
}

/** What a word may start: a cue phrase, a cue noun, or "In a poll …, P". One lookup per word finds all three. */
export interface CueStart {
  phrases?: CuePhrase[];
  noun?: CueNoun;
  finding?: boolean;
}

/** What a verb lemma may cue, found with one lookup: its kind, the phrases it starts, a passive "seen as". */
export interface CueVerb {
  kind?: CueKind;
  phrases?: VerbPhrase[];
  seenAs?: boolean;
}

export interface CueLexicon {
  /** Lower-cased word → the cues it may start. */
  starts: Map<string, CueStart>;
  /** Verb lemma (or word) → what it may cue. */
  verbEntries: Map<string, CueVerb>;
  /** Verb lemma → kind. */
  verbs: Map<string, CueKind>;
  /** Verb lemma → the phrases it starts ("call" → "call for", "call on"), longest first. */
  verbPhrases: Map<string, VerbPhrase[]>;
  /** Noun (as written, lower-cased) → how it cues. */
  nouns: Map<string, CueNoun>;
  /** Heads of "In a poll …, P": texts and counts whose findings fill the rest of the sentence. */
  findings: Set<string>;
  /** Nouns of "in his view, P", "in the eyes of X, P": their owner holds P. */
  viewpoints: Set<string>;
  /** Heads of "P in the polls" at the end of a clause: the count found P. */
  trailingFindings: Set<string>;
  /** Words of standings ("lead", "ahead", "percent") that make "P in the polls" a finding. */
  standings: Set<string>;
  /** First word → phrases starting with it, longest first. */
  phrases: Map<string, CuePhrase[]>;
  seenAs: Set<string>;
  denialObjects: Set<string>;
  /** Denial objects that are what is denied themselves ("the results of the poll"): no content after "of". */
  wholeDenialObjects: Set<string>;
  /** Verbs of saying that may open a line before the speaker ('Said Ellis: …'): no word of the speaker's name. */
  frontedSaying: Set<string>;
  viaMarkers: Set<string>;
  /** Nouns (of one or two words) standing between "citing" and whom it cites. */
  viaCarriers: Set<string>;
  /** Heads of a cited phrase that make it a source ("officials", "data"), besides names. */
  viaSources: Set<string>;
  mouthpieces: Set<string>;
  documents: Set<string>;
  /** Verbs that give an estimate with "at" and a number after their object ("put the crowd at 30,000"). */
  estimating: Set<string>;
  /** Verbs by which a subject puts out an object whose participle is then the subject's ("issued a statement saying"). */
  issuing: Set<string>;
  adjuncts: Set<string>;
  /** Predicates before "to" whose subject does what the cue after "to" says ("tended to support", "was quick to say"). */
  catenatives: Set<string>;
  /** Verbs whose subject does what a purpose infinitive after their object says ("took to Twitter to say"). */
  purposeHosts: Set<string>;
  /** Heads of an object that reports nothing ("said nothing new", "said the same thing"). */
  emptyObjects: Set<string>;
  /** Participles of 'asked not to be named': a request for anonymity, no claim. */
  anonymity: Set<string>;
  /** Verbs of what a speaker gave or held back, after "but"/"and" ("but provided no details"): the speaker's, no content. */
  speakerTails: Set<string>;
  /** What a speaker gives "no" of in such a tail ("provided no details"). */
  speakerTailObjects: Set<string>;
  /** Words that label a line before a colon ("Update:"), so the colon is no cue. */
  colonLabels: Set<string>;
  kinds: Map<string, CueKind>;
}

export interface HedgeLexicon {
  /** First word → hedge phrases starting with it (lower-cased words), longest first. */
  certainty: Map<string, { words: string[]; certainty: Certainty }[]>;
  provenance: Set<string>;
  /** Set phrases whose hedge word is no hedge ("everything possible"), as lower-cased words. */
  notHedges: string[][];
  negators: Set<string>;
  /** Predicates that deny their subject: "… is patently false", "reports … are baseless". */
  falsity: Set<string>;
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
  infinitive?: boolean;
  questions?: boolean;
  negatable?: boolean;
  passive?: boolean;
  attitude?: boolean;
}

/** A section grouped by kind: kind → words, with an "about" note. */
type ByKind = Record<string, string[] | string>;

interface CuesFile {
  kinds: Record<string, KindSpec | string>;
  verbs: Record<string, string>;
  learnedVerbs: ByKind;
  verbPhrases: ByKind;
  nouns: Record<string, { kind: string; links: string[]; words: string[] } | string>;
  findings: { words: string[]; viewpoints: string[]; trailing: string[]; standings: string[] };
  phrases: Record<string, string>;
  seenAs: { verbs: string[] };
  denialObjects: { words: string[]; whole?: { words: string[] } };
  frontedSaying: { words: string[] };
  via: { markers: string[]; carriers: string[]; sources: string[] };
  mouthpieces: { words: string[] };
  documents: { words: string[] };
  estimating: { words: string[] };
  issuing: { words: string[] };
  adjuncts: { words: string[] };
  catenatives: { words: string[] };
  purposeHosts: { words: string[] };
  colonLabels: { words: string[] };
  emptyObjects: { words: string[] };
  anonymity: { words: string[] };
  speakerTails: { words: string[]; objects: string[] };
}

interface HedgesFile {
  certainty: Record<"possible" | "probable" | "unverified", string[]>;
  provenance: { words: string[] };
  notHedges: { phrases: string[] };
  polarity: { negators: string[]; falsity: string[]; absence: string[]; notNegating: string[] };
  questions: { words: string[] };
  refusals: { words: string[] };
}

const words = (phrase: string) => phrase.toLowerCase().trim().split(/\s+/);

/** The [kind, entry] pairs of a section grouped by kind, skipping its "about" note. */
function byKind(section: ByKind): [string, string][] {
  const out: [string, string][] = [];
  for (const [kind, list] of Object.entries(section)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) out.push([kind, entry]);
  }
  return out;
}

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
      infinitive: spec.infinitive ?? false,
      questions: spec.questions ?? false,
      negatable: spec.negatable ?? false,
      passive: spec.passive ?? true,
      attitude: spec.attitude ?? false,
    });
  }
  const kindOf = (name: string): CueKind => {
    const kind = kinds.get(name);
    if (!kind) throw new Error(`lexicon/cues.json: unknown cue kind "${name}"`);
    return kind;
  };
  const verbs = new Map<string, CueKind>();
  for (const [lemma, kind] of Object.entries(file.verbs)) if (lemma !== "about") verbs.set(lemma, kindOf(kind));
  for (const [kind, lemma] of byKind(file.learnedVerbs)) if (!verbs.has(lemma)) verbs.set(lemma, kindOf(kind));
  const verbPhrases = new Map<string, VerbPhrase[]>();
  for (const [kind, phrase] of byKind(file.verbPhrases)) {
    const [lemma, ...rest] = words(phrase);
    const list = verbPhrases.get(lemma as string) ?? [];
    list.push({ rest, kind: kindOf(kind) });
    list.sort((a, b) => b.rest.length - a.rest.length);
    verbPhrases.set(lemma as string, list);
  }
  const nouns = new Map<string, CueNoun>();
  for (const group of Object.values(file.nouns)) {
    if (typeof group === "string") continue; // the "about" note
    const links = new Set(group.links.map((l) => l.toLowerCase()));
    for (const noun of group.words) nouns.set(noun.toLowerCase(), { kind: kindOf(group.kind), links });
  }
  const phrases = new Map<string, CuePhrase[]>();
  for (const [phrase, kind] of Object.entries(file.phrases)) {
    if (phrase !== "about") index(phrases, { words: words(phrase), kind: kindOf(kind) });
  }
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const starts = new Map<string, CueStart>();
  const start = (word: string): CueStart => {
    const entry = starts.get(word) ?? {};
    starts.set(word, entry);
    return entry;
  };
  for (const [word, list] of phrases) start(word).phrases = list;
  for (const [word, noun] of nouns) start(word).noun = noun;
  start("in").finding = true;
  const verbEntries = new Map<string, CueVerb>();
  const verb = (lemma: string): CueVerb => {
    const entry = verbEntries.get(lemma) ?? {};
    verbEntries.set(lemma, entry);
    return entry;
  };
  for (const [lemma, kind] of verbs) verb(lemma).kind = kind;
  for (const [lemma, list] of verbPhrases) verb(lemma).phrases = list;
  for (const lemma of file.seenAs.verbs) verb(lemma.toLowerCase()).seenAs = true;
  return {
    starts,
    verbEntries,
    verbs,
    verbPhrases,
    nouns,
    findings: lower(file.findings.words),
    viewpoints: lower(file.findings.viewpoints),
    trailingFindings: lower(file.findings.trailing),
    standings: lower(file.findings.standings),
    phrases,
    seenAs: lower(file.seenAs.verbs),
    denialObjects: lower(file.denialObjects.words),
    wholeDenialObjects: lower(file.denialObjects.whole?.words ?? []),
    frontedSaying: lower(file.frontedSaying.words),
    viaMarkers: lower(file.via.markers),
    viaCarriers: lower(file.via.carriers),
    viaSources: lower(file.via.sources),
    mouthpieces: lower(file.mouthpieces.words),
    documents: lower(file.documents.words),
    estimating: lower(file.estimating.words),
    issuing: lower(file.issuing.words),
    adjuncts: lower(file.adjuncts.words),
    catenatives: lower(file.catenatives.words),
    purposeHosts: lower(file.purposeHosts.words),
    colonLabels: lower(file.colonLabels.words),
    emptyObjects: lower(file.emptyObjects.words),
    anonymity: lower(file.anonymity.words),
    speakerTails: lower(file.speakerTails.words),
    speakerTailObjects: lower(file.speakerTails.objects),
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
    notHedges: file.notHedges.phrases.map(words),
    negators: lower(file.polarity.negators),
    falsity: lower(file.polarity.falsity),
    absence: lower(file.polarity.absence),
    notNegating,
    questions: lower(file.questions.words),
    refusals: lower(file.refusals.words),
  };
});
