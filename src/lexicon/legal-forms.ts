import { once, readLexicon } from "./read-lexicon.js";

/** lexicon/legal-forms.json: folded legal-form words that end company names ("inc", "corporation", "gmbh"). */
export const legalForms = once(
  (): ReadonlySet<string> => new Set(readLexicon<{ suffixes: string[] }>("legal-forms.json").suffixes),
);
