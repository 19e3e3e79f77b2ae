import type { Entity } from "../../src/article/analysis.js";
import { clusterMentions } from "../../src/names/cluster.js";
import { findMentions } from "../../src/names/find-mentions.js";
import type { Mention } from "../../src/pipeline/layers.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

/** Runs the mentions and entities stages' work on a short text. */
export function read(
  text: string,
  published: string | null = "2025-03-10",
): { mentions: Mention[]; entities: Entity[] } {
  const { tokens, sentences } = tokenize(text);
  const mentions = findMentions({ text, tokens, sentences, published });
  return { mentions, entities: clusterMentions({ text, tokens, mentions }) };
}

/** The entity holding a mention with exactly this text, or this text after "the" (the first one). */
export function entityWith(entities: readonly Entity[], mention: string): Entity | undefined {
  const fits = (t: string) => t === mention || t === `the ${mention}` || t === `The ${mention}`;
  return entities.find((e) => e.mentions.some((m) => fits(m.text)));
}

/** Mentions' texts of an entity. */
export function texts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}
