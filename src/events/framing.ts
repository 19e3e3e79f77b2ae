/**
 * Prepositions of an adjunct that names a known happening: "targeted in the Israeli attack", "during the raid",
 * "after the strike". A denial of the clause takes that happening for granted and denies what the clause says of it;
 * the events stage reads this for factuality, the conflicts stage for the denied predicate.
 */
export const FRAMING_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "during",
  "after",
  "before",
  "since",
  "amid",
  "following",
]);
