import type { TimeExpression } from "../article/analysis.js";
import type { Token } from "../pipeline/layers.js";
import type { EventContext } from "./context.js";
import type { Frame } from "./frames.js";
import { prevWord } from "./words.js";

const ANNIVERSARY: Record<string, number | null> = {
  anniversary: null,
  anniversaries: null,
  centenary: 100,
  centennial: 100,
  bicentenary: 200,
  bicentennial: 200,
};
const ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const CARDINALS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
// An anniversary without a time of its own takes the time of an event this many sentences back at most.
const ANCHOR_SENTENCES = 2;
const BETWEEN = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** A number of years written as "first", "10th", "one-year", "75-year", "two year". */
function yearsIn(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = to - 1; k >= from; k--) {
    const w = tokens[k]?.normal ?? "";
    const ordinal = ORDINALS.indexOf(w);
    if (ordinal > 0) return ordinal;
    const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
    if (digits) return Number(digits[1]);
    if (w === "year" || w === "years") {
      for (let j = k - 1; j >= from && j >= k - 2; j--) {
        const n = tokens[j]?.normal ?? "";
        const cardinal = CARDINALS.indexOf(n);
        if (cardinal > 0) return cardinal;
        if (/^\d+$/.test(n)) return Number(n);
      }
    }
  }
  return null;
}

/**
 * "the 10th anniversary of a treaty": the treaty is the anniversary's object, so its time is the
 * anniversary's time minus the years (null years: the time is unknown, but still not the anniversary's).
 */
export function anniversaryOf(ctx: EventContext, frame: Frame): { at: number; years: number | null } | null {
  const { tokens } = ctx;
  const s = ctx.sentences[tokens[frame.trigger.first]?.sentence ?? 0];
  if (!s) return null;
  let p = prevWord(tokens, frame.first, s.firstToken);
  for (let hops = 0; p >= 0 && hops < 4 && BETWEEN.has(tokens[p]?.pos ?? ""); hops++) {
    p = prevWord(tokens, p, s.firstToken);
  }
  if (p < 0 || tokens[p]?.normal !== "of") return null;
  const a = prevWord(tokens, p, s.firstToken);
  const word = tokens[a]?.normal ?? "";
  if (a < 0 || !(word in ANNIVERSARY)) return null;
  const fixed = ANNIVERSARY[word] ?? null;
  return { at: a, years: fixed ?? yearsIn(tokens, Math.max(s.firstToken, a - 5), a) };
}

/** The value moved back by whole years: 2025-06-29 → 2024-06-29; values not led by a year stay null. */
export function yearsBefore(value: string, years: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]) - years;
  return year >= 0 ? `${String(year).padStart(4, "0")}${m[2]}` : null;
}

export function isDateValue(t: TimeExpression): boolean {
  return (t.type === "DATE" || t.type === "TIME") && /^\d{4}/.test(t.value);
}

/** An event time already found, by sentence: anchors for later anniversaries. */
export interface Timed {
  sentence: number;
  value: string;
}

/** The time of the latest event at most ANCHOR_SENTENCES back. */
function lastTimedWithin(timed: readonly Timed[], sentence: number): string | undefined {
  for (let i = timed.length - 1; i >= 0; i--) {
    const t = timed[i] as Timed;
    if (t.sentence <= sentence) return sentence - t.sentence <= ANCHOR_SENTENCES ? t.value : undefined;
  }
  return undefined;
}

/**
 * "the 10th anniversary of a treaty": the treaty's time from the anniversary's, when one is known;
 * undefined when the event is no anniversary's object, null when its time cannot be told.
 */
export function anniversaryTime(
  ctx: EventContext,
  frame: Frame,
  speech: ReadonlySet<TimeExpression>,
  timed: readonly Timed[],
): string | null | undefined {
  const anniversary = anniversaryOf(ctx, frame);
  if (!anniversary) return undefined;
  if (anniversary.years === null) return null;
  const sentence = ctx.tokens[anniversary.at]?.sentence ?? 0;
  const seg = ctx.segments.start[anniversary.at];
  const dates = (ctx.timesIn[sentence] ?? []).filter((t) => isDateValue(t.item) && !speech.has(t.item));
  const anchor =
    dates.find((t) => ctx.segments.start[t.first] === seg)?.item.value ??
    dates[0]?.item.value ??
    lastTimedWithin(timed, sentence);
  return anchor ? yearsBefore(anchor, anniversary.years) : null;
}
