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

/** What an event's count counts: a stemmed noun ("soldier", "palestinian") or null when unknown or generic. */
export interface CountedGroup {
  noun: string | null;
  /** "six other people", "two more soldiers": an addition to a count before, a group of its own. */
  addition: boolean;
  /** The count names any people in so many words ("300 people", "the dead"), not no group at all ("more than 50"). */
  generic: boolean;
}

/** The group an event's count counts, read from the quantity with the count's value inside the claim's words. */
export function countedGroup(claim: Claim, event: Event, quantities: readonly Quantity[]): CountedGroup {
  const count = event.count;
  if (!count) return { noun: null, addition: false, generic: false };
  const value = count.value ?? count.min ?? null;
  const q = quantities.find(
    (x) =>
      x.start >= claim.content.start &&
      x.end <= claim.content.end &&
      (x.value === value || (x.min ?? null) === value) &&
      x.unit !== null,
  );
  const addition = q?.unitSpan !== undefined && ADDED.test(claimText(claim, q.end, q.unitSpan.end));
  const unit = q?.unit?.toLowerCase();
  const generic = unit !== undefined && GENERIC.has(unit);
  const noun = !unit || generic ? null : stem(unit.split(/\s+/).pop() as string);
  return { noun, addition, generic };
}

const ADDED = /\b(?:other|more|additional|further)\b/iu;

/** The claim's words between two offsets of the article (clipped to the content). */
function claimText(claim: Claim, start: number, end: number): string {
  const from = Math.max(start, claim.content.start) - claim.content.start;
  const to = Math.min(end, claim.content.end) - claim.content.start;
  return to > from ? claim.content.text.slice(from, to) : "";
}

/** Two counts of named, different groups ("three Palestinians" and "two soldiers") count different people; so does an addition. */
export function differentGroups(a: CountedGroup, b: CountedGroup): boolean {
  return a.addition || b.addition || (a.noun !== null && b.noun !== null && a.noun !== b.noun);
}

/**
 * "More than 300 people have been killed" and "69 Druze fighters were killed": among the dead or wounded, a named
 * group's count no larger than a count of any people may be a part of it, no other figure for it. `a` and `b` are
 * the counts' values. (A crowd's "200,000 people" and "30,000 demonstrators" are one group; so is a count with no
 * noun, "more than 50 had been detained", which goes back to a group named before.)
 */
export function partOfWhole(type: string, x: CountedGroup, a: number, y: CountedGroup, b: number): boolean {
  if (!CASUALTIES.has(type)) return false;
  if (x.generic && y.noun !== null) return b <= a;
  if (y.generic && x.noun !== null) return a <= b;
  return false;
}

const CASUALTIES = new Set(["KILL", "DIE", "WOUND"]);
