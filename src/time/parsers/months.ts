import { givenNames } from "../../lexicon/given-names.js";
import { titles } from "../../lexicon/titles.js";
import { fromMonthIndex, isRealDay, monthIndex, monthOf, utcDay, yearOf } from "../calendar.js";
import type { Candidate, Parser, ScanContext } from "../candidate.js";
import { monthDay, namesEvent } from "../chrono-dates.js";
import { directionOf, occurrence } from "../cycles.js";
import { dayValue, monthValue } from "../timex-value.js";
import type { Word } from "../words.js";
import { yearSpanAt } from "./year-number.js";

/**
 * Month names without a day ("in April", "July 1997", "April of 2024", "last November"). A month with a
 * day number after it is left to chrono ("Oct. 23"). Without a year the month is read back in time from
 * the reference unless the clause speaks of the future. "May" the verb and "march" the noun are not months.
 */
export const monthsParser: Parser = {
  name: "months",
  triggers: (lex) => lex.months.keys(),
  match(ctx, i) {
    const { w, words, lex } = ctx;
    const word = words[i];
    const lower = w(i) as string;
    if (!word || !isMonthWord(ctx, i)) return null;
    const month = lex.months.get(lower) as number;
    let last = i;
    if (lex.monthAbbreviations.has(lower) && w(i + 1) === "." && words[i + 1]?.glued) last = i + 1;
    // A day number next: chrono's explicit dates handle it.
    const next = words[last + 1];
    if (next?.kind === "digit" && next.lower.length <= 2 && Number(next.lower) >= 1 && Number(next.lower) <= 31)
      return null;
    // "March eighth", "July Fourth", "June twenty-first, 1998": a day said as a spelled ordinal, as speech and
    // quotes have it; chrono reads only digits.
    const spelled = spelledDayAfter(ctx, last + 1, month);
    if (spelled) return monthAndDay(ctx, i, spelled.last, month, spelled.day);
    // "the eighth of March": the ordinal before "of" and the month, after "the" ("a third of March sales" is a share).
    const before = w(i - 1) === "of" ? spelledDayBefore(ctx, i - 2, month) : null;
    if (before && w(before.first - 1) === "the") return monthAndDay(ctx, before.first - 1, last, month, before.day);
    // A year after it: "July 1997", "July, 1997", "April of 2024", "January nineteen ninety-seven".
    let yAt = last + 1;
    if (w(yAt) === "," || w(yAt) === "of") yAt++;
    const year = yearSpanAt(ctx, yAt);
    if (year !== null) {
      return {
        first: i,
        last: year.last,
        type: "DATE",
        kind: "month",
        mod: null,
        rule: "month-year",
        fixed: { value: monthValue(year.year, month), stated: ["year", "month"] },
      };
    }
    // "July last year", "October of next year": the month in the year named relative to the reference.
    const of = w(last + 1) === "of" ? 1 : 0;
    const yearWord = w(last + 1 + of);
    const yearStep = w(last + 2 + of) === "year" ? lex.relative.get(yearWord ?? "") : undefined;
    if (yearStep !== undefined && yearWord !== "past" && yearWord !== "following") {
      return {
        first: i,
        last: last + 2 + of,
        type: "DATE",
        kind: "month",
        mod: null,
        rule: "month-relative-year",
        resolve: (c) => ({ value: monthValue(yearOf(c.ref) + yearStep, month), stated: ["month"] }),
      };
    }
    const prev = w(i - 1);
    if (prev === "every" || prev === "each") {
      const value = `XXXX-${String(month).padStart(2, "0")}`;
      return {
        first: i - 1,
        last,
        type: "SET",
        kind: "set",
        mod: null,
        rule: "month-set",
        fixed: { value, stated: ["month"] },
      };
    }
    const step = prev === "following" ? undefined : lex.relative.get(prev ?? "");
    return {
      first: step !== undefined ? i - 1 : i,
      last,
      type: "DATE",
      kind: "month",
      mod: null,
      rule: "month",
      resolve: (c) => {
        const current = monthIndex(yearOf(c.ref), monthOf(c.ref));
        let index = occurrence(current, 12, month - 1, directionOf(step, c.tense() ?? "past"));
        // A bare month read back that lands on next month's name a year ago is the coming one: news would say
        // "last September" for that ("a cutback in September" told in August).
        if (step === undefined && current - index >= NEXT_MONTH_BACK) index += 12;
        // "last February" in March is a year back (the month just gone would be "last month"); "next April"
        // in March is a year ahead.
        if (step !== undefined && step !== 0 && index === current + step) index += 12 * step;
        const m = fromMonthIndex(index);
        return { value: monthValue(m.year, m.month), stated: ["month"] };
      },
    };
  },
};

/** Words after a spelled ordinal that make it count something else ("in March second place", "May first round"). */
const ORDINAL_NOT_DAY_BEFORE = new Set(["-", "place", "round", "half", "quarter", "time", "day", "week"]);

/** A spelled ordinal day of `month` from word k on ("eighth", "twenty-first", "thirty first"), or null. */
function spelledDayAfter(ctx: ScanContext, k: number, month: number): { day: number; last: number } | null {
  const { w, words, lex } = ctx;
  const tens = lex.numbers.get(w(k) ?? "");
  let at = k;
  let day = 0;
  if (tens === 20 || tens === 30) {
    at = w(k + 1) === "-" && words[k + 1]?.glued && words[k + 2]?.glued ? k + 2 : k + 1;
    const unit = lex.dayOrdinals.get(w(at) ?? "");
    if (unit === undefined || unit > 9) return null;
    day = tens + unit;
  } else {
    day = lex.dayOrdinals.get(w(k) ?? "") ?? 0;
  }
  if (day === 0 || !isRealDay(2000, month, day)) return null;
  if (words[at]?.sentence !== words[k - 1]?.sentence) return null;
  const after = w(at + 1) ?? "";
  if (ORDINAL_NOT_DAY_BEFORE.has(after) || ctx.lex.units.has(after)) return null;
  return { day, last: at };
}

