import type { Claim, Entity, EntityType, TimeExpression, TimexType } from "../../src/article/analysis.js";
import { extractClaims } from "../../src/claims/extract.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";
import { pipeline } from "../../src/pipeline/stages.js";

/** Claims of a text through the whole pipeline (real times, mentions and entities). */
export function claimsThroughPipeline(text: string, published = "2025-07-01"): Claim[] {
  const doc = pipeline.run({ text, published, title: null, url: null, source: null, origin: null } as never);
  return doc.claims ?? [];
}

/** The source entity's name of the claim with this cue, through the whole pipeline. */
export function speakerOf(text: string, cue: string, published = "2025-07-01"): string | undefined {
  const doc = pipeline.run({ text, published, title: null, url: null, source: null, origin: null } as never);
  const claim = (doc.claims ?? []).find((c) => c.cue.text === cue);
  return (doc.entities ?? []).find((e) => e.id === claim?.source?.entity)?.name;
}

/** Each claim's source text and the name of the entity it resolves to (null when none), through the whole pipeline. */
export function sourcesOf(text: string, published = "2025-07-01"): [string | undefined, string | null][] {
  const doc = pipeline.run({ text, published, title: null, url: null, source: null, origin: null } as never);
  const name = (id: string | null | undefined) => (doc.entities ?? []).find((e) => e.id === id)?.name ?? null;
  return (doc.claims ?? []).map((c) => [c.source?.text, name(c.source?.entity)]);
}

/** The entity name of the first claim whose source text is `source`. */
export function speakerNamed(text: string, source: string): string | null | undefined {
  return sourcesOf(text).find(([s]) => s === source)?.[1];
}

/** An entity whose mentions are every occurrence of the given surfaces in the text. */
export function entity(text: string, id: string, type: EntityType, ...surfaces: string[]): Entity {
  const mentions = [];
  for (const surface of surfaces) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      mentions.push({ start: at, end: at + surface.length, text: surface });
    }
  }
  return { id, type, name: surfaces[0] ?? id, mentions };
}

/** A time expression at the n-th occurrence (1-based) of its text. */
export function time(
  text: string,
  surface: string,
  value: string,
  type: TimexType = "DATE",
  occurrence = 1,
): TimeExpression {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(surface, at + 1);
  if (at < 0) throw new Error(`"${surface}" is not in the text`);
  return { start: at, end: at + surface.length, text: surface, type, value, mod: null };
}

/** Claims of a text with hand-built times and entities (no dependence on those stages). */
export function claimsWith(text: string, options: { times?: TimeExpression[]; entities?: Entity[] } = {}): Claim[] {
  const { tokens, sentences } = tokenize(text);
  return extractClaims({ text, tokens, sentences, times: options.times ?? [], entities: options.entities ?? [] })
    .claims;
}

/** The one claim whose cue has this text (fails loudly when there is none or several). */
export function byCue(claims: Claim[], cue: string): Claim {
  const found = claims.filter((c) => c.cue.text === cue);
  if (found.length !== 1) {
    throw new Error(
      `expected one claim with cue "${cue}", got ${found.length}: ${claims.map((c) => c.cue.text).join(", ")}`,
    );
  }
  return found[0] as Claim;
}
