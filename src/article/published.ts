/**
 * Parses a publication date (YYYY-MM-DD or an ISO date-time) into the UTC calendar day it names.
 * Returns null for anything that is not a real date (2025-02-30, "yesterday").
 */
export function parsePublished(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return date;
}

/** Turns loose dates that feeds and pages carry (RFC 822, ISO with zone) into YYYY-MM-DD or an ISO date-time. */
export function normalisePublished(value: string | null | undefined): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  // ISO-looking values are kept as given: Date.parse would roll "2025-02-30" into March and hide the error.
  if (parsePublished(trimmed) || /^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  const t = Date.parse(trimmed);
  if (Number.isNaN(t)) return trimmed; // kept as given: the reference stage reports it with its position
  return new Date(t).toISOString();
}
