/** Prefixes of a hyphened modifier that takes a stance or a side: "anti-government", "Pro-Beijing", "pan-democrat". */
const PREFIXES = new Set([
  "anti",
  "pro",
  "non",
  "ex",
  "pan",
  "counter",
  "post",
  "pre",
  "semi",
  "self",
  "multi",
  "cross",
]);

/**
 * The prefix of a token written prefix, hyphen, word ("Pro-Beijing", "Anti-government"), lower-cased, with whether the
 * word after the hyphen is in lower case; null for any other token.
 */
export function stancePrefix(raw: string): { prefix: string; lowerAfter: boolean } | null {
  const hyphen = raw.indexOf("-");
  if (hyphen < 2 || hyphen + 1 >= raw.length) return null;
  const prefix = raw.slice(0, hyphen).toLowerCase();
  if (!PREFIXES.has(prefix)) return null;
  const after = raw.charAt(hyphen + 1);
  return /\p{L}/u.test(after) ? { prefix, lowerAfter: after === after.toLowerCase() } : null;
}
