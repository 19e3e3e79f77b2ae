import { normalisePublished, parsePublished } from "../article/published.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES: Record<string, string> = {
  GMT: "Z",
  UT: "Z",
  UTC: "Z",
  Z: "Z",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
};
const RFC822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?)?$/;

/**
 * A publication date as an input gave it, made ISO where that is safe. Two traps of Date.parse are avoided:
 * an impossible date ("2025-02-30", "30 Feb 2025") is kept as given, so the reference stage reports it instead
 * of it silently becoming 2 March; and a feed's "Thu, 06 Mar 2025 01:15 +0200" keeps its own offset, so its
 * calendar day (the reference for "Sunday") is the day the outlet printed, not the UTC one.
 */
export function publishedValue(value: string | null | undefined): string | null {
  const given = value?.trim();
  if (!given) return null;
  if (parsePublished(given) || /^\d{4}-\d{2}-\d{2}/.test(given)) return given;
  const m = RFC822.exec(given);
  if (m) {
    const [, day, mon, year, hh, mm, ss, zone] = m;
    const month = MONTHS.indexOf((mon ?? "").toLowerCase()) + 1;
    if (month === 0) return given;
    const date = `${year}-${pad(month)}-${pad(Number(day))}`;
    if (!hh) return parsePublished(date) ? date : given;
    const offset = zone
      ? /^[+-]\d{4}$/.test(zone)
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : ZONES[zone.toUpperCase()]
      : "Z";
    if (offset === undefined) return normalisePublished(given);
    const iso = `${date}T${pad(Number(hh))}:${mm}:${ss ?? "00"}${offset}`;
    return parsePublished(iso) ? iso : given;
  }
  return normalisePublished(given);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
