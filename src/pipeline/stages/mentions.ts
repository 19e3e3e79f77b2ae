import { defineStage } from "../stage.js";

/** Names, metonyms, demonyms and organization descriptions, typed, before clustering. */
export const mentionsStage = defineStage({
  name: "mentions",
  reads: ["tokens", "sentences", "times", "quantities"],
  writes: ["mentions"],
  run() {
    return { mentions: [] };
  },
});
