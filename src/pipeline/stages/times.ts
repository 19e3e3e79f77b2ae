import { extractTimes } from "../../time/extract.js";
import { defineStage } from "../stage.js";

/** TIMEX3 times resolved against the publication date (src/time/ holds the rules). */
export const timesStage = defineStage({
  name: "times",
  reads: ["reference", "tokens", "sentences"],
  writes: ["times"],
  run(doc) {
    const { times, messages } = extractTimes(doc.article.text, doc.tokens, doc.sentences, doc.reference);
    return messages.length ? { times, messages } : { times };
  },
});
