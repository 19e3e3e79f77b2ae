import type { Amount } from "./amount.js";
import { parseNumeral } from "./numerals.js";
import { gluedNext, posAt, rawAt, type TokenView, usable, wordAt } from "./token-view.js";

/**
 * Numbers that name rather than count: "No. 10", "Boeing 737", "Formula One", "Su-57", and digits run
 * together with other digits as in phone numbers. Only asked of bare numbers, with no approximator,
 * currency or percent that would make them amounts.
 */
export function isIdentifier(v: TokenView, amount: Amount, sentence: number): boolean {
  const i = amount.start;
  // A time just before is no name: "the ministry said Tuesday 600 soldiers died" (wordAt is blind to it).
  const prev = wordAt(v, i - 1, sentence);
  if (prev === undefined) return false;
  if (v.lex.identifierCues.has(prev)) return true;
  const pos = posAt(v, i - 1);
  // "wounding two soldiers", "killing 17": a gerund the tagger reads as a noun takes the number as its object.
  const gerund = pos === "NOUN" && /^\p{Ll}+ing$/u.test(rawAt(v, i - 1));
  if ((pos === "PROPN" || pos === "NOUN") && !gerund) return !(pos === "NOUN" && measuredAfter(v, amount, sentence));
  // A capitalised word inside the sentence, whatever its tag: part of a name ("Anderson Cooper 360").
  const first = v.tokens[i - 1]?.sentence !== v.tokens[i - 2]?.sentence;
  if (!first && /^\p{Lu}/u.test(rawAt(v, i - 1))) return true;
  // Written against a word, a hyphen or a slash: a model or code ("Su-57", "A-10", "9/11").
  if (gluedNext(v, i - 1) && /[-/#.a-z0-9]$/i.test(rawAt(v, i - 1))) return true;
  return false;
}

/** A unit of measure right after the number: after a noun it is a distance, not an id ("a town 20 km north"). */
function measuredAfter(v: TokenView, amount: Amount, sentence: number): boolean {
  return v.lex.unitsOfMeasure.has(wordAt(v, amount.end, sentence) ?? "");
}

/** Digits next to other bare digits ("+44 20 7946 0958") belong to a phone number or an id. */
export function isInDigitRun(v: TokenView, amount: Amount, sentence: number): boolean {
  if (amount.kind !== "digits") return false;
  const bare = (k: number) => usable(v, k, sentence) && parseNumeral(rawAt(v, k).replace(/^\+/, "")) !== null;
  const leading = (k: number) => usable(v, k, sentence) && /^[+0-9]/.test(rawAt(v, k));
  return leading(amount.start - 1) || (bare(amount.end) && !amount.scaled);
}

/**
 * A year the times stage did not take ("in 2024", "the 2016 campaigns"): four plain digits in the year range.
 * News style writes counts that large with a separator ("2,000 people"); a bare "2000 people" is lost.
 */
export function isYearLike(v: TokenView, amount: Amount): boolean {
  const { min, max } = v.lex.yearLike;
  const inRange = (n: number) => Number.isInteger(n) && n >= min && n <= max;
  return (
    amount.kind === "digits" &&
    !amount.scaled &&
    inRange(amount.value) &&
    inRange(amount.upper ?? amount.value) &&
    /^\d{4}(?:[-–—]\d{4})?$/.test(rawAt(v, amount.start))
  );
}

/** An age: "aged 59", or "Smith, 59, said". */
export function isAge(v: TokenView, amount: Amount, sentence: number): boolean {
  const i = amount.start;
  const prev = wordAt(v, i - 1, sentence);
  if (prev !== undefined && v.lex.ageCues.has(prev)) return true;
  return (
    amount.plainInteger &&
    amount.value < 130 &&
    prev === "," &&
    posAt(v, i - 2) === "PROPN" &&
    wordAt(v, amount.end, sentence) === ","
  );
}

/** "one" as a pronoun: "one of the allies", "the one who", "one another", "at one point". */
export function isPronounOne(v: TokenView, amount: Amount, sentence: number): boolean {
  if (amount.kind !== "words" || amount.end !== amount.start + 1 || wordAt(v, amount.start, sentence) !== "one")
    return false;
  const prev = wordAt(v, amount.start - 1, sentence);
  const next = wordAt(v, amount.end, sentence);
  return (
    (prev !== undefined && v.lex.pronounOneBefore.has(prev)) || (next !== undefined && v.lex.pronounOneAfter.has(next))
  );
}

/**
 * What a hyphen glued after the number does: "1,200-strong force" still counts the force ("count"); a unit of
 * measure keeps a measure in that unit ("a 2,640-kilometre border", "a 500-pound bomb": "unit"); "10-day",
 * "five-member", "59-year-old" make the number part of a modifier ("modifier"); no hyphen: null.
 */
export function hyphenCompound(v: TokenView, end: number, sentence: number): "count" | "unit" | "modifier" | null {
  if (wordAt(v, end, sentence) !== "-" || !gluedNext(v, end - 1) || !gluedNext(v, end)) return null;
  const word = wordAt(v, end + 1, sentence);
  if (word === undefined || !/^[a-z]/.test(word)) return null;
  if (v.lex.compoundCounts.has(word)) return "count";
  return v.lex.unitsOfMeasure.has(word) ? "unit" : "modifier";
}

/**
 * A suffix glued after the number that makes it something else: digits the tokenizer split off ("10.3" + "0am"),
 * or a plural "s" ("757s", "the 90s").
 */
export function gluedSuffix(v: TokenView, end: number, sentence: number): boolean {
  if (!usable(v, end, sentence) || !gluedNext(v, end - 1)) return false;
  const raw = rawAt(v, end);
  return /^[0-9]/.test(raw) || /^['’]?s\.?$/.test(raw);
}

/** A number word capitalised inside a sentence is part of a name ("Gang of Eight", "Formula One"). */
export function isNameWord(v: TokenView, amount: Amount): boolean {
  if (amount.kind !== "words" || !/^\p{Lu}/u.test(rawAt(v, amount.start))) return false;
  const prev = v.tokens[amount.start - 1];
  return (
    prev !== undefined &&
    prev.sentence === v.tokens[amount.start]?.sentence &&
    /^[\p{L}\p{N}]/u.test(rawAt(v, amount.start - 1))
  );
}

/** Digits after "the" or "his" with nothing counted: a model or a designation ("the 757", "his 757"). */
export function afterDeterminer(v: TokenView, amount: Amount, sentence: number): boolean {
  if (amount.kind !== "digits") return false;
  const prev = wordAt(v, amount.start - 1, sentence);
  return prev !== undefined && (v.lex.oneArticles.has(prev) || v.lex.partitiveDeterminers.has(prev));
}

/** A bare number right before a capitalised word it does not count: an address or a model ("10 Downing Street", "737 Max"). */
export function beforeName(v: TokenView, end: number, sentence: number): boolean {
  return usable(v, end, sentence) && /^\p{Lu}/u.test(rawAt(v, end));
}
