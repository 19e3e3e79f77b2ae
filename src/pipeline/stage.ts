import type { Message } from "../article/analysis.js";
import type { Doc, DocWith, LayerName, Layers } from "./layers.js";

/** A problem a stage met, without the stage name (the runner adds it). */
export type StageMessage = Omit<Message, "stage">;

export type StageOutput<W extends LayerName> = Pick<Layers, W> & { messages?: StageMessage[] };

/** One named step of the pipeline: reads some layers, returns the layers it writes. Never mutates its input. */
export interface Stage<R extends LayerName = LayerName, W extends LayerName = LayerName> {
  readonly name: string;
  readonly reads: readonly R[];
  readonly writes: readonly W[];
  run(doc: DocWith<R>): StageOutput<W>;
}

/** Declares a stage with its reads and writes checked by the type system. */
export function defineStage<R extends LayerName, W extends LayerName>(stage: Stage<R, W>): Stage<R, W> {
  return stage;
}

export type AnyStage = Stage<LayerName, LayerName>;
export type { Doc };
