import { defineStage } from "../stage.js";

/** Reported speech and attribution: content, cue, source, the via chain, time said, polarity, certainty. */
export const claimsStage = defineStage({
  name: "claims",
  reads: ["tokens", "sentences", "times", "mentions", "entities"],
  writes: ["claims"],
  run() {
    return { claims: [] };
  },
});
