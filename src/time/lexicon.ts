import type { TimexMod } from "../article/analysis.js";
import { once, readLexicon } from "../lexicon/read-lexicon.js";
import { PhraseIndex } from "./phrase-index.js";
import type { Season } from "./seasons.js";
import type { DurationUnit } from "./timex-value.js";

/** The shape of lexicon/time-words.json (each section has an "about" for the analyst). */
interface TimeWordsFile {
  months: { entries: Record<string, number>; abbreviations: string[]; alsoWords: { entries: string[] } };
  weekdays: { entries: Record<string, number> };
  partsOfDay: { entries: Record<string, string>; deictic: { entries: string[] } };
  seasons: { entries: Record<string, Season>; needContext: string[] };
  numbers: { entries: Record<string, number> };
  ordinals: { entries: Record<string, number> };
  dayOrdinals: { entries: Record<string, number> };
  vagueAmounts: { entries: string[] };
  countFillers: { entries: string[] };
  units: { entries: Record<string, DurationUnit> };
  references: {
    words: Record<string, string>;
    phrases: Record<string, string>;
    notBefore: { entries: string[] };
    paired: { entries: string[] };
    openers: { entries: string[] };
    ahead: { entries: Record<string, string>; notBefore: { entries: string[] } };
  };
  periodTotals: { entries: Record<string, string>; nouns: { entries: string[] }; fillers: { entries: string[] } };
  dayLeads: { entries: string[] };
  deicticDays: { entries: Record<string, number>; genericBefore: { entries: string[] } };
  sets: {
    entries: Record<string, string>;
    quantifiers: { entries: string[] };
    describeNouns: { entries: string[] };
    notAfter: { entries: string[] };
  };
  relative: { entries: Record<string, number> };
  dateModifiers: { entries: Record<string, TimexMod> };
  approximators: { entries: string[] };
  durationModifiers: { entries: Record<string, TimexMod> };
  futureCues: { entries: string[] };
  datedEvents: { entries: string[] };
  pastCues: { entries: string[] };
  presentNotAhead: { entries: string[] };
  pastAsBase: { entries: string[] };
  delayVerbs: { entries: string[] };
  notYearAfter: { entries: string[] };
  yearCues: { entries: string[] };
  decadeWords: { entries: Record<string, number> };
  holidays: { entries: Record<string, string> };
  spelledYears: { centuries: Record<string, number> };
}

/** lexicon/time-words.json compiled into word-keyed lookups, once per process. */
export interface TimeLexicon {
  months: Map<string, number>;
  monthAbbreviations: Set<string>;
  monthsAlsoWords: Set<string>;
  weekdays: Map<string, number>;
  partsOfDay: Map<string, string>;
  /** Parts of a day that name the one next to the publication date on their own ("overnight"). */
  deicticParts: Set<string>;
  seasons: Map<string, Season>;
  seasonsNeedContext: Set<string>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  /** Spelled ordinals of a day of the month ("eighth", "thirtieth"). */
  dayOrdinals: Map<string, number>;
  vagueAmounts: Set<string>;
  countFillers: Set<string>;
  units: Map<string, DurationUnit>;
  referenceWords: Map<string, string>;
  referencePhrases: PhraseIndex<string>;
  referenceNotBefore: Set<string>;
  referencePaired: Set<string>;
  /** Reference words that open a sentence before a comma as discourse markers ("Now, ..."), not times. */
  referenceOpeners: Set<string>;
  /** Adverbs pointing ahead ("soon") that count only outside a past clause, and the words that undo them. */
  aheadWords: Map<string, string>;
  aheadNotBefore: Set<string>;
  /** "annual" before a results noun ("an annual profit"): the stretch the figure covers. */
  periodTotals: Map<string, string>;
  periodTotalNouns: Set<string>;
  periodTotalFillers: Set<string>;
  /** Words before "the day" that make it the day being reported ("ended the day"). */
  dayLeads: Set<string>;
  deicticDays: Map<string, number>;
  deicticGenericBefore: Set<string>;
  sets: Map<string, string>;
  setQuantifiers: Set<string>;
  setsDescribeNouns: Set<string>;
  setsNotAfter: Set<string>;
  relative: Map<string, number>;
  dateModifiers: PhraseIndex<TimexMod>;
  approximators: PhraseIndex<true>;
  durationModifiers: PhraseIndex<TimexMod>;
  futureCues: PhraseIndex<true>;
  datedEvents: Set<string>;
  pastCues: Set<string>;
  /** Verbs (lemmas) whose present tense does not put their clause's date ahead ("says", "shows"). */
  presentNotAhead: Set<string>;
  /** Verbs whose past is spelled as their base form ("cut", "set"): after a plural subject, no sign of the present. */
  pastAsBase: Set<string>;
  /** Verbs of putting off (lemmas): "postponed until Tuesday" puts Tuesday ahead. */
  delayVerbs: Set<string>;
  notYearAfter: Set<string>;
  yearCues: Set<string>;
  decadeWords: Map<string, number>;
  /** Holiday name → its rule (see holidays.ts). */
  holidays: PhraseIndex<string>;
  spelledCenturies: Map<string, number>;
}

