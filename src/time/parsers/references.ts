import type { Candidate, Parser } from "../candidate.js";

/**
 * Words and phrases that point at the present, the past or the future without naming a date: "now",
 * "currently", "recently", "in the past", "the future", "these days" (PRESENT_REF, PAST_REF, FUTURE_REF).
 */
export const referencesParser: Parser = {
  name: "references",
  triggers: (lex) => [...lex.referenceWords.keys(), "the", "at", "these", "near", "recent", "in"],
  match(ctx, i) {
    const { w, lex } = ctx;
    const phrase = lex.referencePhrases.startingAt(w, i);
    if (phrase) {
      // Before a noun the phrase is a modifier ("the long term debt", "at present levels"), not a time; before a
      // time unit it still is one ("in future quarters").
      const next = ctx.words[phrase.last + 1];
      if (next?.pos === "NOUN" && !lex.units.has(next.lower)) return null;
      return ref(i, phrase.last, phrase.value, "reference-phrase");
    }
    const value = lex.referenceWords.get(w(i) as string);
    if (!value) return null;
    if (lex.referenceNotBefore.has(w(i + 1) ?? "")) return null;
    return ref(i, i, value, "reference-word");
  },
};

function ref(first: number, last: number, value: string, rule: string): Candidate {
  return { first, last, type: "DATE", kind: "ref", mod: null, rule, fixed: { value, stated: [] } };
}
