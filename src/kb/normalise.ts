import { legalForms } from "../lexicon/legal-forms.js";

/** Text without its diacritics ("Gdańsk" → "Gdansk"); ASCII text, the common case, is returned as it is. */
export function foldDiacritics(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for any character beyond ASCII.
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * Folds a name for matching across articles: diacritics off, case folded, hyphens and punctuation to spaces,
 * apostrophes dropped ("O'Neill" → "oneill"), a leading "the" dropped. "Kim Jong-un" and "Kim Jong Un" fold alike.
 */
export function normaliseName(name: string): string {
  const folded = foldDiacritics(name)
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded.startsWith("the ") ? folded.slice(4) : folded;
}

/**
 * An organisation's name folded, without the legal form at its end ("Ford Motor Co." → "ford motor"): the same
 * company is written with and without it. A name that is nothing but legal-form words keeps them.
 */
export function normaliseOrgName(name: string): string {
  const tokens = nameTokens(normaliseName(name));
  const forms = legalForms();
  let end = tokens.length;
  while (end > 1 && forms.has(tokens[end - 1] ?? "")) end--;
  return tokens.slice(0, end).join(" ");
}

// Courtesy titles say nothing about who is meant; roles ("minister") are kept apart by the entity stage.
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor", "madam", "mme", "m"]);

/** A person's name folded, with courtesy titles and single-letter initials removed ("Dr. John F. Smith" → "john smith"). */
export function normalisePersonName(name: string): string {
  const tokens = normaliseName(name).split(" ");
  let from = 0;
  while (from < tokens.length - 1 && HONORIFICS.has(tokens[from] ?? "")) from++;
  const kept = tokens.slice(from).filter((t, i, all) => t.length > 1 || all.length === 1 || i === 0);
  return kept.join(" ");
}

export function nameTokens(norm: string): string[] {
  return norm === "" ? [] : norm.split(" ");
}
