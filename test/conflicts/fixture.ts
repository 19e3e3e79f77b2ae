import type { Conflict, Event } from "../../src/article/analysis.js";
import { conflictsStage } from "../../src/pipeline/stages/conflicts.js";
import { eventsStage } from "../../src/pipeline/stages/events.js";
import { buildDoc, type Spec } from "../events/fixture.js";

/** Events then conflicts, on a text with hand-built entities, times, quantities and claims. */
export function conflictsOf(text: string, spec: Spec): { conflicts: Conflict[]; events: Event[] } {
  const doc = buildDoc(text, spec) as Parameters<typeof eventsStage.run>[0];
  const { events } = eventsStage.run(doc);
  const { conflicts } = conflictsStage.run({ ...doc, events } as Parameters<typeof conflictsStage.run>[0]);
  return { conflicts, events };
}
