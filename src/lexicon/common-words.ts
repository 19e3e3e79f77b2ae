import winkModel from "wink-eng-lite-web-model";
import { once } from "./read-lexicon.js";

interface Lexeme {
  list: string[];
  intrinsicSize: number;
}

interface Core {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
  features: { lexeme: Lexeme; posClusters: { list: Set<number>[] }; pos: { list: string[] } };
}

/**
 * The English words wink-nlp's model knows in lower case (about 86,000: "store", "idea", "security"), read from the
 * model's own lexicon, which holds common words and leaves out names ("martin", "grumman", "london" are not in it).
 * A capitalised name made only of such words ("Music Store", "Way Forward") is seldom a person's. Read once from a
 * private copy of the model's core (about 60 ms), of which only the words and the word classes each may take are
 * kept: the copy the tokenizer uses grows and shrinks with every article.
 */
const words = once((): ReadonlyMap<string, readonly string[]> => {
  const core = (winkModel as unknown as { core: () => Core }).core();
  const { list, intrinsicSize } = core.features.lexeme;
  // The model packs each word's features in `size` 32-bit words; `lexemeCID` indexes the set of word classes
  // ("NOUN", "VERB") the word may take.
  const [offset = 0, mask = 0, shift = 0] = core.packing.layout.lexemeCID ?? [];
  const clusters = core.features.posClusters.list.map((set) =>
    [...set].map((p) => core.features.pos.list[p] as string),
  );
  const out = new Map<string, readonly string[]>();
  for (let k = 0; k < intrinsicSize; k++) {
    const w = list[k] as string;
    if (w !== w.toLowerCase()) continue;
    const cluster = ((core.lexicon[offset + k * core.packing.size] ?? 0) & mask) >>> shift;
    out.set(w, clusters[cluster] ?? []);
  }
  return out;
});

/** `word` (lower case) is a common English word. */
export function isCommonWord(word: string): boolean {
  return words().has(word);
}

/** The word classes a common English word (lower case) may take ("fierce": ADJ; "drone": NOUN, VERB); none for others. */
export function wordClasses(word: string): readonly string[] {
  return words().get(word) ?? [];
}
