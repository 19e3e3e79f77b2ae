import type { Entity } from "../article/analysis.js";
import type { Mention, MentionKind, Token } from "../pipeline/layers.js";
import { tokenIndexAt } from "../pipeline/token-index.js";

/** One entity mention laid over the tokens: [first, end) token indices. */
export interface MentionRef {
  entity: Entity;
  first: number;
  end: number;
  /** How the mention refers (name, demonym, pronoun …) when the mentions layer says. */
  kind: MentionKind | null;
}

export interface EntityIndex {
  /** For each token, the index in `list` of the mention covering it, or -1. */
  at: Int32Array;
  /** Mentions in text order. */
  list: MentionRef[];
}

/** Maps every token to the entity mention covering it, so participant rules look entities up by position. */
export function indexEntities(
  tokens: readonly Token[],
  entities: readonly Entity[],
  mentions: readonly Mention[],
): EntityIndex {
  // Keyed by start offset (numbers are cheaper keys than strings); the end is checked on use.
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.start, m);
  const kindOf = (start: number, end: number): MentionKind | null => {
    const m = byStart.get(start);
    return m && m.end === end ? m.kind : null;
  };
  const list: MentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.end <= m.start) continue;
      const first = tokenIndexAt(tokens, m.start);
      const end = tokenIndexAt(tokens, m.end - 1) + 1;
      if (first >= tokens.length || end <= first) continue;
      list.push({ entity, first, end, kind: kindOf(m.start, m.end) });
    }
  }
  list.sort((a, b) => a.first - b.first || b.end - a.end);
  const at = new Int32Array(tokens.length).fill(-1);
  list.forEach((ref, i) => {
    for (let k = ref.first; k < ref.end; k++) if (at[k] === -1) at[k] = i;
  });
  return { at, list };
}

/** The mention covering token k, if any. */
export function mentionAt(index: EntityIndex, k: number): MentionRef | undefined {
  const i = k >= 0 && k < index.at.length ? (index.at[k] ?? -1) : -1;
  return i < 0 ? undefined : index.list[i];
}
