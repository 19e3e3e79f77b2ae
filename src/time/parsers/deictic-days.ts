import { addDays } from "../calendar.js";
import type { Parser, ScanContext } from "../candidate.js";
import { dayValue, partOfDayValue } from "../timex-value.js";
import type { Word } from "../words.js";

/** "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "tomorrow night": days counted from the reference. */
export const deicticDaysParser: Parser = {
  name: "deictic-days",
  triggers: (lex) => lex.deicticDays.keys(),
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    const offset = lex.deicticDays.get(lower) as number;
    // "today's youth", "the world of tomorrow": the present or the future in general.
    if (w(i + 1) === "'" && w(i + 2) === "s" && lex.deicticGenericBefore.has(w(i + 3) ?? "")) return null;
    if (lower !== "yesterday" && w(i - 1) === "of" && isPluralNoun(ctx.words[i - 2])) return null;
    if (endsName(ctx, i)) return null;
    const part = lower === "tonight" ? "NI" : lex.partsOfDay.get(w(i + 1) ?? "");
    const last = part && lower !== "tonight" ? i + 1 : i;
    return {
      first: i,
      last,
      type: part ? "TIME" : "DATE",
      kind: part ? "time" : "day",
      mod: null,
      rule: "deictic-day",
      resolve: (c) => {
        const date = addDays(c.ref, offset);
        return { value: part ? partOfDayValue(date, part) : dayValue(date), stated: [] };
      },
    };
  },
};

/** "people", "leaders", "cars": a plural noun, as in "the leaders of tomorrow". */
function isPluralNoun(word: Word | undefined): boolean {
  if (word?.pos !== "NOUN") return false;
  return word.lower === "people" || (word.lower.endsWith("s") && !word.lower.endsWith("ss"));
}

/**
 * "USA Today", "This is VOA Today": a capitalised "Today" right after an acronym ends a newspaper's or a
 * programme's name. Only after an acronym: after a capitalised word it may be a headline's title case
 * ("Leaders Meet in Paris Today").
 */
function endsName(ctx: ScanContext, i: number): boolean {
  const { words, text } = ctx;
  const word = words[i];
  const before = words[i - 1];
  if (!word?.capital || !before || before.sentence !== word.sentence || before.kind !== "alpha") return false;
  return /^[A-Z]{2,}$/.test(text.slice(before.start, before.end));
}
