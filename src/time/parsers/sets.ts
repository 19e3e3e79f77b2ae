import type { Parser } from "../candidate.js";

/** Words for something that recurs: "daily", "weekly", "annually" (TIMEX3 SET), adjectives too, as TimeML has it ("daily briefings"). */
export const setsParser: Parser = {
  name: "sets",
  triggers: (lex) => lex.sets.keys(),
  match(ctx, i) {
    const value = ctx.lex.sets.get(ctx.w(i) as string) as string;
    return { first: i, last: i, type: "SET", kind: "set", mod: null, rule: "set-word", fixed: { value, stated: [] } };
  },
};
