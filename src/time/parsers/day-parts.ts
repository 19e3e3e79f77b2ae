import { addDays, parseDay } from "../calendar.js";
import type { Candidate, Parser, ScanContext } from "../candidate.js";
import { clockValue, partOfDayValue } from "../timex-value.js";

/**
 * Parts of the reference day and named clock times: "this morning", "last night", "noon", "midnight", and a
 * part of a day taken by a modifier ("by mid-afternoon", "mid-afternoon yesterday"). Parts of a named day
 * ("Friday morning", "yesterday evening") are read by the weekday and day rules.
 */
export const dayPartsParser: Parser = {
  name: "day-parts",
  triggers: (lex) => [...lex.partsOfDay.keys(), "noon", "midnight", "midday"],
  match(ctx, i) {
    const { w, lex } = ctx;
    const lower = w(i) as string;
    const prev = w(i - 1);
    if (lower === "noon" || lower === "midnight" || lower === "midday") {
      if (prev === "high") return null; // "high noon", the idiom (and the film)
      // "(just) before midnight": late in the night of the day it closes, not the next day's 00:00 (T24:00).
      if (lower === "midnight" && prev === "before") {
        const first = CLOSE_BY.has(w(i - 2) ?? "") ? i - 2 : i - 1;
        return { ...time(first, i, "clock-word", (ref) => partOfDayValue(ref, "NI")), clockOnly: true };
      }
      const hour = lower === "midnight" ? 24 : 12;
      const at = (ref: Date) => clockValue(ref, hour, 0);
      return {
        ...time(i, i, "clock-word", at),
        clockOnly: true,
        resolve: (c) => ({ value: at(c.ref), stated: ["hour"] }),
      };
    }
    const part = lex.partsOfDay.get(lower) as string;
    const clock = hourInPart(ctx, i, part);
    if (clock) return clock;
    if (prev === "this") return time(i - 1, i, "day-part", (ref) => partOfDayValue(ref, part));
    if (prev === "last" && (part === "NI" || part === "EV"))
      return time(i - 1, i, "day-part", (ref) => partOfDayValue(addDays(ref, -1), part));
    // A capitalised part of a day inside a sentence is a name ("the Huffington Post-Morning Consult poll").
    const word = ctx.words[i];
    const before = ctx.words[w(i - 1) === "-" && word?.glued ? i - 2 : i - 1];
    if (word?.capital && before?.sentence === word.sentence && before.kind !== "punct") return null;
    // "mid-afternoon yesterday": the part of the day named after it.
    const offset = lex.deicticDays.get(w(i + 1) ?? "");
    if (offset !== undefined && w(i + 1) !== "tonight")
      return { ...time(i, i + 1, "day-part", (ref) => partOfDayValue(addDays(ref, offset), part)), weak: true };
    // "by mid-afternoon", "late in the evening" needs its modifier: the part of the day last talked about.
    // Before a noun it describes the noun ("late-night comedians", "an early morning tweet").
    const next = ctx.words[i + 1];
    if (next?.pos === "NOUN" || next?.pos === "PROPN" || (next?.lower === "-" && next.glued)) return null;
    // "Russia launched 40 drones overnight": the night next to the publication date, as "last night" or "tonight"
    // by the clause's tense ("an overnight" after a determiner is a stay, not a time of its own).
    if (lex.deicticParts.has(lower) && !DETERMINERS.has(prev ?? ""))
      return {
        ...time(i, i, "deictic-part", (ref) => partOfDayValue(ref, part)),
        resolve: (c) => ({ value: partOfDayValue(addDays(c.ref, c.tense() === "future" ? 0 : -1), part), stated: [] }),
      };
    return {
      ...time(i, i, "day-part", (ref) => partOfDayValue(ref, part)),
      weak: true,
      resolve: (c) => ({ value: partOfDayValue(parseDay(c.previous("day")) ?? c.ref, part), stated: ["partOfDay"] }),
    };
  },
};

const DETERMINERS = new Set(["a", "an", "the"]);
/** Words before "before midnight" that keep it close: "just before midnight", "shortly before midnight". */
const CLOSE_BY = new Set(["just", "shortly", "right", "moments"]);

function time(first: number, last: number, rule: string, value: (ref: Date) => string): Candidate {
  return {
    first,
    last,
    type: "TIME",
    kind: "time",
    mod: null,
    rule,
    resolve: (c) => ({ value: value(c.ref), stated: [] }),
  };
}

/** Words before "4 in the morning" that make the number an hour ("at 4 in the morning", "until 10 in the evening"). */
const HOUR_LEADS = new Set(["at", "around", "about", "by", "until", "till", "before", "after", "from", "since"]);
/** Hours added to a number said with a part of the day: "4 in the morning" is 04:00, "8 in the evening" 20:00. */
const PART_SHIFT: Record<string, number> = { MO: 0, AF: 12, EV: 12 };

/** "at 4 in the morning", "until 10 in the evening": a clock time said with a part of the day. */
function hourInPart(ctx: ScanContext, i: number, part: string): Candidate | null {
  const { w, words } = ctx;
  const shift = PART_SHIFT[part];
  if (shift === undefined || w(i - 1) !== "the" || w(i - 2) !== "in") return null;
  const number = words[i - 3];
  if (number?.kind !== "digit" || !HOUR_LEADS.has(w(i - 4) ?? "")) return null;
  const n = Number(number.lower);
  if (!Number.isInteger(n) || n < 1 || n > 12) return null;
  const hour = n === 12 ? (part === "MO" ? 0 : 12) : n + shift;
  return {
    first: i - 3,
    last: i,
    type: "TIME",
    kind: "time",
    mod: null,
    rule: "hour-in-part",
    clockOnly: true,
    resolve: (c) => ({ value: clockValue(parseDay(c.previous("day")) ?? c.ref, hour, 0), stated: ["hour"] }),
  };
}
