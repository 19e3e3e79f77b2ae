import type { Claim, Entity, Quantity, TimeExpression } from "../article/analysis.js";
import type { Mention, Sentence, Token } from "../pipeline/layers.js";
import { tokenIndexAt } from "../pipeline/token-index.js";
import { type Segments, segment } from "./clauses.js";
import { type EntityIndex, indexEntities } from "./entity-index.js";
import { eventVocabulary, type Vocabulary } from "./vocabulary.js";

/** A layer item laid over the tokens: [first, end) token indices. */
export interface Placed<T> {
  item: T;
  first: number;
  end: number;
}

/** Everything the event rules look at, indexed once per article so each rule is a local look-up. */
export interface EventContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  vocab: Vocabulary;
  segments: Segments;
  entities: EntityIndex;
  /** Times and quantities per sentence, in text order. */
  timesIn: Placed<TimeExpression>[][];
  /** 1 for tokens inside a time expression. */
  inTime: Uint8Array;
  quantitiesIn: Placed<Quantity>[][];
  claims: readonly Claim[];
}

export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  times: readonly TimeExpression[];
  quantities: readonly Quantity[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  claims: readonly Claim[];
  /** The publication day, when the article has one: an asserted event dated after it is still to come. */
  published?: Date | null;
}

function place<T extends { start: number; end: number }>(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  items: readonly T[],
): Placed<T>[][] {
  const out: Placed<T>[][] = sentences.map(() => []);
  for (const item of items) {
    if (item.end <= item.start) continue;
    const first = tokenIndexAt(tokens, item.start);
    const end = tokenIndexAt(tokens, item.end - 1) + 1;
    const sentence = tokens[first]?.sentence;
    if (sentence === undefined || end <= first) continue;
    out[sentence]?.push({ item, first, end });
  }
  for (const list of out) list.sort((a, b) => a.first - b.first);
  return out;
}

export function eventContext(input: EventInput): EventContext {
  const vocab = eventVocabulary();
  const timesIn = place(input.tokens, input.sentences, input.times);
  const inTime = new Uint8Array(input.tokens.length);
  for (const list of timesIn) for (const t of list) inTime.fill(1, t.first, t.end);
  return {
    text: input.text,
    tokens: input.tokens,
    sentences: input.sentences,
    vocab,
    segments: segment(input.tokens, input.sentences, vocab.reportingVerbs),
    entities: indexEntities(input.tokens, input.entities, input.mentions),
    timesIn,
    inTime,
    quantitiesIn: place(input.tokens, input.sentences, input.quantities),
    claims: input.claims,
  };
}
