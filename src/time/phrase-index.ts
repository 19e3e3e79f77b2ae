/**
 * Multi-word phrases looked up from one end, keyed by that end's word, so a lookup costs a map access and a
 * few comparisons however large the list grows. Phrases are cut into words as the text is (words.ts):
 * "mid-" is "mid" and "-", "new year's day" is "new", "year", "'", "s", "day".
 */
export class PhraseIndex<T> {
  private readonly byLast = new Map<string, { words: string[]; value: T }[]>();
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      const first = words[0];
      const last = words[words.length - 1];
      if (first === undefined || last === undefined) continue;
      push(this.byLast, last, { words, value });
      push(this.byFirst, first, { words, value });
    }
    // Longest first, so "the end of" wins over "of"-less shorter entries.
    for (const list of [...this.byLast.values(), ...this.byFirst.values()])
      list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every phrase's first word: the triggers of a parser that reads these phrases left to right. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** The longest phrase whose last word is at `last` (reading words leftwards); its first word's index. */
  endingAt(word: (i: number) => string | undefined, last: number): { value: T; first: number } | null {
    const list = this.byLast.get(word(last) ?? "");
    if (!list) return null;
    for (const entry of list) {
      const first = last - entry.words.length + 1;
      if (first < 0) continue;
      if (wordsAt(word, first, entry.words)) return { value: entry.value, first };
    }
    return null;
  }

  /** The longest phrase whose first word is at `first`; its last word's index. */
  startingAt(word: (i: number) => string | undefined, first: number): { value: T; last: number } | null {
    const list = this.byFirst.get(word(first) ?? "");
    if (!list) return null;
    for (const entry of list) {
      if (wordsAt(word, first, entry.words)) return { value: entry.value, last: first + entry.words.length - 1 };
    }
    return null;
  }
}

/** The text's words from `first` on are `words` (a plain loop: this runs at every "the" and "in"). */
function wordsAt(word: (i: number) => string | undefined, first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (word(first + k) !== words[k]) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Cuts a lexicon phrase into the words the scanner would make of it, lower case. */
export function phraseWords(phrase: string): string[] {
  return [
    ...phrase
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .matchAll(/\p{L}+|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu),
  ].map((m) => m[0]);
}
