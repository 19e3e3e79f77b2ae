import type { TimexType } from "../../article/analysis.js";
import { addDays, fromMonthIndex, isoWeekday, monthIndex, monthOf, parseDay, yearOf } from "../calendar.js";
import type { Candidate, Parser, ResolveContext, Resolved, ScanContext, TimeKind } from "../candidate.js";
import { countEndingAt } from "../quantity.js";
import {
  centuryValue,
  type DurationUnit,
  dayValue,
  decadeValue,
  durationValue,
  monthValue,
  quarterValue,
  weekendValue,
  weekValue,
  yearValue,
} from "../timex-value.js";

/** Words before a count that make the phrase a stretch of time ("the past two months", "the first nine months"). */
const STRETCH_LEADS = new Set([
  "past",
  "last",
  "next",
  "coming",
  "first",
  "final",
  "previous",
  "latest",
  "recent",
  "initial",
  "remaining",
  "preceding",
  "ensuing",
  "following",
  "further",
  "additional",
  "another",
  "other",
]);
/** Words before a bare plural unit that make it a vague duration ("for years", "within days", "decades of"). */
const BARE_PLURAL_LEADS = new Set([
  "for",
  "in",
  "over",
  "within",
  "after",
  "during",
  "took",
  "take",
  "takes",
  "spent",
  "spend",
  "lasted",
  "last",
  "lasting",
  "waited",
  "wait",
  "recent",
  "coming",
  "past",
  "next",
]);
/** Words before "a"/"an" + unit that make it a rate ("twice a year", "$5 million a year"). */
const RATE_LEADS = new Set(["times", "twice", "once", "thrice", "percent", "%"]);
/** Words before "the year" that make it the year being talked about ("for the year", "rest of the year"). */
const YEAR_LEADS = new Set(["for", "of", "during", "throughout", "in"]);
const SET_WORDS = new Set(["every", "each", "per"]);
/** Words before "the" + a plural unit that make it a vague stretch ("over the years", "through the decades"). */
const OVER_LEADS = new Set(["over", "through", "throughout"]);
/** Words between "the" and "year" that make it the whole year being talked about ("the full year", "the entire year"). */
const WHOLE = new Set(["full", "entire", "whole"]);
/** Words that join the two ends of a range of counts ("two to six days", "between 60 and 90 days"). */
const RANGE_JOINS = new Set(["to", "and", "or", "-"]);
const CURRENCY = new Set(["$", "€", "£", "¥"]);
/** Words before "hours" that make "the … hours" a part of the day ("the early hours", "the small hours"). */
const DAY_PART_HOURS = new Set(["early", "small", "wee", "late", "dark", "morning", "evening", "night", "daylight"]);
/** Words after a counted unit that place it from a moment ("two weeks ago", "a day later", "a year hence"). */
const PLACING_TAILS = new Set(["ago", "hence", "from", "later", "earlier"]);
/** Words after "the day" that say which day it is, so it is not simply the day being reported. */
const DAY_PICKERS = new Set(["that", "when", "which", "of", "before", "after"]);

/**
 * Phrases around a time unit word (year, months, week …): durations ("three-year-long", "48 hours",
 * "the past two months", "decades"), dates counted from the reference ("last week", "this month",
 * "two years ago", "three days from now"), rates ("every week", "twice a year"), and "the year" as the
 * weak target of "the end of the year". Ages ("a 59-year-old", "40 years old") are left alone.
 */