/** A spelled ordinal day of `month` ending at word k ("eighth", "twenty-first"), with where it starts, or null. */
function spelledDayBefore(ctx: ScanContext, k: number, month: number): { day: number; first: number } | null {
  const { w, words, lex } = ctx;
  const unit = lex.dayOrdinals.get(w(k) ?? "");
  if (unit === undefined) return null;
  const tensAt = w(k - 1) === "-" && words[k - 1]?.glued && words[k]?.glued ? k - 2 : k - 1;
  const tens = unit <= 9 ? lex.numbers.get(w(tensAt) ?? "") : undefined;
  const [day, first] = tens === 20 || tens === 30 ? [tens + unit, tensAt] : [unit, k];
  return isRealDay(2000, month, day) ? { day, first } : null;
}

/** A month and a spelled day, with a year if one follows ("March eighth, 1998"), else the nearest such day. */
function monthAndDay(ctx: ScanContext, from: number, last: number, month: number, day: number): Candidate {
  const { w, lex } = ctx;
  // "Sunday, March eighth", "this coming Sunday, March eighth": a weekday in apposition names the same day, one
  // expression with it, as chrono reads "Sunday, March 8".
  let first = from;
  if (w(from - 1) === "," && lex.weekdays.has(w(from - 2) ?? "")) {
    first = from - 2;
    if (lex.relative.has(w(first - 1) ?? "")) first--;
    if (w(first) === "coming" && w(first - 1) === "this") first--;
  }
  const base = { first, type: "DATE", kind: "day", mod: null, rule: "month-ordinal" } as const;
  const yAt = w(last + 1) === "," ? last + 2 : last + 1;
  const year = yearSpanAt(ctx, yAt);
  if (year && isRealDay(year.year, month, day))
    return {
      ...base,
      last: year.last,
      fixed: { value: dayValue(utcDay(year.year, month, day)), stated: ["year", "month", "day"] },
    };
  const named = namesEvent(ctx, last);
  return {
    ...base,
    last,
    resolve: (c) => ({ value: dayValue(monthDay(c, month, day, false, named)), stated: ["month", "day"] }),
  };
}

/** How many months back a bare month read in the past may land before it is read as the coming one. */
const NEXT_MONTH_BACK = 11;

/** Words after "March" or "May" that start a name ("March for Life", "March on Washington"). */
const NAMED_AFTER = new Set(["for", "of", "on", "against"]);

/** A month name after a given name or an honorific, or a given-name month before a surname and a speech verb. */
function personsName(ctx: ScanContext, i: number): boolean {
  const { w, words } = ctx;
  const word = words[i] as Word;
  const prev = words[i - 1]?.lower === "." ? i - 2 : i - 1;
  const before = words[prev];
  if (before?.capital && before.sentence === word.sentence) {
    const lower = w(prev) as string;
    const { honorifics, heads } = titles();
    if (honorifics.has(lower) || heads.has(lower) || (givenNames().has(lower) && !ctx.lex.months.has(lower)))
      return true;
  }
  // "April Ryan said": month, capitalised surname, verb.
  const next = words[i + 1];
  return (
    next?.capital === true && next.pos === "PROPN" && words[i + 2]?.pos === "VERB" && givenNames().has(w(i) as string)
  );
}

/** Whether the month name at i is used as one: capitalised, and for "may"/"march" not a verb or a noun. */
function isMonthWord(ctx: ScanContext, i: number): boolean {
  const { w, words, lex } = ctx;
  const word = words[i];
  const lower = w(i) as string;
  if (!word?.capital) return false;
  const next = words[i + 1];
  const numberNext = next?.kind === "digit" || (w(i + 1) === "." && words[i + 2]?.kind === "digit");
  if (lex.monthAbbreviations.has(lower)) return (w(i + 1) === "." && next?.glued === true) || next?.kind === "digit";
  // "Theresa May", "Mrs. May", "April Ryan said": a month name that is a person's name.
  if (!numberNext && personsName(ctx, i)) return false;
  if (!lex.monthsAlsoWords.has(lower)) return true;
  if (numberNext) return true;
  // "May" the modal and "March" the verb or noun ("a protest march", "the March on Rome").
  if (word.pos === "AUX" || word.pos === "VERB") return false;
  const prev = w(i - 1);
  if (prev === "a" || prev === "an") return false;
  // "the annual March for Life", "the March of the Mothers": a named march.
  const nameAt = w(i + 2) === "the" ? i + 3 : i + 2;
  const name = w(nameAt) ?? "";
  if (NAMED_AFTER.has(w(i + 1) ?? "") && words[nameAt]?.capital && !lex.weekdays.has(name) && !lex.months.has(name))
    return false;
  // "the May elections" names a month; "the March on Rome" does not.
  if (prev === "the" && next?.pos !== "NOUN" && next?.pos !== "PROPN") return false;
  // Sentence-initial "May" is a modal when a verb or pronoun follows ("May God bless", "May they rest").
  const initial = i === 0 || words[i - 1]?.sentence !== word.sentence || words[i - 1]?.kind === "punct";
  if (initial && (words[i + 1]?.pos === "VERB" || words[i + 1]?.pos === "PRON" || words[i + 1]?.pos === "PROPN"))
    return false;
  return true;
}