const flag = (list: string[]) => list.map((p): [string, true] => [p, true]);

export const timeLexicon = once((): TimeLexicon => {
  const f = readLexicon<TimeWordsFile>("time-words.json");
  return {
    months: new Map(Object.entries(f.months.entries)),
    monthAbbreviations: new Set(f.months.abbreviations),
    monthsAlsoWords: new Set(f.months.alsoWords.entries),
    weekdays: new Map(Object.entries(f.weekdays.entries)),
    partsOfDay: new Map(Object.entries(f.partsOfDay.entries)),
    deicticParts: new Set(f.partsOfDay.deictic.entries),
    seasons: new Map(Object.entries(f.seasons.entries)),
    seasonsNeedContext: new Set(f.seasons.needContext),
    numbers: new Map(Object.entries(f.numbers.entries)),
    ordinals: new Map(Object.entries(f.ordinals.entries)),
    dayOrdinals: new Map(Object.entries(f.dayOrdinals.entries)),
    vagueAmounts: new Set(f.vagueAmounts.entries),
    countFillers: new Set(f.countFillers.entries),
    units: new Map(Object.entries(f.units.entries)),
    referenceWords: new Map(Object.entries(f.references.words)),
    referencePhrases: new PhraseIndex(Object.entries(f.references.phrases)),
    referenceNotBefore: new Set(f.references.notBefore.entries),
    referencePaired: new Set(f.references.paired.entries),
    referenceOpeners: new Set(f.references.openers.entries),
    aheadWords: new Map(Object.entries(f.references.ahead.entries)),
    aheadNotBefore: new Set(f.references.ahead.notBefore.entries),
    periodTotals: new Map(Object.entries(f.periodTotals.entries)),
    periodTotalNouns: new Set(f.periodTotals.nouns.entries),
    periodTotalFillers: new Set(f.periodTotals.fillers.entries),
    dayLeads: new Set(f.dayLeads.entries),
    deicticDays: new Map(Object.entries(f.deicticDays.entries)),
    deicticGenericBefore: new Set(f.deicticDays.genericBefore.entries),
    sets: new Map(Object.entries(f.sets.entries)),
    setQuantifiers: new Set(f.sets.quantifiers.entries),
    setsDescribeNouns: new Set(f.sets.describeNouns.entries),
    setsNotAfter: new Set(f.sets.notAfter.entries),
    relative: new Map(Object.entries(f.relative.entries)),
    dateModifiers: new PhraseIndex(Object.entries(f.dateModifiers.entries)),
    approximators: new PhraseIndex(flag(f.approximators.entries)),
    durationModifiers: new PhraseIndex(Object.entries(f.durationModifiers.entries)),
    futureCues: new PhraseIndex(flag(f.futureCues.entries)),
    datedEvents: new Set(f.datedEvents.entries),
    pastCues: new Set(f.pastCues.entries),
    presentNotAhead: new Set(f.presentNotAhead.entries),
    pastAsBase: new Set(f.pastAsBase.entries),
    delayVerbs: new Set(f.delayVerbs.entries),
    notYearAfter: new Set(f.notYearAfter.entries),
    yearCues: new Set(f.yearCues.entries),
    decadeWords: new Map(Object.entries(f.decadeWords.entries)),
    holidays: new PhraseIndex(Object.entries(f.holidays.entries)),
    spelledCenturies: new Map(Object.entries(f.spelledYears.centuries)),
  };
});
