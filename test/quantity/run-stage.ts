import type { TimeExpression } from "../../src/article/analysis.js";
import { quantitiesStage } from "../../src/pipeline/stages/quantities.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import type { FoundQuantity } from "../../src/quantity/types.js";

/** Runs the quantities stage alone on `text`, with the given time expressions (found by hand) in place. */
export function quantitiesOf(text: string, times: TimeExpression[] = []): FoundQuantity[] {
  const { tokens, sentences } = tokenize(text);
  const doc = {
    article: { text, published: null, title: null, url: null, source: null },
    messages: [],
    tokens,
    sentences,
    times,
  };
  return quantitiesStage.run(doc).quantities as FoundQuantity[];
}

/** The one quantity whose text is `span`; fails the test when there is none or several. */
export function quantityNamed(text: string, span: string, times: TimeExpression[] = []): FoundQuantity {
  const found = quantitiesOf(text, times).filter((q) => q.text === span);
  if (found.length !== 1) {
    const all = quantitiesOf(text, times).map((q) => q.text);
    throw new Error(`expected one quantity "${span}" in "${text}", got [${all.join(" | ")}]`);
  }
  return found[0] as FoundQuantity;
}

/** A time expression over the first occurrence of `span` in `text`, as the times stage would write it. */
export function timeAt(text: string, span: string): TimeExpression {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" is not in "${text}"`);
  return { start, end: start + span.length, text: span, type: "DATE", value: "XXXX", mod: null };
}
