import type { Span } from "./span.js";

/** The contract of one article's output: ../shared/spec/ANALYSIS.md. Field names are the contract. */
export const ANALYSIS_SCHEMA = "dossier.analysis/1";

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "OTHER";

export interface AnalysisDocument {
  id: string;
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  mentions: Span[];
  country?: string;
  geo?: { lat: number; lon: number };
  /** Titles and roles seen with this entity ("Culture Minister", "lawmaker"). */
  roles?: string[];
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type TimexMod =
  | "START"
  | "MID"
  | "END"
  | "APPROX"
  | "MORE_THAN"
  | "LESS_THAN"
  | "EQUAL_OR_MORE"
  | "EQUAL_OR_LESS"
  | "BEFORE"
  | "AFTER"
  | "ON_OR_BEFORE"
  | "ON_OR_AFTER";

export interface TimeExpression extends Span {
  type: TimexType;
  /** TIMEX3 value: 2025-07-01, 2025-07, 2025-W26, 2025-SU, 2024-Q4, P3Y, PRESENT_REF … */
  value: string;
  mod: TimexMod | null;
  /** Which parts of the value the text states, as opposed to those taken from the publication date. */
  stated?: string[];
  /** Which rule produced it (for debugging and evaluation). */
  rule?: string;
}

export interface Quantity extends Span {
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** What is counted, when the text says ("soldiers", "USD", "percent"). */
  unit: string | null;
  /** Where the unit word sits, when it is a word of the text. */
  unitSpan?: Span;
  /** Present when a bound excludes the stated number ("more than 3,000"). */
  exclusive?: true;
  /** Which reading produced it. */
  rule?: string;
}

export type Polarity = "positive" | "negative";
export type Certainty = "certain" | "probable" | "possible" | "unverified";

export interface SourceRef {
  entity: string | null;
  text: string;
  span?: Span;
  /** On a via: the words by which it passes the claim on ("according to", "reported"), when the text has them. */
  cue?: Span;
}

export interface Claim {
  id: string;
  content: Span;
  cue: Span;
  source: SourceRef | null;
  via: SourceRef[];
  reportedAt: { value: string; span?: Span } | null;
  polarity: Polarity;
  certainty: Certainty;
  quote: boolean;
}

export type Factuality = "asserted" | "negated" | "possible" | "probable" | "future" | "unverified";

export interface EventParticipant {
  role: "agent" | "patient" | "other";
  entity: string;
}

export interface Event {
  id: string;
  type: string;
  cameo?: string;
  trigger: Span;
  participants: EventParticipant[];
  time: { value: string } | null;
  location: string | null;
  count: { value: number | null; approximate: boolean; min?: number | null } | null;
  factuality: Factuality;
  claim: string | null;
}

export interface Conflict {
  claims: string[];
  kind: "polarity" | "quantity" | "time" | "other";
  note: string;
}

export type MessageLevel = "info" | "warning" | "error";

/** A problem met while reading an article: recorded with its place, never thrown. */
export interface Message {
  level: MessageLevel;
  rule: string;
  text: string;
  start: number | null;
  end: number | null;
  stage: string;
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  document: AnalysisDocument;
  entities: Entity[];
  times: TimeExpression[];
  quantities: Quantity[];
  claims: Claim[];
  events: Event[];
  conflicts: Conflict[];
  messages: Message[];
}
