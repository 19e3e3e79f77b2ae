import type { Analysis } from "../article/analysis.js";
import { ANALYSIS_SCHEMA } from "../article/analysis.js";
import type { Article } from "../article/article.js";
import { documentId } from "../article/article.js";
import type { Doc } from "./layers.js";
import { pipeline } from "./stages.js";

/** Runs the whole pipeline on one article and returns the contract's JSON shape. */
export function analyse(article: Article): Analysis {
  return toAnalysis(pipeline.run(article));
}

export function toAnalysis(doc: Doc): Analysis {
  const { article } = doc;
  return {
    schema: ANALYSIS_SCHEMA,
    document: {
      id: documentId(article.text),
      published: article.published,
      title: article.title,
      source: article.source,
      url: article.url,
      text: article.text,
    },
    entities: doc.entities ?? [],
    times: doc.times ?? [],
    quantities: doc.quantities ?? [],
    claims: doc.claims ?? [],
    events: doc.events ?? [],
    conflicts: doc.conflicts ?? [],
    messages: [...doc.messages],
  };
}
