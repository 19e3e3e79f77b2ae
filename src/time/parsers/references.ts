import type { Candidate, Parser, ScanContext } from "../candidate.js";

/**
 * Words and phrases that point at the present, the past or the future without naming a date: "now",
 * "currently", "recently", "in the past", "the future", "these days" (PRESENT_REF, PAST_REF, FUTURE_REF).
 */
export const referencesParser: Parser = {
  name: "references",
  triggers: (lex) => [...lex.referenceWords.keys(), ...lex.referencePhrases.firstWords()],
  match(ctx, i) {
    const { w, lex } = ctx;
    const phrase = lex.referencePhrases.startingAt(w, i);
    if (phrase) {
      // Before a noun the phrase is a modifier ("the long term debt", "at present levels"), not a time; before a
      // time unit it still is one ("in future quarters").
      const next = ctx.words[phrase.last + 1];
      if (next?.pos === "NOUN" && !lex.units.has(next.lower)) return null;
      // "the past three summers": a count follows, so the stretch is counted, not the past at large.
      if (next && (next.kind === "digit" || isCountWord(lex, next.lower))) return null;
      return ref(i, phrase.last, phrase.value, "reference-phrase");
    }
    const value = lex.referenceWords.get(w(i) as string);
    if (!value) return null;
    if (lex.referenceNotBefore.has(w(i + 1) ?? "")) return null;
    // "current and former officials", "past or present members": a standing, not a time.
    const joined = (j: number, k: number) => (w(j) === "and" || w(j) === "or") && lex.referencePaired.has(w(k) ?? "");
    if (joined(i + 1, i + 2) || joined(i - 1, i - 2)) return null;
    if (lex.referenceOpeners.has(w(i) as string) && w(i + 1) === "," && opensSentence(ctx.words, i)) return null;
    // "the then current price", "the then-current chairman": the present of a past moment.
    if (value === "PRESENT_REF") {
      const then = w(i - 1) === "-" ? i - 2 : i - 1;
      if (w(then) === "then" && (then === i - 2 || DETERMINERS.has(w(then - 1) ?? "")))
        return ref(then, i, "PAST_REF", "reference-then");
    }
    return ref(i, i, value, "reference-word");
  },
};

/** Words before "then current" that make "then" an adjective ("the then current price"), not "if …, then …". */
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "whose"]);

/** A number word ("three", "dozen"), but not the articles that also count one ("a", "an"). */
const isCountWord = (lex: ScanContext["lex"], word: string): boolean =>
  lex.numbers.has(word) && word !== "a" && word !== "an";

/** The word starts its sentence, maybe after an opening quote. */
function opensSentence(words: ScanContext["words"], i: number): boolean {
  const word = words[i];
  const before = words[i - 1];
  if (!word || !before || before.sentence !== word.sentence) return true;
  return before.kind === "punct" && QUOTES.has(before.lower) && words[i - 2]?.sentence !== word.sentence;
}
const QUOTES = new Set(['"', "'", "\u201c", "`"]);

function ref(first: number, last: number, value: string, rule: string): Candidate {
  return { first, last, type: "DATE", kind: "ref", mod: null, rule, fixed: { value, stated: [] } };
}
