import type { AnalysisDocument } from "../article/analysis.js";
import { normaliseName } from "./normalise.js";

/** Who stands behind a claim or report, as one key shared across articles. */
export interface SourceIdentity {
  key: string;
  /** The global entity, when the source is a named entity. */
  entity: number | null;
  name: string;
}

/**
 * A named source is its global entity (e:12); an unnamed one ("many analysts") its folded words, which merge only
 * with the same words; a claim the article makes in its own voice belongs to the publisher (p:reuters), or to the
 * article itself when the publisher is unknown.
 */
export function sourceIdentity(
  entity: { id: number; name: string } | null,
  text: string | null,
  document: Pick<AnalysisDocument, "id" | "source">,
): SourceIdentity {
  if (entity) return { key: `e:${entity.id}`, entity: entity.id, name: entity.name };
  const folded = text ? normaliseName(text) : "";
  if (text && folded !== "") return { key: `t:${folded}`, entity: null, name: text };
  return publisherIdentity(document);
}

/** The publisher as the source of what an article says in its own voice. */
export function publisherIdentity(document: Pick<AnalysisDocument, "id" | "source">): SourceIdentity {
  const folded = document.source ? normaliseName(document.source) : "";
  if (document.source && folded !== "") return { key: `p:${folded}`, entity: null, name: document.source };
  return { key: `d:${document.id}`, entity: null, name: "(the article)" };
}