export const unitsParser: Parser = {
  name: "units",
  triggers: (lex) => [...lex.units.keys(), "weekend"],
  match(ctx, i) {
    if (ctx.w(i) === "weekend") return weekend(ctx, i);
    const { w, words, lex } = ctx;
    const lower = w(i) as string;
    const unit = lex.units.get(lower) as DurationUnit;
    if (isTitleWord(ctx, i)) return null;
    const plural = lower.endsWith("s") || lower.endsWith("ia");

    // Right: "-long" belongs to the phrase; "-old" and "old" make it an age; other hyphen compounds are not times.
    let last = i;
    if (w(i + 1) === "-" && words[i + 1]?.glued) {
      const after = w(i + 2);
      if (after === "long") last = i + 2;
      else if (words[i + 2]?.kind === "alpha" && words[i + 2]?.glued) return null;
    }
    if (w(i + 1) === "old" || w(i + 1) === "olds" || w(last + 1) === "old") return null;
    // "a minute and a half": half a unit more.
    const andAHalf = last === i && w(i + 1) === "and" && w(i + 2) === "a" && w(i + 3) === "half";
    if (andAHalf) last = i + 3;
    // "a week or so ago": the approximation sits between the count and the word that places it.
    const orSo = w(last + 1) === "or" && w(last + 2) === "so" && PLACING_TAILS.has(w(last + 3) ?? "") ? 2 : 0;
    const tail = w(last + 1 + orSo);
    const mode =
      tail === "ago"
        ? "ago"
        : tail === "hence" || (tail === "from" && w(last + 2 + orSo) === "now")
          ? "hence"
          : tail === "later" || tail === "earlier"
            ? tail
            : "plain";
    const tailEnd =
      orSo +
      (mode === "ago" || mode === "later" || mode === "earlier"
        ? last + 1
        : mode === "hence"
          ? last + (tail === "hence" ? 1 : 2)
          : last);
    const approx = (c: Candidate | null): Candidate | null => (c && orSo ? { ...c, mod: "APPROX" } : c);

    // Left: a count, maybe glued by a hyphen ("three-year", "48-hour").
    let k = i - 1;
    const hyphen = w(k) === "-" && words[i]?.glued === true && words[k]?.glued === true;
    if (hyphen) k--;
    // "two more weeks", "eight trading days": one filler word may sit between the count and the unit.
    const filler = !hyphen && lex.countFillers.has(w(k) ?? "") ? countEndingAt(ctx, k - 1) : null;
    // "single-day": one unit, as "one-day" is.
    const single = hyphen && w(k) === "single" ? { amount: 1, first: k, article: false } : null;
    const read = filler ?? single ?? countEndingAt(ctx, k);
    // "a decades-long feud": the article belongs to the noun, not to a plural unit.
    const found = read?.article && plural ? null : read;
    const count = found && andAHalf && found.amount !== null ? { ...found, amount: found.amount + 0.5 } : found;
    // "a second group", "a second time", "a second one": the ordinal, not the unit.
    if (count?.article && unit === "S" && !plural && (isNounLike(words[i + 1]?.pos) || w(i + 1) === "one")) return null;
    if (count && !(hyphen && count.article)) {
      if (unit === "Q" && (count.article || hyphen)) return null; // "a quarter of the vote", "three-quarters"
      // "the 1988 quarter", "the 2024 election year": a year before a singular unit counts nothing.
      if (!plural && !hyphen && words[count.first]?.kind === "digit" && (count.amount ?? 0) >= 1000) return null;
      let first = count.first;
      if (mode === "ago" || mode === "hence")
        return approx(counted(first, tailEnd, unit, count.amount, mode === "ago" ? -1 : 1));
      if (mode === "later" || mode === "earlier") {
        const shifted = anaphoric(first, tailEnd, unit, count.amount, mode === "earlier" ? -1 : 1);
        if (shifted) return approx(shifted); // else the stretch itself ("a few days later", "an hour later")
      }
      if (count.article && !hyphen) {
        const before = words[first - 1];
        if (before && (before.kind === "digit" || before.pos === "NUM" || RATE_LEADS.has(before.lower)))
          return set(first, i, durationValue(1, unit), "units-rate");
      }
      if (SET_WORDS.has(w(first - 1) ?? ""))
        return set(first - 1, last, durationValue(count.amount, unit), "units-every");
      // "Islam will one day be ...", "he hopes he one day leads": some day to come, not a stretch of 24 hours.
      // In a past clause ("he one day walked in") it is no time to place.
      if (unit === "D" && !plural && w(first) === "one" && last === i && someDayAhead(ctx, first, i))
        return {
          first,
          last: i,
          type: "DATE",
          kind: "ref",
          mod: null,
          rule: "units-one-day",
          needsReference: false,
          resolve: (c) => (c.tense() === "past" ? null : { value: "FUTURE_REF", stated: [] }),
        };
      if (STRETCH_LEADS.has(w(first - 1) ?? "") && !hyphen) {
        first--;
        if (w(first - 1) === "the") first--;
      } else if (w(first - 1) === "the" && !hyphen && (count.amount ?? 2) > 1) first--;
      const main = duration(first, last, countedDuration(count.amount, unit), "units-duration");
      const from = hyphen || count.article ? null : rangeStart(ctx, count.first, unit);
      return from ? [from, main] : main;
    }
    if (hyphen) return null; // "mid-year", "year-on-year"
    // "a day-long meeting", "a year-long siege": one unit; "decades-long" is vague.
    if (last > i && !andAHalf)
      return duration(
        i,
        last,
        plural ? countedDuration(null, unit) : countedDuration(1, unit),
        plural ? "units-vague" : "units-duration",
      );

    // "this fiscal year", "the current fiscal year": the fiscal year read as the calendar one.
    const fiscal = w(i - 1) === "fiscal" && unit === "Y" ? 1 : 0;
    const prev = w(i - 1 - fiscal);
    if (SET_WORDS.has(prev ?? "") && !plural) return set(i - 1, i, durationValue(1, unit), "units-every");
    if (!plural && (prev === "that" || (prev === "following" && w(i - 2) === "the"))) {
      // "that year", "the following month": the same or the next one after the one just talked about.
      return sameAsBefore(prev === "that" ? i - 1 : i - 2, last, unit, prev === "that" ? 0 : 1);
    }
    // "the same day", "that same month": the one just talked about.
    if (!plural && prev === "same" && (w(i - 2) === "the" || w(i - 2) === "that"))
      return sameAsBefore(i - 2, last, unit, 0);
    // "ended the day", "for the day": the trading or working day being reported, not a stretch of 24 hours.
    // Not a day that a clause or "of" picks out ("for the day that the land vanishes", "for the day of the vote").
    if (!plural && unit === "D" && prev === "the" && last === i && lex.dayLeads.has(w(i - 2) ?? ""))
      return DAY_PICKERS.has(w(i + 1) ?? "") ? null : theDay(i - 1, i);
    const step = lex.relative.get(prev ?? "");
    if (step !== undefined && prev !== "following") {
      const first = w(i - 2 - fiscal) === "the" ? i - 2 - fiscal : i - 1 - fiscal;
      if (plural) return duration(first, last, countedDuration(null, unit), "units-vague");
      // "the past year and a half": a stretch of one and a half units.
      if (andAHalf) return duration(first, last, countedDuration(1.5, unit), "units-duration");
      if (unit === "D" || unit === "Q") return null; // "the next day" is anaphoric; quarters have their own rules
      // "the past decade", "the past century": the stretch up to now, not the previous calendar decade.
      if (prev === "past" && (unit === "DE" || unit === "CE"))
        return duration(first, last, countedDuration(1, unit), "units-duration");
      // "the previous month" after "In February 2024": the one before the month just talked about.
      if (prev === "previous" && first === i - 2 - fiscal) return beforeLastOrDeictic(first, last, unit, step);
      return relativeUnit(first, last, unit, step);
    }
    if (plural && unit !== "Q") {
      if (mode === "ago") return ref(i, tailEnd, "PAST_REF", "units-vague-ago");
      if (prev === "the" && last === i && OVER_LEADS.has(w(i - 2) ?? ""))
        return duration(i - 1, i, countedDuration(null, unit), "units-vague");
      // "in the weeks ahead", "for years to come": a stretch still to run.
      // Not "the weeks ahead of the vote", where "ahead of" places the weeks before something.
      const ahead =
        w(i + 1) === "ahead" && w(i + 2) !== "of" ? i + 1 : w(i + 1) === "to" && w(i + 2) === "come" ? i + 2 : -1;
      if (ahead > 0 && last === i)
        return duration(prev === "the" ? i - 1 : i, ahead, countedDuration(null, unit), "units-vague");
      const lead = prev === undefined || words[i - 1]?.kind === "punct" || BARE_PLURAL_LEADS.has(prev);
      // "the early hours of Sunday", "the small hours": a part of that day, not a stretch of hours.
      if (unit === "H" && prev !== undefined && DAY_PART_HOURS.has(prev) && w(i - 2) === "the") return null;
      if (lead || last > i || w(i + 1) === "of") {
        if (prev === "recent" && unit === "Y") return null; // "recent years" is PAST_REF, read by the references
        const first = prev === "recent" || prev === "coming" || prev === "past" ? i - 1 : i;
        return duration(first, last, countedDuration(null, unit), "units-vague");
      }
      return null;
    }
    // "the year", "the fiscal year", "the full year"
    const article =
      prev === "the" ? i - 1 - fiscal : WHOLE.has(prev ?? "") && w(i - 2 - fiscal) === "the" ? i - 2 - fiscal : -1;
    if (article >= 0 && !plural) {
      // "the year ended Sept. 30": the twelve months up to that day, a stretch rather than a calendar year.
      if (unit === "Y" && (w(i + 1) === "ended" || w(i + 1) === "ending"))
        return duration(article, i, durationValue(1, "Y"), "units-duration");
      const c = unit === "Y" ? theYear(article, i) : relativeUnit(article, i, unit, 0);
      // "the year" alone is too vague to keep; "for the year", "of the year", "the full year" and
      // "the end of the year" (taken by a modifier) mean the year being talked about.
      if (c) c.weak = prev === "the" && !(unit === "Y" && YEAR_LEADS.has(w(article - 1) ?? ""));
      return c;
    }
    return null;
  },
};

