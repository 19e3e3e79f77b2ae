import type { Factuality, Polarity } from "../../article/analysis.js";
import type { ClaimFigure } from "../../kb/claim-figures.js";
import type { CountRange } from "../../kb/count-range.js";
import type { SourceIdentity } from "../../kb/source-key.js";
import type { Terms } from "../../kb/terms.js";
import type { TimeRange } from "../../kb/time-range.js";

/** The article being written: its row and publication day. */
export interface DocRef {
  row: number;
  day: string | null;
}

/** A claim as written: its knowledge-base claim, this article's report of it, and what matching needs. */
export interface StoredClaim {
  claimId: number;
  reportId: number;
  source: SourceIdentity;
  terms: Terms;
  /** The content as this report words it: its capitals tell names from what is claimed. */
  content: string;
  polarity: Polarity;
  about: number[];
  said: string;
  /** True when an event this claim reports carries a count: figures are then compared event by event. */
  countedEvent: boolean;
  /** The figures this report's content gives, and the global entities it is about, nearest first. */
  figures: ClaimFigure[];
  subjects: number[];
  /** Those entities' folded names: figures are found by name, whatever type each article gave the entity. */
  subjectNames: string[];
}

/** One report of an event, as the conflict rules compare it. */
export interface ReportFacts {
  id: number;
  doc: number;
  claimReport: number;
  claimId: number;
  source: SourceIdentity;
  count: CountRange | null;
  countValue: number | null;
  approximate: boolean;
  factuality: Factuality;
  time: TimeRange | null;
  timeValue: string | null;
  terms: Terms | null;
}
