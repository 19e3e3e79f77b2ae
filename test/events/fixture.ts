import type {
  Claim,
  Entity,
  EntityType,
  Event,
  Quantity,
  TimeExpression,
  TimexType,
} from "../../src/article/analysis.js";
import { span } from "../../src/article/span.js";
import type { Doc, Mention, MentionKind } from "../../src/pipeline/layers.js";
import { eventsStage } from "../../src/pipeline/stages/events.js";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

/** Where a phrase occurs: its text, and which occurrence (1 = first). */
export type Where = string | [string, number];

export interface EntitySpec {
  id: string;
  type: EntityType;
  mentions: Where[];
  /** ISO country code, as the entities stage gives it for places. */
  country?: string;
  /** Mention kinds by mention text, for the mentions layer ("Russian" → demonym). */
  kinds?: Record<string, MentionKind>;
}

export interface Spec {
  entities?: EntitySpec[];
  times?: { at: Where; value: string; type?: TimexType }[];
  quantities?: { at: Where; value: number | null; approximate?: boolean; min?: number | null; unit?: string | null }[];
  claims?: {
    id: string;
    content: Where;
    cue: Where;
    source?: string | null;
    sourceText?: string;
    polarity?: Claim["polarity"];
    certainty?: Claim["certainty"];
    reportedAt?: Where;
  }[];
}

/** The offsets of a phrase in the text; throws when the test text lacks it (a broken test, not a result). */
export function find(text: string, where: Where): { start: number; end: number } {
  const [phrase, nth] = typeof where === "string" ? [where, 1] : where;
  // Whole words only: "North Korea" is not found inside "North Korean".
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let at = -1;
  for (let i = 0; i < nth; ) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" #${nth} is not in the text`);
    if (!letter(text[at - 1]) && !letter(text[at + phrase.length])) i++;
  }
  return { start: at, end: at + phrase.length };
}

/** A document with hand-built layers, as the stages before events would leave it. */
export function buildDoc(text: string, spec: Spec = {}): Doc & Record<string, unknown> {
  const { tokens, sentences } = tokenize(text);
  const mentions: Mention[] = [];
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const spans = e.mentions.map((w) => {
      const at = find(text, w);
      return span(text, at.start, at.end);
    });
    for (const s of spans) {
      mentions.push({ start: s.start, end: s.end, text: s.text, type: e.type, kind: e.kinds?.[s.text] ?? "name" });
    }
    const entity: Entity = { id: e.id, type: e.type, name: spans[0]?.text ?? e.id, mentions: spans };
    if (e.country) entity.country = e.country;
    return entity;
  });
  const times: TimeExpression[] = (spec.times ?? []).map((t) => {
    const at = find(text, t.at);
    return { ...span(text, at.start, at.end), type: t.type ?? "DATE", value: t.value, mod: null };
  });
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const at = find(text, q.at);
    return {
      ...span(text, at.start, at.end),
      value: q.value,
      min: q.min ?? null,
      max: null,
      approximate: q.approximate ?? false,
      unit: q.unit ?? null,
    };
  });
  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const content = find(text, c.content);
    const cue = find(text, c.cue);
    const reported = c.reportedAt ? find(text, c.reportedAt) : null;
    return {
      id: c.id,
      content: span(text, content.start, content.end),
      cue: span(text, cue.start, cue.end),
      source: c.source !== undefined || c.sourceText ? { entity: c.source ?? null, text: c.sourceText ?? "" } : null,
      via: [],
      reportedAt: reported
        ? {
            value: times.find((t) => t.start === reported.start)?.value ?? "",
            span: span(text, reported.start, reported.end),
          }
        : null,
      polarity: c.polarity ?? "positive",
      certainty: c.certainty ?? "certain",
      quote: false,
    };
  });
  return {
    article: { text, published: "2025-07-01", title: null, url: null, source: null },
    messages: [],
    tokens,
    sentences,
    times,
    quantities,
    mentions,
    entities,
    claims,
  };
}

/** Runs the events stage alone on a hand-built document. */
export function eventsOf(text: string, spec: Spec = {}): Event[] {
  const doc = buildDoc(text, spec) as Parameters<typeof eventsStage.run>[0];
  return eventsStage.run(doc).events;
}

/** The event whose trigger text is `trigger` (the first one). */
export function eventAt(events: readonly Event[], trigger: string): Event | undefined {
  return events.find((e) => e.trigger.text === trigger);
}
