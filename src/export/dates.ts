/*
 * Dates as the target formats take them. dossier holds publication dates as given (2025-03-05T16:20:00+02:00) and
 * TIMEX3 values (2025-03-05, 2025-03, 2025-W10, PRESENT_REF …); only calendar dates and instants cross over.
 */

const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A year, month or day as written (2025, 2025-03, 2025-03-05), or null for anything else (weeks, seasons, durations). */
export function calendarDate(value: string | null | undefined): string | null {
  return value && CALENDAR.test(value) ? value : null;
}

/**
 * A date or instant in FollowTheMoney's form: a calendar prefix, or an instant in UTC without zone
 * (2025-03-05T14:20:00), since FtM dates carry no offset. Null when the value is neither.
 */
export function ftmDate(value: string | null | undefined): string | null {
  if (!value) return null;
  if (CALENDAR.test(value)) return value;
  if (!INSTANT.test(value)) return null;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  if (!hasZone) return value.slice(0, 19);
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 19);
}

/** A date or date-time for schema.org (ISO 8601, offset kept), or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return CALENDAR.test(value) || INSTANT.test(value) ? value : null;
}

/** The day of a date or instant (2025-03-05T16:20:00+02:00 → 2025-03-05, the day where it was published). */
export function dayOf(value: string | null | undefined): string | null {
  const m = value?.match(/^\d{4}-\d{2}-\d{2}/);
  return m ? m[0] : null;
}
