import type {
  Claim,
  Conflict,
  Entity,
  EntityType,
  Event,
  Message,
  Quantity,
  TimeExpression,
} from "../article/analysis.js";
import type { Article } from "../article/article.js";

/** A word or punctuation token: offsets into the article text plus what wink-nlp says of it. */
export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, VERB, AUX, NUM, PUNCT, SPACE …). */
  pos: string;
  /** Lower-cased form. */
  normal: string;
  /**
   * The token's text lower-cased as written (`text.slice(start, end).toLowerCase()`): unlike `normal`, never
   * respelled ("defence" stays, "’s" is not "is"). Mostly the very string `normal` is, so lookups by it are cheap.
   */
  lower: string;
  lemma: string;
  /** wink-nlp's negation flag: inside the scope of a negation. */
  negated: boolean;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of its first token and one past its last. */
  firstToken: number;
  endToken: number;
}

/** The publication date as the reference for relative times, or null when the article has none usable. */
export interface Reference {
  /** The calendar date, UTC, at midnight. */
  date: Date;
  /** The ISO string as given. */
  iso: string;
}

export type MentionKind = "name" | "alias" | "metonym" | "demonym" | "nominal" | "pronoun";

/** A stretch of text that names or refers to an entity, before clustering. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  /** The canonical name when a dictionary knows it ("Russia" for "the Kremlin"). */
  canonical?: string;
  /** A stable key from the actor dictionary, so mentions of one actor cluster ("RU"). */
  actor?: string;
  country?: string;
  geo?: { lat: number; lon: number };
  /** Title or role kept apart from the name ("Culture Minister"). */
  role?: string;
  /** For ORG head nouns with an owner ("Seoul's defence ministry" → owner actor "KR"). */
  owner?: string;
  /** The org head word ("ministry", "agency") for anaphora like "the ministry". */
  head?: string;
  /** Words before the head ("defence" in "Seoul's defence ministry"), to tell one ministry from another. */
  modifiers?: string[];
  /** Not a name on its own evidence (a bare "Kim", "the ministry"): kept only if it links to a mention that is. */
  weak?: boolean;
  /** A description in apposition to a name ("NATO, the existing military alliance"): that name's start. */
  apposedTo?: number;
}

/** What language the article seems to be in, judged from its commonest words. */
export interface Language {
  /** "en" when English stop words are common enough, "unknown" otherwise. */
  code: "en" | "unknown";
  /** Share of word tokens that are common English function words. */
  englishShare: number;
}

/** Every layer the stages read and write. */
export interface Layers {
  reference: Reference | null;
  language: Language;
  tokens: Token[];
  sentences: Sentence[];
  times: TimeExpression[];
  quantities: Quantity[];
  mentions: Mention[];
  entities: Entity[];
  claims: Claim[];
  events: Event[];
  conflicts: Conflict[];
}

export type LayerName = keyof Layers;

/** The document as the pipeline sees it: the article plus the layers written so far, and messages. */
export interface Doc extends Partial<Layers> {
  readonly article: Article;
  readonly messages: readonly Message[];
}

/** A Doc whose named layers are known to be present. */
export type DocWith<K extends LayerName> = Doc & Pick<Layers, K>;
