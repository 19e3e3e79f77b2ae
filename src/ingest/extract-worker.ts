// Worker thread body: analyses the articles the pool sends and posts them back prepared for the store.
import { parentPort } from "node:worker_threads";
import type { Article } from "../article/article.js";
import type { PreparedAnalysis } from "../kb/prepare.js";
import { extractArticle } from "./extract-article.js";

export interface WorkerRequest {
  id: number;
  article: Article;
}

export type WorkerResponse = { id: number; prepared: PreparedAnalysis } | { id: number; error: string };

parentPort?.on("message", (request: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, prepared: extractArticle(request.article) } satisfies WorkerResponse);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
