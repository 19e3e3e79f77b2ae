import type { Parser } from "../candidate.js";

/**
 * Adverbs that point ahead without a date ("will soon begin", "may soon seek": FUTURE_REF). They say so only
 * when the clause is not told in the past: "was soon released" and "soon became" place one past event after
 * another. Not where the adverb links two events ("soon after the vote", "as soon as he lands") or makes a
 * compound ("a soon-to-open terminal").
 */
export const aheadWordsParser: Parser = {
  name: "ahead-words",
  triggers: (lex) => lex.aheadWords.keys(),
  match(ctx, i) {
    const { w, lex } = ctx;
    const value = lex.aheadWords.get(w(i) as string) as string;
    if (lex.aheadNotBefore.has(w(i + 1) ?? "") || w(i - 1) === "as") return null;
    return {
      first: i,
      last: i,
      type: "DATE",
      kind: "ref",
      mod: null,
      rule: "ahead-word",
      needsReference: false,
      resolve: (c) => (c.tense() === "past" ? null : { value, stated: [] }),
    };
  },
};
