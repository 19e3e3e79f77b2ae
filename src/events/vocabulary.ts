import { once, readLexicon } from "../lexicon/read-lexicon.js";

export type Role = "agent" | "patient" | "other";
export type FactualityCue = "future" | "possible" | "probable" | "unverified" | "negated";

/** Syntactic places a participant can stand in: subject, object, possessor and prepositions. */
export type Slot = string;

type WordEntry =
  | string
  | {
      word: string;
      weak?: boolean;
      cameo?: string;
      notBefore?: string[];
      notAfter?: string[];
      objectTypes?: string[];
      objectNot?: string[];
      subjectTypes?: string[];
      subjectNotTypes?: string[];
      patientHeads?: string[];
      objectHeads?: string[];
      agentHeads?: string[];
      ownerTypes?: string[];
      subjectOf?: string[];
      estimatedBy?: string[];
      fallback?: boolean;
      needsSupport?: boolean;
      needsMoney?: boolean;
      exact?: boolean;
      inNames?: boolean;
      ifOnlyPersons?: string;
      /** Slots whose roles differ from the type's for this trigger ("Goma fell to the rebels": the subject undergoes it). */
      roles?: Partial<Record<Slot, Role>>;
    };

interface TypeEntry {
  type: string;
  cameo: string | null;
  counted: boolean;
  roles?: Record<Slot, Role>;
  verbs?: WordEntry[];
  nouns?: WordEntry[];
  countWords?: WordEntry[];
  phrases?: WordEntry[];
  support?: Record<string, Record<Slot, Role>>;
  patientHeads?: string[];
  notBefore?: string[];
  notAfter?: string[];
  objectNot?: string[];
  objectIsPlace?: boolean;
  ifOnlyPersons?: string;
  verbalCues?: string[];
  verbalTargets?: string[];
  verbalAs?: string;
}

interface EventsFile {
  defaultRoles: Record<Slot, Role>;
  types: TypeEntry[];
  factuality: {
    negators: string[];
    evidentialNouns: string[];
    possible: string[];
    probable: string[];
    unverified: string[];
    future: string[];
    governors: Record<string, FactualityCue>;
    passThrough: { entries: string[] };
    reportedOutcomes: { entries: string[] };
    attributiveSupport: { entries: string[] };
    contrastive: { entries: string[] };
  };
  estimatingVerbs: { entries: string[] };
  reportingVerbs: string[];
  actorHeads: string[];
  attackHeads: { entries: string[]; effectTypes: string[] };
  groupNouns: Record<string, string[]>;
  placePrepositions: string[];
  destinationTypes: string[];
}

/** How a trigger word is used: a verb, an event noun, a word that counts only after a number, or a phrase. */
export type TriggerForm = "verb" | "noun" | "count" | "phrase";

/** One reading of a trigger word: which event type it names and what it needs around it to fire. */
export interface Sense {
  type: EventType;
  form: TriggerForm;
  /** The phrase's words after the first (lower case), empty for single words. */
  rest: string[];
  cameo: string | null;
  /** Fires only with an anchor: a support verb, a participant, a place or a time close by. */
  weak: boolean;
  notBefore: ReadonlySet<string>;
  notAfter: ReadonlySet<string>;
  objectNot: ReadonlySet<string>;
  objectTypes: ReadonlySet<string> | null;
  /** Who does it, the subject or a passive's "by" phrase, must be an entity of these types ("Russia struck a depot"). */
  subjectTypes: ReadonlySet<string> | null;
  /** The reading fails when who does it, the subject or a passive's "by" phrase, is an entity of these types ("Cruz captured Texas"). */
  subjectNotTypes: ReadonlySet<string> | null;
  patientHeads: ReadonlySet<string> | null;
  /** The head word of what undergoes the event must be one of these ("took over the radio station"). */
  objectHeads: ReadonlySet<string> | null;
  /** The head word of the agent (active subject, passive "by" phrase) must be one of these ("taken over by rebels"). */
  agentHeads: ReadonlySet<string> | null;
  /** The event noun's owner, a possessive or a people's adjective before it, is an entity of these types ("Israeli strikes"). */
  ownerTypes: ReadonlySet<string> | null;
  /** The event noun is the subject of one of these verbs (lemmas): "strikes killed 20 people". */
  subjectOf: ReadonlySet<string> | null;
  /**
   * The count noun is what one of these verbs (lemmas) puts a figure on, given after "at": "police put the number
   * of demonstrators at 30,000". A reading with both this and subjectOf needs one of them.
   */
  estimatedBy: ReadonlySet<string> | null;
  /** Tried after the other readings with requirements, of any type: "Russian strikes" attack unless they are "rail strikes". */
  fallback: boolean;
  /** Fires only with a support verb ("attended the performance"), not with a time alone. */
  needsSupport: boolean;
  /** Fires only with an amount of money among its arguments ("lost $2 billion", "a $5 million fine"). */
  needsMoney: boolean;
  /** Matches only its own form, not other forms of its lemma: "sale", not the "sales" figure. */
  exact: string | null;
  /** A noun that also fires capitalised inside a name: "Hurricane Katrina", "Typhoon Haiyan". */
  inNames: boolean;
  /** See EventType.ifOnlyPersons; a trigger may set its own ("attack" yes, "raid" no). */
  ifOnlyPersons: string | null;
}

