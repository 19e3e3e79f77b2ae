import type { TimeExpression } from "../../src/article/analysis.js";
import { parsePublished } from "../../src/article/published.js";
import type { Doc } from "../../src/pipeline/layers.js";
import type { StageMessage } from "../../src/pipeline/stage.js";
import { timesStage } from "../../src/pipeline/stages/times.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

/** Runs the times stage on a text, with the publication date given as YYYY-MM-DD or null. */
export function runTimes(
  text: string,
  published: string | null,
): { times: TimeExpression[]; messages: StageMessage[] } {
  const { tokens, sentences } = tokenize(text);
  const date = published ? parsePublished(published) : null;
  const doc: Doc & Parameters<typeof timesStage.run>[0] = {
    article: { text, published, title: null, url: null, source: null },
    messages: [],
    tokens,
    sentences,
    reference: date && published ? { date, iso: published } : null,
  };
  const out = timesStage.run(doc);
  return { times: out.times, messages: out.messages ?? [] };
}

/** The time expression overlapping the first occurrence of `phrase`, or undefined. */
export function timeAt(times: readonly TimeExpression[], text: string, phrase: string): TimeExpression | undefined {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  const end = start + phrase.length;
  return times.find((t) => t.start < end && start < t.end);
}

/** Shorthand: the value (and mod) found over `phrase` in `text` published on `published`. */
export function valueAt(text: string, phrase: string, published = "2025-07-01"): string | undefined {
  const t = timeAt(runTimes(text, published).times, text, phrase);
  return t ? (t.mod ? `${t.value}/${t.mod}` : t.value) : undefined;
}