/**
 * A capitalised unit inside a sentence names something ("60 Minutes", ABC's "This Week"): ordinary text writes
 * "this week". Text all in capitals is left alone.
 */
export function isTitleWord(ctx: ScanContext, i: number): boolean {
  const word = ctx.words[i];
  // "the Workers' Daily": a plural's possessive mark is part of the name before the word.
  const mark = ctx.words[i - 1];
  const before = mark && (mark.lower === "'" || mark.lower === "\u2019") ? ctx.words[i - 2] : mark;
  if (!word?.capital || !before || before.sentence !== word.sentence || before.kind === "punct") return false;
  const text = ctx.text.slice(word.start, word.end);
  return text !== text.toUpperCase() && !inTitleCaseLine(ctx, i);
}

/** The words before i in its sentence are capitalised too: a headline ("Action On Immigration In First 100 Days"). */
function inTitleCaseLine(ctx: ScanContext, i: number): boolean {
  const sentence = ctx.words[i]?.sentence;
  let seen = 0;
  for (let k = i - 1; k >= 0 && seen < 4; k--) {
    const word = ctx.words[k] as ScanContext["words"][number];
    if (word.sentence !== sentence) break;
    if (word.kind !== "alpha" || word.lower.length < 3) continue;
    if (!word.capital) return false;
    seen++;
  }
  return seen >= 4;
}

