import type { Quantity } from "../article/analysis.js";

/** A quantity as this stage writes it: the contract's fields plus two that say how it was read. */
export interface FoundQuantity extends Quantity {
  /** The bound excludes the stated number ("more than 3,000": min 3000, not reached). Absent when false. */
  exclusive?: true;
  /** Which reading produced it: number · words · range · vague, with money or percent (for debugging and evaluation). */
  rule: string;
}
