import { notNames } from "../lexicon/not-names.js";
import { nextToken, type TextView } from "./text-view.js";

// Single capitalised words whose part-of-speech tag says "not a proper noun": when the capital still says name.

// After a sentence's first word, these make it the subject: "Ford said", "Ford is", "Ford has announced".
const SUBJECT_VERBS = new Set([
  "said",
  "announced",
  "reported",
  "confirmed",
  "denied",
  "stated",
  "added",
  "warned",
  "says",
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
  "plans",
  "expects",
]);

/**
 * A single word opening a sentence that the tagger took for a verb or noun but that speaks or acts ("Ford said
 * that …"): kept as a candidate, which finish() drops unless the article names it elsewhere. A plural or a
 * word ending in -ing/-ed is no such subject ("Officials said", "Speaking said").
 */
export function subjectOfSpeech(view: TextView, a: number, b: number): boolean {
  if (b !== a + 1 || !view.initial[a] || view.headline[a]) return false;
  if (!SUBJECT_VERBS.has(view.folded[nextToken(view, b)] ?? "")) return false;
  const raw = view.raw[a] as string;
  return /^\p{Lu}[\p{Ll}]+$/u.test(raw) && !/(s|ing|ed)$/.test(raw) && !notNames().has(view.folded[a] as string);
}

/**
 * A capitalised word inside a sentence reads as a name even when the tagger took it for a verb ("Ford said"):
 * not at a sentence start or in a headline, not a symbol or abbreviation ("US$", "No."), not an -ing/-ed form.
 */
export function midSentenceName(view: TextView, a: number): boolean {
  if (view.initial[a] || view.headline[a]) return false;
  const raw = view.raw[a] as string;
  if (!/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(raw)) return false;
  return !(view.tokens[a]?.pos === "VERB" && /(ing|ed)$/.test(raw));
}
