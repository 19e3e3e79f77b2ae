import type { Store } from "../store/contract.js";
import type { Sink } from "./sink.js";

export type CsvTable = "claims" | "entities" | "events";

export interface ExportOptions {
  /** csv: which table. */
  what: CsvTable;
  /** annotations: one Annotation per line instead of one AnnotationCollection document. */
  lines: boolean;
  /** ftm: include article bodies (bodyText). */
  text: boolean;
}

export const DEFAULT_OPTIONS: ExportOptions = { what: "claims", lines: false, text: true };

export interface ExportResult {
  /** Records written (entities, claims, annotations, rows, features). */
  records: number;
  /** What was left out and why, for the user (one line each). */
  notes: string[];
}

/** One format: reads the store's export streams and writes records to the sink as they come. */
export type Exporter = (store: Store, sink: Sink, options: ExportOptions) => Promise<ExportResult>;
