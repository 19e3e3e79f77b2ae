import { once, readLexicon } from "./read-lexicon.js";

interface NotNamesFile {
  words: string[];
  labels?: string[];
}

const file = once(() => readLexicon<NotNamesFile>("not-names.json"));

/** lexicon/not-names.json: capitalised words that are no name on their own. Loaded once. */
export const notNames = once((): ReadonlySet<string> => new Set(file().words));

/** Words that label a caption or line before a colon ("Image: …", "Photo: …"): never part of a name. */
export const captionLabels = once((): ReadonlySet<string> => new Set(file().labels ?? []));

interface CalendarFile {
  months: { entries: Record<string, number> };
  weekdays: { entries: Record<string, number> };
}

/** Month and weekday names as the times stage reads them (lexicon/time-words.json), lower case. Loaded once. */
export const calendarWords = once((): { months: ReadonlySet<string>; weekdays: ReadonlySet<string> } => {
  const f = readLexicon<CalendarFile>("time-words.json");
  return { months: new Set(Object.keys(f.months.entries)), weekdays: new Set(Object.keys(f.weekdays.entries)) };
});