export interface EventType {
  type: string;
  cameo: string | null;
  counted: boolean;
  roles: Readonly<Record<Slot, Role>>;
  /** Verbs that carry this type's nouns without an event of their own, with their slots' roles. */
  support: ReadonlyMap<string, Readonly<Record<Slot, Role>>>;
  objectIsPlace: boolean;
  /**
   * What an event between people only becomes: "Bush attacked Trump" is criticism ("CRITICIZE"), "Rubio and
   * Cruz are fighting for second place" no fight at all ("DROP"). Null: people may do it to people.
   */
  ifOnlyPersons: string | null;
  /** Words just before the trigger that make it verbal ("sexist attacks"), and the type it then becomes. */
  verbalCues: ReadonlySet<string>;
  /** Heads of what is attacked that make it verbal ("attacks on his record", "attacked her opponent"). */
  verbalTargets: ReadonlySet<string>;
  verbalAs: string | null;
}

export interface Vocabulary {
  /** Senses by first word (lemma or lower-cased form). */
  senses: ReadonlyMap<string, readonly Sense[]>;
  /** Every first word of `senses` plus "d", "ed", "s" and "ing": a regular form tells in one look-up that it has one. */
  inflected: ReadonlySet<string>;
  types: ReadonlyMap<string, EventType>;
  negators: ReadonlySet<string>;
  evidentialNouns: ReadonlySet<string>;
  hedges: ReadonlyMap<string, FactualityCue>;
  governors: ReadonlyMap<string, FactualityCue>;
  /** Verbs whose negation reaches the event noun they take ("did not sustain any injuries"). */
  passThrough: ReadonlySet<string>;
  /** Event nouns a verb of announcing reports rather than plans: "announced the deaths of 24 soldiers". */
  reportedOutcomes: ReadonlySet<string>;
  /** Support verbs whose negation says nothing of the event ("did not claim the attack"). */
  attributiveSupport: ReadonlySet<string>;
  /** Conjunctions of contrast, across which a negation does not reach ("did not verify X, but confirmed Y"). */
  contrastive: ReadonlySet<string>;
  /** Verbs that put a figure on any event noun's people with "at" ("put the injuries at 100"). */
  estimatingVerbs: ReadonlySet<string>;
  reportingVerbs: ReadonlySet<string>;
  actorHeads: ReadonlySet<string>;
  /** Attacks and weapons whose owner, as the subject of an event of `attackEffects`, does that event too. */
  attackHeads: ReadonlySet<string>;
  attackEffects: ReadonlySet<string>;
  groupNouns: ReadonlyMap<string, readonly string[]>;
  placePrepositions: ReadonlySet<string>;
  destinationTypes: ReadonlySet<string>;
}

const lower = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()));

/** Phrase words as the tokenizer cuts them: hyphens are tokens of their own. */
export function splitPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/-/g, " - ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/** Whether a reading asks for something around it beyond its own words. */
function constrained(s: Sense): boolean {
  return (
    s.patientHeads !== null ||
    s.objectTypes !== null ||
    s.subjectTypes !== null ||
    s.objectHeads !== null ||
    s.agentHeads !== null ||
    s.ownerTypes !== null ||
    s.subjectOf !== null ||
    s.estimatedBy !== null ||
    s.needsMoney ||
    s.needsSupport
  );
}

/** Readings with requirements come first, those marked as fallbacks next, those without any last. */
const rank = (s: Sense): number => (constrained(s) ? (s.fallback ? 1 : 2) : 0);

/**
 * The order readings are tried in: longer phrases first, so "air strike" wins over a bare "air"; then readings
 * with requirements, so "a rally in stocks" is tried as a price change before it falls back to a (weak)
 * protest rally, and among them the fallbacks last ("Russian strikes" attack unless they are "rail strikes").
 * Ties keep the file's order.
 */
export function compareSenses(a: Sense, b: Sense): number {
  return b.rest.length - a.rest.length || rank(b) - rank(a);
}

