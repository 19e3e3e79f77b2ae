import { findQuantities } from "../../quantity/find-quantities.js";
import { quantityLexicon } from "../../quantity/lexicon.js";
import { makeTokenView } from "../../quantity/token-view.js";
import { defineStage } from "../stage.js";

/** Numbers, approximations, bounds, money and percentages with the counted noun. */
export const quantitiesStage = defineStage({
  name: "quantities",
  reads: ["tokens", "times"],
  writes: ["quantities"],
  run(doc) {
    const view = makeTokenView(doc.article.text, doc.tokens, doc.times, quantityLexicon());
    return { quantities: findQuantities(view) };
  },
});