/** "one day" between a subject or modal and the verb it modifies ("will one day be", "he one day leads"). */
function someDayAhead(ctx: ScanContext, first: number, last: number): boolean {
  const before = ctx.words[first - 1];
  const after = ctx.words[last + 1];
  if (!before || !after || (after.pos !== "VERB" && after.pos !== "AUX")) return false;
  return before.pos === "PRON" || before.pos === "AUX" || before.pos === "PROPN" || before.pos === "NOUN";
}

const isNounLike = (pos: string | undefined) => pos === "NOUN" || pos === "PROPN" || pos === "ADJ";

/**
 * A counted duration's value; counted decades and centuries are written in years ("two decades" → P20Y), and so
 * are uncounted decades ("decades-long" → PXY), as TimeBank and MEANTIME both write them.
 */
function countedDuration(amount: number | null, unit: DurationUnit): string {
  if (amount === null && unit === "DE") return durationValue(null, "Y");
  if (amount !== null && (unit === "DE" || unit === "CE" || unit === "ML"))
    return durationValue(amount * (unit === "DE" ? 10 : unit === "CE" ? 100 : 1000), "Y");
  return durationValue(amount, unit);
}

function duration(first: number, last: number, value: string, rule: string): Candidate {
  return { first, last, type: "DURATION", kind: "duration", mod: null, rule, fixed: { value, stated: ["duration"] } };
}

function set(first: number, last: number, value: string, rule: string): Candidate {
  return { first, last, type: "SET", kind: "set", mod: null, rule, fixed: { value, stated: ["duration"] } };
}

function ref(first: number, last: number, value: string, rule: string): Candidate {
  return { first, last, type: "DATE", kind: "ref", mod: null, rule, fixed: { value, stated: [] } };
}

/** A date at the unit's own granularity, `amount` units before (-1) or after (+1) the reference. */
function counted(
  first: number,
  last: number,
  unit: DurationUnit,
  amount: number | null,
  sign: 1 | -1,
): Candidate | null {
  if (amount === null) return ref(first, last, sign < 0 ? "PAST_REF" : "FUTURE_REF", "units-vague-ago");
  if (!Number.isInteger(amount)) return null;
  const shift = shiftBy(unit, amount * sign);
  if (!shift) return null;
  const resolve = (c: ResolveContext) =>
    (unit === "Y" ? quarterYearsAway(c, amount * sign) : null) ?? shift.apply(c.ref);
  return { first, last, type: "DATE", kind: shift.kind, mod: null, rule: "units-ago", antecedent: false, resolve };
}