function build(file: EventsFile): Vocabulary {
  const senses = new Map<string, Sense[]>();
  const types = new Map<string, EventType>();
  for (const entry of file.types) {
    const type: EventType = {
      type: entry.type,
      cameo: entry.cameo,
      counted: entry.counted,
      roles: { ...file.defaultRoles, ...entry.roles },
      support: new Map(Object.entries(entry.support ?? {})),
      objectIsPlace: entry.objectIsPlace === true,
      ifOnlyPersons: entry.ifOnlyPersons ?? null,
      verbalCues: lower(entry.verbalCues),
      verbalTargets: lower(entry.verbalTargets),
      verbalAs: entry.verbalAs ?? null,
    };
    types.set(entry.type, type);
    const forms: [TriggerForm, WordEntry[] | undefined][] = [
      ["verb", entry.verbs],
      ["noun", entry.nouns],
      ["count", entry.countWords],
      ["phrase", entry.phrases],
    ];
    for (const [form, list] of forms) {
      for (const item of list ?? []) {
        const o = typeof item === "string" ? { word: item } : item;
        const words = splitPhrase(o.word);
        const first = words[0];
        if (!first) continue;
        const sense: Sense = {
          type: o.roles ? { ...type, roles: { ...type.roles, ...o.roles } as Record<Slot, Role> } : type,
          form: form === "phrase" || words.length > 1 ? "phrase" : form,
          rest: words.slice(1),
          cameo: o.cameo ?? entry.cameo,
          weak: o.weak === true,
          notBefore: lower([...(entry.notBefore ?? []), ...(o.notBefore ?? [])]),
          notAfter: lower([...(entry.notAfter ?? []), ...(o.notAfter ?? [])]),
          objectNot: lower([...(entry.objectNot ?? []), ...(o.objectNot ?? [])]),
          objectTypes: o.objectTypes ? new Set(o.objectTypes) : null,
          subjectTypes: o.subjectTypes ? new Set(o.subjectTypes) : null,
          subjectNotTypes: o.subjectNotTypes ? new Set(o.subjectNotTypes) : null,
          objectHeads: o.objectHeads ? lower(o.objectHeads) : null,
          agentHeads: o.agentHeads ? lower(o.agentHeads) : null,
          ownerTypes: o.ownerTypes ? new Set(o.ownerTypes) : null,
          subjectOf: o.subjectOf ? lower(o.subjectOf) : null,
          estimatedBy: o.estimatedBy ? lower(o.estimatedBy) : null,
          fallback: o.fallback === true,
          needsSupport: o.needsSupport === true,
          needsMoney: o.needsMoney === true,
          exact: o.exact === true && words.length === 1 ? first : null,
          inNames: o.inNames === true,
          ifOnlyPersons: o.ifOnlyPersons ?? entry.ifOnlyPersons ?? null,
          patientHeads:
            o.patientHeads || entry.patientHeads
              ? lower([...(entry.patientHeads ?? []), ...(o.patientHeads ?? [])])
              : null,
        };
        const list = senses.get(first) ?? [];
        list.push(sense);
        senses.set(first, list);
      }
    }
  }
  for (const list of senses.values()) list.sort(compareSenses);
  const f = file.factuality;
  const hedges = new Map<string, FactualityCue>();
  for (const w of f.future) hedges.set(w, "future");
  for (const w of f.probable) hedges.set(w, "probable");
  for (const w of f.possible) hedges.set(w, "possible");
  for (const w of f.unverified) hedges.set(w, "unverified");
  const inflected = new Set<string>();
  for (const key of senses.keys()) {
    inflected.add(`${key}d`).add(`${key}ed`).add(`${key}s`).add(`${key}ing`);
    if (key.endsWith("e")) inflected.add(`${key.slice(0, -1)}ing`);
  }
  return {
    senses,
    inflected,
    types,
    negators: lower(f.negators),
    evidentialNouns: lower(f.evidentialNouns),
    hedges,
    governors: new Map(Object.entries(f.governors)),
    passThrough: lower(f.passThrough.entries),
    reportedOutcomes: lower(f.reportedOutcomes.entries),
    attributiveSupport: lower(f.attributiveSupport.entries),
    contrastive: lower(f.contrastive.entries),
    estimatingVerbs: lower(file.estimatingVerbs.entries),
    reportingVerbs: lower(file.reportingVerbs),
    actorHeads: lower(file.actorHeads),
    attackHeads: lower(file.attackHeads.entries),
    attackEffects: new Set(file.attackHeads.effectTypes),
    groupNouns: new Map(Object.entries(file.groupNouns)),
    placePrepositions: lower(file.placePrepositions),
    destinationTypes: new Set(file.destinationTypes),
  };
}

/** The event vocabulary of lexicon/events.json, read once. */
export const eventVocabulary = once(() => build(readLexicon<EventsFile>("events.json")));
