/** Multi-word phrases looked up token by token: the longest phrase starting at a token, without scanning the text. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  add(words: readonly string[], value: T): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.value = value;
  }

  /** The longest phrase whose words are word(start), word(start+1) …; `end` is one past its last token. */
  longest(word: (i: number) => string | undefined, start: number): { value: T; end: number } | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: { value: T; end: number } | null = null;
    for (let i = start; node; i++) {
      const w = word(i);
      if (w === undefined) break;
      node = node.next.get(w);
      if (node?.value !== undefined) best = { value: node.value, end: i + 1 };
    }
    return best;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

/** Splits a lexicon phrase into the tokens wink makes of it: words on spaces, a leading hyphen on its own. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => (w.length > 1 && w.startsWith("-") ? ["-", w.slice(1)] : [w]));
}
