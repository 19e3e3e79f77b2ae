import type { Parser, ScanContext } from "../candidate.js";
import { isTitleWord } from "./units.js";

/**
 * Words for something that recurs: "daily", "weekly", "annually" (TIMEX3 SET), adjectives too, as TimeML has
 * it ("daily briefings"). Not in a rate or an average ("20% annually", "average daily volume"), nor where the
 * word says what period a noun covers ("quarterly dividend").
 */
export const setsParser: Parser = {
  name: "sets",
  triggers: (lex) => lex.sets.keys(),
  match(ctx, i) {
    const lower = ctx.w(i) as string;
    const value = ctx.lex.sets.get(lower) as string;
    if (isRate(ctx, i)) return null;
    if (ctx.lex.setsDescribeNouns.has(lower) && isNoun(ctx, i + 1)) return null;
    if (isNounUse(ctx, i)) return null;
    // "the People's Daily reported": capitalised inside a sentence, the word ends a newspaper's name.
    if (isTitleWord(ctx, i)) return null;
    return { first: i, last: i, type: "SET", kind: "set", mod: null, rule: "set-word", fixed: { value, stated: [] } };
  },
};

/** The set word follows an amount ("$2 million annually", "10,000 units annually") or "average". */
function isRate(ctx: ScanContext, i: number): boolean {
  const { words, lex } = ctx;
  const before = words[i - 1];
  if (!before) return false;
  if (lex.setsNotAfter.has(before.lower) || isAmount(before)) return true;
  return (before.pos === "NOUN" || before.pos === "PROPN") && isAmount(words[i - 2]);
}

const isAmount = (word: ScanContext["words"][number] | undefined): boolean =>
  word !== undefined && (word.kind === "digit" || word.pos === "NUM");

function isNoun(ctx: ScanContext, i: number): boolean {
  const pos = ctx.words[i]?.pos;
  return pos === "NOUN" || pos === "PROPN" || pos === "ADJ";
}

/**
 * The set word used as a noun: a newspaper before its name ("the party daily Granma") or a dividend before what
 * it pays ("its initial quarterly of five cents").
 */
function isNounUse(ctx: ScanContext, i: number): boolean {
  const { words, lex, w } = ctx;
  const next = words[i + 1];
  if (!next || next.sentence !== words[i]?.sentence) return false;
  if (next.lower === "of") return words[i + 2]?.kind === "digit" || words[i + 2]?.pos === "NUM";
  const name = next.capital && next.pos === "PROPN";
  return name && !lex.weekdays.has(next.lower) && !lex.months.has(next.lower) && w(i - 1) !== undefined;
}
