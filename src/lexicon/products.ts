import { fold } from "./fold.js";
import { once, readLexicon } from "./read-lexicon.js";

interface ProductsFile {
  products: string[];
}

/** lexicon/products.json: well-known product names, folded (one or a few words). Loaded once. */
export const knownProducts = once(
  (): ReadonlySet<string> => new Set(readLexicon<ProductsFile>("products.json").products.map((p) => fold(p))),
);

/** The most words a product name in the lexicon has: how far back from a name's end a lookup need go. */
export const longestProduct = once((): number => {
  let n = 1;
  for (const p of knownProducts()) n = Math.max(n, p.split(" ").length);
  return n;
});
