import { parsePublished } from "../../article/published.js";
import { warning } from "../messages.js";
import { defineStage } from "../stage.js";

/** Validates the publication date once, so every later stage has one reference (or knows it has none). */
export const referenceStage = defineStage({
  name: "reference",
  reads: [],
  writes: ["reference"],
  run(doc) {
    const given = doc.article.published;
    if (given == null || given.trim() === "") {
      return {
        reference: null,
        messages: [
          warning(
            "no-publication-date",
            "The article has no publication date: relative times keep only what the text states (XXXX-09-30 for 'Sept. 30'). Give one with --published YYYY-MM-DD.",
          ),
        ],
      };
    }
    const parsed = parsePublished(given);
    if (!parsed) {
      return {
        reference: null,
        messages: [
          warning(
            "bad-publication-date",
            `The publication date "${given}" is not a real date: relative times keep only what the text states.`,
          ),
        ],
      };
    }
    return { reference: { date: parsed, iso: given.trim() } };
  },
});
