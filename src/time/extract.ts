import type { TimeExpression } from "../article/analysis.js";
import type { Reference, Sentence, Token } from "../pipeline/layers.js";
import { warning } from "../pipeline/messages.js";
import type { StageMessage } from "../pipeline/stage.js";
import type { Candidate, Parser, ScanContext, TimeKind } from "./candidate.js";
import { DIGITS } from "./candidate.js";
import { chronoCandidates } from "./chrono-dates.js";
import { coordinatedDays } from "./coordinated-days.js";
import { dayBeside } from "./day-beside.js";
import { type TimeLexicon, timeLexicon } from "./lexicon.js";
import { mergeDayAndClock } from "./merge-day-clock.js";
import { withModifiers } from "./modifiers.js";
import { aheadWordsParser } from "./parsers/ahead-words.js";
import { dayPartsParser } from "./parsers/day-parts.js";
import { deicticDaysParser } from "./parsers/deictic-days.js";
import { holidaysParser } from "./parsers/holidays.js";
import { monthsParser } from "./parsers/months.js";
import { periodEndsParser } from "./parsers/period-ends.js";
import { periodTotalsParser } from "./parsers/period-totals.js";
import { quartersParser } from "./parsers/quarters.js";
import { referencesParser } from "./parsers/references.js";
import { seasonsParser } from "./parsers/seasons.js";
import { setsParser } from "./parsers/sets.js";
import { spelledYearsParser } from "./parsers/spelled-years.js";
import { unitsParser } from "./parsers/units.js";
import { utcClockParser } from "./parsers/utc-clock.js";
import { weekdaysParser } from "./parsers/weekdays.js";
import { yearsParser } from "./parsers/years.js";
import { selectCandidates } from "./select.js";
import { clauseReading } from "./tense.js";
import { STAND_INS, unanchoredValue } from "./unanchored.js";
import { weekOfDay } from "./week-of.js";
import { scanWords } from "./words.js";
import { yearBack } from "./year-back.js";

/** Every rule family, in one list: each runs only at the words that trigger it. */
const PARSERS: readonly Parser[] = [
  weekdaysParser,
  monthsParser,
  seasonsParser,
  quartersParser,
  yearsParser,
  unitsParser,
  referencesParser,
  deicticDaysParser,
  dayPartsParser,
  setsParser,
  holidaysParser,
  spelledYearsParser,
  periodEndsParser,
  aheadWordsParser,
  periodTotalsParser,
  utcClockParser,
];

/** Trigger word → the parsers it starts, built once. */
const byTrigger = (lex: TimeLexicon): Map<string, Parser[]> => {
  const map = new Map<string, Parser[]>();
  for (const p of PARSERS)
    for (const t of p.triggers(lex)) {
      const list = map.get(t) ?? [];
      if (!list.includes(p)) list.push(p);
      map.set(t, list);
    }
  return map;
};
let triggers: Map<string, Parser[]> | null = null;

/** Sentences further back than this are too far for "the quarter" or "a year earlier" to point at. */
const ANAPHORA_SENTENCES = 2;

/**
 * The grains a value can be pointed back at: a day is also its month and year ("the following year"
 * after "May 22, 1995"), a quarter also its year. PRESENT_REF, durations and the like point at nothing.
 */
function grains(value: string): [TimeKind, string][] {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day)
    return [
      ["day", day[0]],
      ["month", day[0].slice(0, 7)],
      ["year", day[1] as string],
    ];
  if (/^\d{4}-\d{2}$/.test(value))
    return [
      ["month", value],
      ["year", value.slice(0, 4)],
    ];
  if (/^\d{4}-Q\d$/.test(value))
    return [
      ["quarter", value],
      ["year", value.slice(0, 4)],
    ];
  if (/^\d{4}-(?:H\d|SP|SU|FA|WI)$/.test(value) || /^\d{4}$/.test(value)) return [["year", value.slice(0, 4)]];
  if (/^\d{4}-W\d{2}$/.test(value)) return [["week", value]];
  return [];
}

export interface TimesResult {
  times: TimeExpression[];
  messages: StageMessage[];
}

/**
 * Finds the TIMEX3 times of a text: chrono's explicit dates and times plus our own rules, overlaps settled
 * longest-first, then each resolved against the reference in text order (so "the quarter" can point back).
 * Without a reference, relative times are reported as messages instead of guessed.
 */
export function extractTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  reference: Reference | null,
): TimesResult {
  const lex = timeLexicon();
  triggers ??= byTrigger(lex);
  const words = scanWords(text, tokens);
  const ctx: ScanContext = { text, words, lex, w: (i) => words[i]?.lower };

  const candidates: Candidate[] = chronoCandidates(ctx, sentences, reference?.date ?? null);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word) continue;
    const parsers = triggers.get(word.kind === "digit" ? DIGITS : word.lower);
    if (!parsers) continue;
    for (const parser of parsers) {
      const found = parser.match(ctx, i);
      if (!found) continue;
      for (const c of Array.isArray(found) ? found : [found]) {
        const extended = withModifiers(ctx, c);
        if (extended) candidates.push(extended);
      }
    }
  }

  const times: TimeExpression[] = [];
  const messages: StageMessage[] = [];
  const latest = new Map<TimeKind, { value: string; sentence: number }>();
  // Overlaps settled, then neighbours joined: a clock and its day, "the week of" / "the day before" a day,
  // "April 24 and 25", "the quarter a year ago".
  let kept = mergeDayAndClock(ctx, selectCandidates(candidates, words.length));
  kept = coordinatedDays(ctx, dayBeside(ctx, weekOfDay(ctx, kept)));
  for (const c of yearBack(ctx, kept)) {
    const start = (words[c.first] as (typeof words)[number]).start;
    const end = (words[c.last] as (typeof words)[number]).end;
    const sentence = words[c.first]?.sentence ?? 0;
    let resolved = c.fixed ?? null;
    if (!resolved && c.resolve) {
      const resolve = c.resolve;
      const against = (ref: Date) =>
        resolve({
          ref,
          tense: () => clauseReading(words, tokens, lex, c.first, c.last),
          previous: (kind, sentences = ANAPHORA_SENTENCES) => {
            const p = latest.get(kind);
            return p && sentence - p.sentence <= sentences ? p.value : null;
          },
        });
      if (reference || c.needsReference === false) {
        // A candidate that needs no reference never reads it: an invalid date stands in for a missing one.
        resolved = against(reference?.date ?? new Date(Number.NaN));
      } else {
        const [a, b] = [against(STAND_INS[0]), against(STAND_INS[1])];
        const value = a && b ? unanchoredValue(a.value, b.value) : null;
        if (a && value) resolved = { ...a, value };
        else {
          messages.push(
            warning("unresolved-time", `"${text.slice(start, end)}" needs a publication date to resolve.`, {
              start,
              end,
            }),
          );
          continue;
        }
      }
    }
    if (!resolved) continue;
    times.push({
      start,
      end,
      text: text.slice(start, end),
      type: c.type,
      value: resolved.value,
      mod: c.mod ?? resolved.mod ?? null,
      stated: resolved.stated,
      rule: c.rule,
    });
    if (c.antecedent !== false)
      for (const [kind, value] of grains(resolved.value)) latest.set(kind, { value, sentence });
  }
  return { times, messages };
}
