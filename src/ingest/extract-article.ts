import type { Article } from "../article/article.js";
import { type PreparedAnalysis, prepareAnalysis } from "../kb/prepare.js";
import { analyse } from "../pipeline/analyse.js";

/** What one ingest worker does per article: the pipeline, then the knowledge-base keys the writer matches on. */
export function extractArticle(article: Article): PreparedAnalysis {
  return prepareAnalysis(analyse(article));
}
