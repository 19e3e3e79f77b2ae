import { clusterMentions } from "../../names/cluster.js";
import { defineStage } from "../stage.js";

/** Clusters mentions into the article's entities: surnames to full names, metonyms to states, "the ministry" to the one named before. */
export const entitiesStage = defineStage({
  name: "entities",
  reads: ["tokens", "mentions"],
  writes: ["entities"],
  run(doc) {
    return { entities: clusterMentions({ text: doc.article.text, tokens: doc.tokens, mentions: doc.mentions }) };
  },
});
