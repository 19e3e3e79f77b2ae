import { extractClaims } from "../../claims/extract.js";
import { defineStage } from "../stage.js";

/** Reported speech and attribution: content, cue, source, the via chain, time said, polarity, certainty. */
export const claimsStage = defineStage({
  name: "claims",
  reads: ["tokens", "sentences", "times", "mentions", "entities"],
  writes: ["claims"],
  run(doc) {
    return extractClaims({
      text: doc.article.text,
      tokens: doc.tokens,
      sentences: doc.sentences,
      times: doc.times,
      entities: doc.entities,
    });
  },
});
