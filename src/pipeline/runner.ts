import type { Message } from "../article/analysis.js";
import type { Article } from "../article/article.js";
import type { Doc, LayerName } from "./layers.js";
import type { AnyStage } from "./stage.js";

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  run(article: Article): Doc;
}

/** Checks, once when it is built, that every stage reads only layers an earlier stage wrote. */
export function buildPipeline(stages: readonly AnyStage[]): Pipeline {
  const written = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`pipeline: two stages are named "${stage.name}"`);
    names.add(stage.name);
    for (const layer of stage.reads) {
      if (!written.has(layer))
        throw new Error(`pipeline: stage "${stage.name}" reads "${layer}" before any stage writes it`);
    }
    for (const layer of stage.writes) written.add(layer);
  }
  return {
    stages,
    run(article) {
      let doc: Doc = { article, messages: [] };
      for (const stage of stages) {
        const { messages = [], ...layers } = stage.run(doc as never);
        const stamped: Message[] = messages.map((m) => ({ ...m, stage: stage.name }));
        doc = { ...doc, ...layers, messages: stamped.length ? [...doc.messages, ...stamped] : doc.messages };
      }
      return doc;
    },
  };
}
