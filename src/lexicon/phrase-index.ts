import { firstWord, fold } from "./fold.js";

/** A phrase as the index keeps it: its folded form and the original spelling (for the case check). */
export interface IndexedPhrase<T> {
  folded: string;
  original: string;
  /** Written in capitals only (WHO, ICC): matches only in capitals. */
  caseSensitive: boolean;
  values: T[];
}

/** What `candidates` hands back for a word no phrase starts with (most tokens): one shared empty list. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Phrases looked up by their first word: one Map probe per token, then a walk over the few phrases that
 * start with that word. No regex per entry, so a lexicon of 100,000 phrases costs the same per token as one of 10.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, IndexedPhrase<T>[]>();
  private readonly byPhrase = new Map<string, IndexedPhrase<T>>();

  add(phrase: string, value: T): void {
    const folded = fold(phrase.trim());
    if (!folded) return;
    const caseSensitive = /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
    const id = caseSensitive ? `${folded}\u0000cs` : folded;
    let entry = this.byPhrase.get(id);
    if (!entry) {
      entry = { folded, original: phrase.trim(), caseSensitive, values: [] };
      this.byPhrase.set(id, entry);
      const key = firstWord(folded);
      const list = this.byFirst.get(key);
      if (list) list.push(entry);
      else this.byFirst.set(key, [entry]);
    }
    entry.values.push(value);
  }

  /** Phrases that start with this (folded) first word, longest first. */
  candidates(first: string): readonly IndexedPhrase<T>[] {
    return this.byFirst.get(first) ?? NONE;
  }

  /** Sorts every bucket longest first; call once after the last add. */
  seal(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
    return this;
  }

  get size(): number {
    return this.byPhrase.size;
  }

  /** Every phrase, in no particular order. */
  all(): IterableIterator<IndexedPhrase<T>> {
    return this.byPhrase.values();
  }
}