/**
 * "a year ago", "a year earlier" right after a quarter is talked about mean that quarter a year away
 * (company results compare a quarter with the same quarter of the year before).
 */
function quarterYearsAway(c: ResolveContext, years: number): Resolved | null {
  const q = c.previous("quarter");
  const m = q ? /^(\d{4})-Q(\d)$/.exec(q) : null;
  return m ? { value: `${Number(m[1]) + years}-Q${m[2]}`, stated: [] } : null;
}

/** "two days later", "a year earlier": counted from the nearest earlier date of the same grain, if any. */
function anaphoric(
  first: number,
  last: number,
  unit: DurationUnit,
  amount: number | null,
  sign: 1 | -1,
): Candidate | null {
  if (amount === null || !Number.isInteger(amount)) return null;
  const shift = shiftBy(unit, amount * sign);
  if (!shift) return null;
  return {
    first,
    last,
    type: "DATE",
    kind: shift.kind,
    mod: null,
    rule: "units-anaphoric",
    antecedent: false,
    resolve: (c) => {
      const quarter = unit === "Y" ? quarterYearsAway(c, amount * sign) : null;
      if (quarter) return quarter;
      const base = anchorOf(c, shift.kind);
      return base ? shift.apply(base) : null;
    },
  };
}

/** The day an anaphoric phrase counts from: the last day-grained date mentioned, else the reference. */
function anchorOf(c: ResolveContext, kind: TimeKind): Date | null {
  return parseDay(c.previous("day")) ?? (kind === "year" ? c.ref : null);
}

interface Shift {
  kind: TimeKind;
  apply(from: Date): Resolved;
}

/** Moves a date by n units and writes it at the unit's granularity. */
function shiftBy(unit: DurationUnit, n: number): Shift | null {
  switch (unit) {
    case "D":
      return { kind: "day", apply: (d) => ({ value: dayValue(addDays(d, n)), stated: [] }) };
    case "W":
    case "FN": {
      const days = (unit === "FN" ? 14 : 7) * n;
      return { kind: "week", apply: (d) => ({ value: weekValue(addDays(d, days)), stated: [] }) };
    }
    case "Q":
      return {
        kind: "quarter",
        apply: (d) => {
          const q = yearOf(d) * 4 + Math.floor((monthOf(d) - 1) / 3) + n;
          return { value: quarterValue(Math.floor(q / 4), (((q % 4) + 4) % 4) + 1), stated: [] };
        },
      };
    case "M":
      return {
        kind: "month",
        apply: (d) => {
          const m = fromMonthIndex(monthIndex(yearOf(d), monthOf(d)) + n);
          return { value: monthValue(m.year, m.month), stated: [] };
        },
      };
    case "Y":
      return { kind: "year", apply: (d) => ({ value: yearValue(yearOf(d) + n), stated: [] }) };
    case "DE":
      return { kind: "year", apply: (d) => ({ value: yearValue(yearOf(d) + 10 * n), stated: [] }) };
    case "CE":
      return { kind: "year", apply: (d) => ({ value: yearValue(yearOf(d) + 100 * n), stated: [] }) };
    default:
      return null;
  }
}

/** "that year", "that day", "the following month": counted from the last date of that grain talked about. */
function sameAsBefore(first: number, last: number, unit: DurationUnit, step: number): Candidate | null {
  const shift = shiftBy(unit, step);
  if (!shift || (unit !== "D" && unit !== "W" && unit !== "M" && unit !== "Q" && unit !== "Y")) return null;
  return {
    first,
    last,
    type: "DATE",
    kind: shift.kind,
    mod: null,
    rule: "units-anaphoric",
    resolve: (c) => {
      const before = c.previous(shift.kind);
      const at = before ? parseStart(before) : null;
      return at ? shift.apply(at) : null;
    },
  };
}

/**
 * "the previous year": counted back from the last date of that grain in this or the sentence before, when there is
 * one ("In February 2024 … the previous month" is 2024-01); else from the publication date, as "last year" is.
 */
