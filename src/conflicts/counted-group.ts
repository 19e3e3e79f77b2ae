import type { Claim, Event, Quantity } from "../article/analysis.js";
import { stem } from "./content-words.js";

/** Words that count people without saying which people: any group may be meant. */
const GENERIC = new Set([
  "people",
  "person",
  "persons",
  "individual",
  "individuals",
  "dead",
  "bodies",
  "casualties",
  "victims",
  "lives",
  "others",
]);

/**
 * What an event's count counts, as a stemmed noun ("soldier", "palestinian"), from the quantity inside the claim's
 * words with the count's value; null when unknown or generic ("people").
 */
export function countedGroup(claim: Claim, event: Event, quantities: readonly Quantity[]): string | null {
  const count = event.count;
  if (!count) return null;
  const value = count.value ?? count.min ?? null;
  const q = quantities.find(
    (x) =>
      x.start >= claim.content.start &&
      x.end <= claim.content.end &&
      (x.value === value || (x.min ?? null) === value) &&
      x.unit !== null,
  );
  const unit = q?.unit?.toLowerCase();
  // "six other people were killed", "two more soldiers": an addition to a count before, a group of its own.
  if (q?.unitSpan && ADDED.test(claimText(claim, q.end, q.unitSpan.end))) return `+${claim.id}`;
  if (!unit || GENERIC.has(unit)) return null;
  return stem(unit.split(/\s+/).pop() as string);
}

const ADDED = /\b(?:other|more|additional|further)\b/iu;

/** The claim's words between two offsets of the article (clipped to the content). */
function claimText(claim: Claim, start: number, end: number): string {
  const from = Math.max(start, claim.content.start) - claim.content.start;
  const to = Math.min(end, claim.content.end) - claim.content.start;
  return to > from ? claim.content.text.slice(from, to) : "";
}

/** Two counts of named, different groups ("three Palestinians" and "two soldiers") count different people; so does an addition. */
export function differentGroups(a: string | null, b: string | null): boolean {
  // An addition ("six other people") is a group of its own, whatever the other count counts.
  if (a?.startsWith("+") || b?.startsWith("+")) return true;
  return a !== null && b !== null && a !== b;
}
