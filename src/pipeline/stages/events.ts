import { extractEvents } from "../../events/extract.js";
import { defineStage } from "../stage.js";

/** Events from a small trigger vocabulary with participants, time, place, count, factuality and reporting claim. */
export const eventsStage = defineStage({
  name: "events",
  reads: ["reference", "tokens", "sentences", "times", "quantities", "mentions", "entities", "claims"],
  writes: ["events"],
  run(doc) {
    return {
      events: extractEvents({
        text: doc.article.text,
        tokens: doc.tokens,
        sentences: doc.sentences,
        times: doc.times,
        quantities: doc.quantities,
        mentions: doc.mentions,
        entities: doc.entities,
        claims: doc.claims,
        published: doc.reference?.date ?? null,
      }),
    };
  },
});
