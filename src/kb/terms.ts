import { foldDiacritics } from "./normalise.js";
import { IRREGULAR, NEGATORS, STOP_WORDS } from "./term-words.js";

/** The content words (crudely stemmed, sorted, unique) and the numbers of a proposition. */
export interface Terms {
  words: string[];
  numbers: number[];
}

// Suffixes stripped in order; the first that fits wins. Crude on purpose: both sides are folded the same way.
const SUFFIXES: [string, string, number][] = [
  ["ments", "", 6],
  ["ment", "", 6],
  ["ies", "y", 4],
  ["sses", "ss", 4],
  ["ings", "", 6],
  ["ing", "", 5],
  ["ied", "y", 4],
  ["ed", "", 4],
  ["es", "", 5],
  ["s", "", 3],
];
const UNDOUBLE = /([bdgmnprt])\1$/;

/** Folds one lower-cased word to a stem shared by its inflections ("killed", "kills", "killing" → "kill"). */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular === word ? word : stem(irregular);
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  for (const [suffix, replacement, minLength] of SUFFIXES) {
    if (word.length >= minLength + suffix.length - 1 && word.endsWith(suffix)) {
      let base = word.slice(0, word.length - suffix.length) + replacement;
      // "stopped" → "stopp" → "stop"; short stems ("add") keep their double letter.
      if (replacement === "" && base.length >= 4 && UNDOUBLE.test(base)) base = base.slice(0, -1);
      // "strikes" → "strik", "strike" → "strik": a final silent e is dropped everywhere.
      return base.endsWith("e") && base.length > 3 ? base.slice(0, -1) : base;
    }
  }
  return word.endsWith("e") && word.length > 3 ? word.slice(0, -1) : word;
}

const TOKEN = /\d[\d,]*(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, hundred: 100 };

/**
 * The polarity-free signature of a proposition: negators, function words and reporting words dropped,
 * the rest stemmed; numbers apart ("1,000" → 1000, "2 million" → 2000000). Linear in the text.
 */
export function contentTerms(text: string): Terms {
  const words = new Set<string>();
  const numbers: number[] = [];
  const folded = foldDiacritics(text).toLowerCase();
  let lastNumber: number | null = null;
  for (const m of folded.matchAll(TOKEN)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      // A bare year is a time, not a tally: kept as a word so "killed in 2024" differs from "killed in 2025".
      if (/^(1[89]|20)\d\d$/.test(raw)) {
        words.add(`y${raw}`);
        lastNumber = null;
        continue;
      }
      const n = Number(raw.replace(/,/g, ""));
      if (Number.isFinite(n)) {
        numbers.push(n);
        lastNumber = numbers.length - 1;
      }
      continue;
    }
    const scale = SCALES[raw];
    if (scale !== undefined && lastNumber !== null) {
      numbers[lastNumber] = (numbers[lastNumber] ?? 0) * scale;
      lastNumber = null;
      continue;
    }
    lastNumber = null;
    const word = /['’]/.test(raw) ? raw.replace(/['’]s$/, "").replace(/['’]/g, "") : raw;
    if (word.length < 2 || STOP_WORDS.has(word) || NEGATORS.has(word)) continue;
    words.add(stem(word));
  }
  return { words: [...words].sort(), numbers: [...new Set(numbers)].sort((a, b) => a - b) };
}

/**
 * The stems of the words a proposition writes with a capital (past its first word): names, mostly. They identify
 * what a claim is about but say nothing of what is claimed ("Barack Obama over Clinton").
 */
export function nameStems(text: string): Set<string> {
  const out = new Set<string>();
  let first = true;
  for (const m of foldDiacritics(text).matchAll(TOKEN)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const capital = c >= 65 && c <= 90;
    if (capital && !first)
      out.add(
        stem(
          raw
            .toLowerCase()
            .replace(/['’]s$/, "")
            .replace(/['’]/g, ""),
        ),
      );
    if (c > 57 || c < 48) first = false;
  }
  return out;
}

/** Signature of the proposition: the same words and numbers, in any order and inflection. */
export function propositionKey(terms: Terms): string {
  return `${terms.words.join(" ")}#${terms.numbers.join(" ")}`;
}

/** Signature of what is counted, numbers left out: "600 soldiers killed" and "1,000 soldiers killed" share it. */
export function frameKey(terms: Terms): string {
  return terms.words.join(" ");
}

/** Share of the smaller word set found in the other: 1 when one proposition's words all recur in the other. */
export function containment(a: readonly string[], b: readonly string[]): { shared: number; ratio: number } {
  if (a.length === 0 || b.length === 0) return { shared: 0, ratio: 0 };
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let shared = 0;
  for (const w of small) if (set.has(w)) shared++;
  return { shared, ratio: shared / small.length };
}
