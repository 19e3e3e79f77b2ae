import * as chrono from "chrono-node";
import type { Sentence } from "../pipeline/layers.js";
import { parseDay, utcDay } from "./calendar.js";
import type { Candidate, ResolveContext, Resolved, ScanContext } from "./candidate.js";
import { weekdayDate } from "./cycles.js";
import { clockValue, dayValue } from "./timex-value.js";

/**
 * chrono-node, set up once: its English parsers without the casual ones ("today", "this morning") read the
 * explicit calendar dates and clock times ("Oct. 23, 1998", "5 March 2024", "2025-07-01", "10 p.m.",
 * "Monday, Oct. 26", "10:35 a.m. Monday"). Not strict mode: that drops a clock time merged into a weekday.
 * Relative phrases, bare weekdays and months are left to our own rules, which know weeks, quarters and
 * tense; `forwardDate: false` keeps chrono from pushing dates into the future.
 */
const parser = new chrono.Chrono(chrono.en.configuration.createConfiguration(false));
const OPTIONS = { forwardDate: false };
/** Words chrono includes before a date that TIMEX3 leaves out of the span. */
const LEADING = /^(?:on|at|in|by|from|since|until|till|of|the|this|before|after|for|to|between)\s+/i;
const PAST_REACH_MS = 270 * 86_400_000;
/** "the day after " before a date chrono reads as one relative phrase with it. */
const DAY_BESIDE = /^(?:the\s+)?day\s+(?:before|after)\s+/i;
/** Where a range's two ends meet: "Aug. 26 to Oct. 20", "10 a.m. – 2 p.m." (a bare hyphen may be inside a date). */
const RANGE = /\s+(?:to|through|until|till|-)\s+|\s*[\u2013\u2014]\s*/;
/** A number chrono took for an hour after a date ("Jan. 1, 1990 at 1,015 francs"). */
/** Punctuation chrono sometimes takes after a weekday ("Thursday),", "Wednesday,"): not part of the time. */
const TRAILING = /[\s,;:]+$/;
const STRAY_CLOCK = /\s*,?\s*(?:at|@)\s*\d[\d.:,]*\s*$/;
/** A slash date that names its year: 7/1/2025, 07/01/25 ("112 5/8" is a price). */
const FULL_SLASH_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const CLOCK_TEXT = /\d:\d\d|\d\s*[ap]\.?m\b|o'clock/i;
const COMPONENTS = ["year", "month", "day", "weekday", "hour", "minute", "second"] as const;

/**
 * What a sentence must hold for chrono to find anything we keep: a clock time, a slash or ISO date, or a
 * number beside a month name. Checked first, so chrono runs on few sentences.
 */
const MAY_HOLD_DATE =
  /\d:\d\d|\d\s*[ap]\.?m\b|o'clock|\d\/\d|\d{4}-\d\d-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Chrono's explicit dates and times in the sentences that may hold one. */
export function chronoCandidates(ctx: ScanContext, sentences: readonly Sentence[], ref: Date | null): Candidate[] {
  const out: Candidate[] = [];
  const instant = ref ?? utcDay(2000, 1, 1);
  const next = new NextDigitOrApostrophe(ctx.text);
  for (const sentence of sentences) {
    if (next.from(sentence.start) >= sentence.end) continue;
    const text = ctx.text.slice(sentence.start, sentence.end);
    if (!MAY_HOLD_DATE.test(text)) continue;
    let previous: Candidate | null = null;
    let previousEnd = 0;
    for (const result of parser.parse(text, { instant, timezone: 0 }, OPTIONS)) {
      const at = sentence.start + result.index;
      // "six weeks ago", "within two weeks": counted phrases are read by our unit rules; in "the day after
      // Oct. 12" the date itself is kept, and the day beside it read by those rules too.
      if ([...result.tags()].some((t) => t.startsWith("result/relative"))) {
        const side = DAY_BESIDE.exec(result.text);
        const inner = side
          ? parser.parse(result.text.slice(side[0].length), { instant, timezone: 0 }, OPTIONS)[0]
          : null;
        if (side && inner?.index === 0 && !inner.end)
          push(out, toCandidate(ctx, partsOf(inner.start), inner.text, at + side[0].length));
        continue;
      }
      const range = result.end ? RANGE.exec(result.text) : null;
      if (result.end && range) {
        // "Aug. 26 to Oct. 20": two expressions; the end takes what it does not say from the start.
        const end = result.end;
        const start = result.start;
        const inherit = (k: chrono.Component) => (k === "year" || k === "month") && start.isCertain(k);
        const endParts: Parts = {
          known: (k) => end.isCertain(k) || inherit(k),
          get: (k) => (end.isCertain(k) ? end.get(k) : start.get(k)) ?? 0,
          tags: end.tags(),
        };
        const first = toCandidate(ctx, partsOf(start), result.text.slice(0, range.index), at);
        const tail = range.index + range[0].length;
        const last = toCandidate(ctx, endParts, result.text.slice(tail), at + tail);
        if (!start.isCertain("year")) startNoLaterThan(first, last);
        push(out, first);
        push(out, last);
      } else {
        const c = toCandidate(ctx, partsOf(result.start), result.text, at);
        // "between January 1 and September 26": chrono reads two dates; the first may not fall after the second.
        if (c && previous && !result.start.isCertain("year") && /^\s+and\s+$/.test(ctx.text.slice(previousEnd, at))) {
          if (BETWEEN.test(ctx.text.slice(Math.max(0, previousEnd - 60), previousEnd))) startNoLaterThan(previous, c);
        }
        push(out, c);
        previous = c;
        previousEnd = at + result.text.length;
        continue;
      }
      previous = null;
    }
  }
  return out;
}

