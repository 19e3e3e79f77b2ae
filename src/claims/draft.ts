import type { Certainty, Polarity, SourceRef } from "../article/analysis.js";
import type { Frame } from "./frame.js";
import type { ReportedAt } from "./reported-at.js";

/** A claim being assembled: word ranges still, spans once it is final. */
export interface Draft {
  frame: Frame;
  sentence: number;
  /** The cue's words with their auxiliaries and how-it-was-said phrases ("has said in a statement"). */
  cue: { from: number; to: number };
  /** Content words, end exclusive. */
  from: number;
  to: number;
  source: SourceRef | null;
  via: SourceRef[];
  reportedAt: ReportedAt | null;
  certainty: Certainty;
  polarity: Polarity;
  quote: boolean;
}
