import type { Span } from "../article/span.js";
import type { Token } from "../pipeline/layers.js";
import { tokenIndexAt } from "../pipeline/token-index.js";

/** Marks the tokens that overlap any time expression, so numbers in dates and durations are never counted. */
export function timeMask(tokens: readonly Token[], times: readonly Pick<Span, "start" | "end">[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const time of times) {
    // Binary search to the first token, then walk only the tokens the time covers.
    for (let i = tokenIndexAt(tokens, time.start); i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start >= time.end) break;
      mask[i] = 1;
    }
  }
  return mask;
}