/**
 * Every branch of MAY_HOLD_DATE needs an ASCII digit, but for "o'clock" (an apostrophe): most sentences have
 * neither, and are passed over without cutting them out of the text. Sentences come in text order, so one
 * search serves every sentence up to the character found.
 */
class NextDigitOrApostrophe {
  private readonly pattern = /[0-9']/g;
  private searchedFrom = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(private readonly text: string) {}

  /** Offset of the first digit or apostrophe at or after `offset`, or Infinity. */
  from(offset: number): number {
    if (offset < this.searchedFrom || this.found < offset) {
      this.pattern.lastIndex = offset;
      this.found = this.pattern.exec(this.text)?.index ?? Number.POSITIVE_INFINITY;
      this.searchedFrom = offset;
    }
    return this.found;
  }
}

/** What a candidate needs of chrono's components: which are stated, and their values. */
interface Parts {
  known(k: chrono.Component): boolean;
  get(k: chrono.Component): number;
  tags: Set<string>;
}

function partsOf(c: chrono.ParsedComponents): Parts {
  return { known: (k) => c.isCertain(k), get: (k) => c.get(k) ?? 0, tags: c.tags() };
}

// "between" opening the first date of the pair.
const BETWEEN = /\bbetween\s+\S+(?:\s+\S+){0,3}$/i;

/**
 * A range's start with no year of its own comes no later than its end: "January 1 to September 26" in a story of
 * late September is this January, whatever a nearest-day reading says.
 */
function startNoLaterThan(start: Candidate | null, end: Candidate | null): void {
  const own = start?.resolve;
  const other = end?.resolve;
  if (!start || !own || !other) return;
  start.resolve = (c) => {
    const s = own(c);
    const e = other(c);
    if (!s || !e || !/^\d{4}-\d\d-\d\d/.test(s.value) || !/^\d{4}-\d\d-\d\d/.test(e.value)) return s;
    if (s.value.slice(0, 10) <= e.value.slice(0, 10) || s.value.slice(5, 10) === "02-29") return s;
    const year = Number(s.value.slice(0, 4)) - 1;
    return { ...s, value: `${String(year).padStart(4, "0")}${s.value.slice(4)}` };
  };
}

function push(out: Candidate[], c: Candidate | null): void {
  if (c) out.push(c);
}

function toCandidate(ctx: ScanContext, parts: Parts, rawText: string, at: number): Candidate | null {
  const { known, get } = parts;
  const hasDate = known("day") && known("month");
  // "1.18 a share" or "Jan. 1, 1990 at 1,015 francs" hold no clock time: one needs a colon, a.m./p.m. or o'clock.
  const hasClock = known("hour") && CLOCK_TEXT.test(rawText);
  if (!hasDate && !hasClock) return null; // weekdays, months, relative phrases: our own rules read them
  const text = hasDate && known("hour") && !hasClock ? rawText.replace(STRAY_CLOCK, "") : rawText;
  // "10/20" without a year is as likely a score or a ratio as a date.
  if (parts.tags.has("parser/SlashDateFormatParser") && !(known("year") && FULL_SLASH_DATE.test(text))) return null;
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  const span = wordRange(ctx, at + lead, at + withoutTrailing(text).length);
  if (!span) return null;
  const stated = COMPONENTS.filter((k) => known(k) && (hasClock || (k !== "hour" && k !== "minute")));
  const clock = hasClock ? { hour: get("hour"), minute: get("minute") } : null;
  // "08:30 UTC", "16:08 GMT": TIMEX3 marks a time stated in UTC with Z; other zones are left unmarked, as
  // TimeBank writes "5 p.m. EST".
  const utc = clock !== null && known("timezoneOffset") && get("timezoneOffset") === 0 ? "Z" : "";
  const write = (day: Date): Resolved => ({
    value: clock ? `${clockValue(day, clock.hour, clock.minute)}${utc}` : dayValue(day),
    stated: [...stated],
  });
  const base: Candidate = {
    ...span,
    type: hasClock ? "TIME" : "DATE",
    kind: hasClock ? "time" : "day",
    mod: null,
    rule: hasClock ? "chrono-time" : "chrono-date",
    priority: 2,
  };
  if (hasDate && known("year")) return { ...base, fixed: write(utcDay(get("year"), get("month"), get("day"))) };
  if (hasDate) {
    const month = get("month");
    const day = get("day");
    // "the year ended Jan. 31": a finished period ends before the reference, however long ago.
    const finished = ctx.w(span.first - 1) === "ended";
    const named = namesEvent(ctx, span.last);
    return { ...base, resolve: (c) => write(monthDay(c, month, day, finished, named)) };
  }
  if (known("weekday")) {
    const weekday = get("weekday") === 0 ? 7 : get("weekday");
    return { ...base, resolve: (c) => write(weekdayDate(c.ref, weekday, c.tense() ?? "past")) };
  }
  // A clock time alone: on the day last talked about ("on Friday … at 10 p.m."), else the reference day.
  return { ...base, clockOnly: true, resolve: (c) => write(parseDay(c.previous("day")) ?? c.ref) };
}

/**
 * A month and day without a year: the next such day in a future clause, else the nearest one. News names
 * days close to its date, and deadlines ("payable Dec. 7") sit after it as often as events sit before. The end
 * of a finished period is the latest such day up to the reference.
 */
export function monthDay(c: ResolveContext, month: number, day: number, finished: boolean, named: boolean): Date {
  const ref = c.ref;
  const year = ref.getUTCFullYear();
  const thisYear = utcDay(year, month, day);
  const before = thisYear <= ref ? thisYear : utcDay(year - 1, month, day);
  if (finished) return before;
  const tense = c.tense();
  // "took part in the October 7 attacks": a past clause about the event the date names is about that event.
  if (named && tense === "past") return before;
  const after = thisYear >= ref ? thisYear : utcDay(year + 1, month, day);
  if (tense === "future" && after.getTime() - ref.getTime() <= PAST_REACH_MS) return after;
  // A future or past clause means the day after or before, unless that is most of a year off (the cue may
  // belong elsewhere).
  if (tense === "past" && ref.getTime() - before.getTime() <= PAST_REACH_MS) return before;
  return after.getTime() - ref.getTime() < ref.getTime() - before.getTime() ? after : before;
}

/** Words allowed between a date and the event it names ("the October 7 Hamas-led assault": Hamas, -, led). */
const EVENT_MODIFIERS = 4;

/** Does the date ending at word `last` name an event ("the October 7 attack", "the Jan. 6 Capitol riot")? */
export function namesEvent(ctx: ScanContext, last: number): boolean {
  for (let i = last + 1; i <= last + 1 + EVENT_MODIFIERS; i++) {
    const word = ctx.w(i);
    if (word === undefined) return false;
    if (ctx.lex.datedEvents.has(word)) return true;
    if (!/^[\p{L}-]+$/u.test(word)) return false;
  }
  return false;
}

/**
 * The text without the punctuation chrono may take after it: a comma or a colon, and a closing parenthesis
 * that closes nothing inside ("4 a.m. Thursday)", but "6:40 p.m. (GMT +8)" keeps its own).
 */
function withoutTrailing(text: string): string {
  let t = text.replace(TRAILING, "");
  while (t.endsWith(")") && count(t, "(") < count(t, ")")) t = t.slice(0, -1).replace(TRAILING, "");
  return t;
}

const count = (text: string, ch: string): number => text.split(ch).length - 1;

/** The words a character range covers, or null when it does not start and end on word edges. */
function wordRange(ctx: ScanContext, start: number, end: number): { first: number; last: number } | null {
  const { words } = ctx;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last + 1 < words.length && (words[last + 1]?.end ?? Infinity) <= end) last++;
  if (!words[first] || (words[last]?.end ?? 0) > end) return null;
  return { first, last };
}
