import { findMentions } from "../../names/find-mentions.js";
import { defineStage } from "../stage.js";

/** Names, metonyms, demonyms and organization descriptions, typed, before clustering. */
export const mentionsStage = defineStage({
  name: "mentions",
  reads: ["reference", "tokens", "sentences", "times"],
  writes: ["mentions"],
  run(doc) {
    return {
      mentions: findMentions({
        text: doc.article.text,
        tokens: doc.tokens,
        sentences: doc.sentences,
        times: doc.times,
        published: doc.reference?.iso ?? null,
      }),
    };
  },
});
