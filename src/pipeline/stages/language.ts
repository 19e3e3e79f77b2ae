import { warning } from "../messages.js";
import { defineStage } from "../stage.js";

// Function words that make up a large share of any English news text (and few other languages' texts).
const ENGLISH = new Set(
  "the of and to a in that is was for on it with as by at from he his said be are have has an this which were not but or its they their who been will would had after than more".split(
    " ",
  ),
);

/** Flags articles that are not English: dossier's lexicons and models are English, so results would be poor. */
export const languageStage = defineStage({
  name: "language",
  reads: ["tokens"],
  writes: ["language"],
  run(doc) {
    let words = 0;
    let english = 0;
    for (const t of doc.tokens) {
      if (t.pos === "PUNCT" || t.pos === "SPACE" || t.pos === "NUM" || t.pos === "SYM") continue;
      words++;
      if (ENGLISH.has(t.normal)) english++;
    }
    const englishShare = words ? english / words : 0;
    // English news runs at 35-45% of these words; under 12% over a real sample means another language.
    const code = words >= 20 && englishShare < 0.12 ? "unknown" : "en";
    return {
      language: { code, englishShare },
      messages:
        code === "unknown"
          ? [
              warning(
                "not-english",
                `The article does not look like English (${Math.round(englishShare * 100)}% common English words): dossier reads English only, so little will be found.`,
              ),
            ]
          : [],
    };
  },
});
