import { detectConflicts } from "../../conflicts/detect.js";
import { defineStage } from "../stage.js";

/** Claims in one article that cannot all be true. */
export const conflictsStage = defineStage({
  name: "conflicts",
  reads: ["claims", "events", "entities", "quantities"],
  writes: ["conflicts"],
  run(doc) {
    return { conflicts: detectConflicts(doc.claims, doc.events, doc.entities, doc.quantities) };
  },
});
