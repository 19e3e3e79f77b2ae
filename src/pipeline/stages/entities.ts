import { defineStage } from "../stage.js";

/** Clusters mentions into the article's entities: surnames to full names, metonyms to states, "the ministry" to the one named before. */
export const entitiesStage = defineStage({
  name: "entities",
  reads: ["tokens", "sentences", "mentions"],
  writes: ["entities"],
  run() {
    return { entities: [] };
  },
});
