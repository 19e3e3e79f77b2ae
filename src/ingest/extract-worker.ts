// Worker thread body: analyses the articles the pool sends and posts the analyses back.
import { parentPort } from "node:worker_threads";
import type { Article } from "../article/article.js";
import { analyse } from "../pipeline/analyse.js";

export interface WorkerRequest {
  id: number;
  article: Article;
}

export type WorkerResponse = { id: number; analysis: ReturnType<typeof analyse> } | { id: number; error: string };

parentPort?.on("message", (request: WorkerRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, analysis: analyse(request.article) } satisfies WorkerResponse);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
