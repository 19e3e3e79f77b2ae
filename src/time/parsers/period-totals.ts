import type { Parser } from "../candidate.js";

/**
 * "an annual profit", "its first annual loss": the adjective says how long a stretch the figure covers, a
 * duration (P1Y). Only before a results noun, maybe after "net" or the like ("annual net loss"): "the annual
 * meeting" and "annual sales of $2 billion" are not read as times.
 */
export const periodTotalsParser: Parser = {
  name: "period-totals",
  triggers: (lex) => lex.periodTotals.keys(),
  match(ctx, i) {
    const { w, lex } = ctx;
    const value = lex.periodTotals.get(w(i) as string) as string;
    const next = lex.periodTotalFillers.has(w(i + 1) ?? "") ? i + 2 : i + 1;
    if (!lex.periodTotalNouns.has(w(next) ?? "")) return null;
    return {
      first: i,
      last: i,
      type: "DURATION",
      kind: "duration",
      mod: null,
      rule: "period-total",
      fixed: { value, stated: [] },
    };
  },
};
