import winkModel from "wink-eng-lite-web-model";
import { once } from "./read-lexicon.js";

interface Lexeme {
  list: string[];
  intrinsicSize: number;
}

/**
 * The English words wink-nlp's model knows in lower case (about 86,000: "store", "idea", "security"), read from the
 * model's own lexicon, which holds common words and leaves out names ("martin", "grumman", "london" are not in it).
 * A capitalised name made only of such words ("Music Store", "Way Forward") is seldom a person's. Read once from a
 * private copy of the model's core (about 60 ms), of which only the words are kept: the copy the tokenizer uses
 * grows and shrinks with every article.
 */
const words = once((): ReadonlySet<string> => {
  const core = (winkModel as unknown as { core: () => { features: { lexeme: Lexeme } } }).core();
  const { list, intrinsicSize } = core.features.lexeme;
  const out = new Set<string>();
  for (let k = 0; k < intrinsicSize; k++) {
    const w = list[k] as string;
    if (w === w.toLowerCase()) out.add(w);
  }
  return out;
});

/** `word` (lower case) is a common English word. */
export function isCommonWord(word: string): boolean {
  return words().has(word);
}