function beforeLastOrDeictic(first: number, last: number, unit: DurationUnit, step: number): Candidate | null {
  const deictic = relativeUnit(first, last, unit, step);
  const shift = shiftBy(unit, step);
  if (!deictic || !shift || (unit !== "W" && unit !== "M" && unit !== "Y")) return deictic;
  const resolveDeictic = deictic.resolve;
  return {
    ...deictic,
    resolve: (c) => {
      const before = c.previous(shift.kind, 1);
      const at = before ? parseStart(before) : null;
      if (at) return shift.apply(at);
      return resolveDeictic ? resolveDeictic(c) : null;
    },
  };
}

/** The first day of a TIMEX3 date value (2024 → 2024-01-01, 2024-03 → 2024-03-01, 2024-Q2 → 2024-04-01), or null. */
function parseStart(value: string): Date | null {
  const q = /^(\d{4})-Q(\d)$/.exec(value);
  if (q) return new Date(Date.UTC(Number(q[1]), (Number(q[2]) - 1) * 3, 1));
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1))) : null;
}

/**
 * The first count of a range before a counted unit ("two" in "two to six days", "60" in "between 60 and 90 days"):
 * a duration of its own in the unit the range ends with, as TimeML annotates the two ends. Not after a currency.
 */
function rangeStart(ctx: ScanContext, countFirst: number, unit: DurationUnit): Candidate | null {
  const { w, words } = ctx;
  const join = w(countFirst - 1);
  if (!join || !RANGE_JOINS.has(join)) return null;
  if (join === "-" && !(words[countFirst]?.glued && words[countFirst - 1]?.glued)) return null;
  const start = countEndingAt(ctx, countFirst - 2);
  if (!start || start.amount === null || start.article) return null;
  if (CURRENCY.has(w(start.first - 1) ?? "")) return null;
  return duration(start.first, countFirst - 2, countedDuration(start.amount, unit), "units-range-start");
}

/** "the day" after "ended", "for": the day last talked about (in the last sentences), else the reference day. */
function theDay(first: number, last: number): Candidate {
  return {
    first,
    last,
    type: "DATE",
    kind: "day",
    mod: null,
    rule: "units-the-day",
    resolve: (c) => ({ value: c.previous("day") ?? dayValue(c.ref), stated: [] }),
  };
}

/** "the year": the year last talked about (in the last sentences), else the reference's. */
function theYear(first: number, last: number): Candidate {
  return {
    first,
    last,
    type: "DATE",
    kind: "year",
    mod: null,
    rule: "units-the-year",
    resolve: (c) => ({ value: c.previous("year") ?? yearValue(yearOf(c.ref)), stated: [] }),
  };
}

/** "last week", "this month", "next year", "this decade" (and weak "the year"). */
function relativeUnit(first: number, last: number, unit: DurationUnit, step: number): Candidate | null {
  const kinds: Partial<Record<DurationUnit, TimeKind>> = {
    W: "week",
    M: "month",
    Y: "year",
    DE: "decade",
    CE: "century",
    FN: "week",
  };
  const kind = kinds[unit];
  if (!kind) return null;
  const resolve = (c: ResolveContext): Resolved => {
    const d = c.ref;
    switch (unit) {
      case "DE":
        return { value: decadeValue(yearOf(d) + 10 * step), stated: [] };
      case "CE":
        return { value: centuryValue(Math.floor(yearOf(d) / 100) + step), stated: [] };
      default: {
        const shifted = shiftBy(unit, step) as Shift;
        return shifted.apply(d);
      }
    }
  };
  return { first, last, type: "DATE", kind, mod: null, rule: "units-relative", resolve };
}

/** "the weekend", "this weekend", "last weekend": the Saturday and Sunday of an ISO week. */
function weekend(ctx: ScanContext, i: number): Candidate | null {
  const prev = ctx.w(i - 1);
  const step = ctx.lex.relative.get(prev ?? "");
  if (step === undefined && prev !== "the") return null;
  const first = step !== undefined && ctx.w(i - 2) === "the" ? i - 2 : i - 1;
  const type: TimexType = "DATE";
  return {
    first,
    last: i,
    type,
    kind: "weekend",
    mod: null,
    rule: "units-weekend",
    resolve: (c) => {
      const day = isoWeekday(c.ref);
      const inWeekend = day >= 6;
      let weeks: number;
      if (step !== undefined) weeks = step === 0 ? 0 : step;
      else weeks = c.tense() === "future" || inWeekend ? 0 : -1;
      return { value: weekendValue(addDays(c.ref, 7 * weeks)), stated: [] };
    },
  };
}
