import type { Token } from "../pipeline/layers.js";

/** Small token tests shared by the event rules. Tokens are wink-nlp's, with SPACE tokens for line breaks. */

export const isSpace = (t: Token | undefined): boolean => t === undefined || t.pos === "SPACE";

export function isVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "VERB";
}

export function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM");
}

/** Lower-case keys a token can be looked up by: its lemma, its form, and the form without a regular ending. */
export function lookupKeys(t: Token): string[] {
  const keys = [t.lemma.toLowerCase(), t.normal];
  // wink lemmatizes badly some forms ("staged" → "stag", "re-elected"); plain suffix stripping recovers them.
  const n = t.normal;
  if (n.endsWith("ed")) keys.push(n.slice(0, -1), n.slice(0, -2));
  else if (n.endsWith("s") && n.length > 3) keys.push(n.slice(0, -1));
  // A gerund wink read as a noun may still be used as a verb ("the plan of bombing U.S. embassies").
  else if (n.endsWith("ing") && n.length > 5) keys.push(n.slice(0, -3), `${n.slice(0, -3)}e`);
  return keys;
}

/**
 * Whether any of `lookupKeys(t)` is in `keys`, without building them (most tokens have none): a form stripped of
 * its ending is a key exactly when the form is in `inflected` (every key plus "d", "ed", "s" and "ing", and
 * "ing" in place of a final "e").
 */
export function anyKey(t: Token, keys: ReadonlyMap<string, unknown>, inflected: ReadonlySet<string>): boolean {
  const lemma = t.lemma;
  if (keys.has(lemma) || keys.has(t.normal)) return true;
  // Lemmas are lower case but for names ("Rally" in a headline): fold only those, not every token.
  const c = lemma.charCodeAt(0);
  if (c >= 65 && c <= 90 && keys.has(lemma.toLowerCase())) return true;
  const n = t.normal;
  return (n.endsWith("ed") || (n.endsWith("s") && n.length > 3) || n.endsWith("ing")) && inflected.has(n);
}

/** Index of the next non-space token after i, before `limit`; -1 when none. */
export function nextWord(tokens: readonly Token[], i: number, limit: number): number {
  for (let k = i + 1; k < limit; k++) if (!isSpace(tokens[k])) return k;
  return -1;
}

/** Index of the previous non-space token before i, at or after `limit`; -1 when none. */
export function prevWord(tokens: readonly Token[], i: number, limit: number): number {
  for (let k = i - 1; k >= limit; k--) if (!isSpace(tokens[k])) return k;
  return -1;
}

const BE_GET = new Set(["be", "get", "become"]);
export const isBeOrGet = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === "AUX" || t.pos === "VERB") && BE_GET.has(t.lemma.toLowerCase());

/** -ing forms: progressive or gerund, never a passive participle. */
export const isIngForm = (t: Token | undefined): boolean => t?.normal.endsWith("ing") === true;

export const POSSESSIVES = new Set(["its", "his", "her", "their", "our", "my", "your"]);
export const RELATIVES = new Set(["who", "which", "whom", "whose"]);

/** The possessive "'s", typed with a straight or a curly apostrophe ("Clinton’s"). */
export const isPossessiveMark = (normal: string | undefined): boolean => normal === "'s" || normal === "\u2019s";

/** Particles of phrasal verbs ("carry out", "sent in", "called off"). */
export const PARTICLES: ReadonlySet<string> = new Set(["up", "out", "off", "down", "back", "away"]);

/** Two-word bounds before a count that open with a preposition: "at least", "at most", "up to". */
const COUNT_BOUNDS: ReadonlySet<string> = new Set(["at least", "at most", "up to"]);

/** "killed at least 16", "arrested up to 40": the word after a count bound at `k`, else `k`. */
export function pastCountBound(tokens: readonly Token[], k: number, limit: number): number {
  const second = k >= 0 ? nextWord(tokens, k, limit) : -1;
  if (second < 0 || !COUNT_BOUNDS.has(`${tokens[k]?.normal} ${tokens[second]?.normal}`)) return k;
  return nextWord(tokens, second, limit);
}
