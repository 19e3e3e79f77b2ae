import {
  ANALYSIS_SCHEMA,
  type Analysis,
  type Certainty,
  type Claim,
  type Conflict,
  type Entity,
  type EntityType,
  type Event,
  type EventParticipant,
  type Factuality,
  type Polarity,
} from "../../src/article/analysis.js";
import { documentId } from "../../src/article/article.js";
import type { Span } from "../../src/article/span.js";

/** A phrase and which occurrence of it (1-based) in the text. */
export type Where = string | [string, number];

/**
 * Builds an Analysis by hand for tests: spans are found by phrase in the text, so every offset is right by
 * construction (text.slice(start, end) === span.text), and the document id is the real content hash.
 */
export class AnalysisBuilder {
  private readonly entities: Entity[] = [];
  private readonly claims: Claim[] = [];
  private readonly events: Event[] = [];
  private readonly conflicts: Conflict[] = [];

  constructor(
    readonly text: string,
    readonly meta: { published: string | null; source: string | null; title?: string; url?: string },
  ) {}

  span(where: Where): Span {
    const [phrase, nth] = typeof where === "string" ? [where, 1] : where;
    let at = -1;
    for (let i = 0; i < nth; i++) {
      at = this.text.indexOf(phrase, at + 1);
      if (at < 0) throw new Error(`"${phrase}" (#${nth}) is not in the text`);
    }
    return { start: at, end: at + phrase.length, text: phrase };
  }

  entity(
    id: string,
    type: EntityType,
    name: string,
    mentions: Where[],
    extra: { country?: string; roles?: string[] } = {},
  ): this {
    this.entities.push({ id, type, name, mentions: mentions.map((m) => this.span(m)), ...extra });
    return this;
  }

  claim(
    id: string,
    c: {
      content: Where;
      cue: Where;
      source: string | null;
      sourceText?: Where;
      via?: { entity: string | null; text: string }[];
      reportedAt?: string;
      polarity?: Polarity;
      certainty?: Certainty;
    },
  ): this {
    const sourceText = c.sourceText ? this.span(c.sourceText).text : null;
    const sourceName = c.source ? this.entities.find((e) => e.id === c.source)?.name : null;
    this.claims.push({
      id,
      content: this.span(c.content),
      cue: this.span(c.cue),
      source: c.source || sourceText ? { entity: c.source, text: sourceText ?? sourceName ?? "" } : null,
      via: c.via ?? [],
      reportedAt: c.reportedAt ? { value: c.reportedAt } : null,
      polarity: c.polarity ?? "positive",
      certainty: c.certainty ?? "certain",
      quote: false,
    });
    return this;
  }

  event(
    id: string,
    e: {
      type: string;
      trigger: Where;
      participants?: EventParticipant[];
      time?: string;
      location?: string;
      count?: { value: number | null; approximate: boolean; min?: number | null };
      factuality?: Factuality;
      claim?: string;
    },
  ): this {
    this.events.push({
      id,
      type: e.type,
      trigger: this.span(e.trigger),
      participants: e.participants ?? [],
      time: e.time ? { value: e.time } : null,
      location: e.location ?? null,
      count: e.count ?? null,
      factuality: e.factuality ?? "asserted",
      claim: e.claim ?? null,
    });
    return this;
  }

  conflict(c: Conflict): this {
    this.conflicts.push(c);
    return this;
  }

  build(): Analysis {
    return {
      schema: ANALYSIS_SCHEMA,
      document: {
        id: documentId(this.text),
        published: this.meta.published,
        title: this.meta.title ?? null,
        source: this.meta.source,
        url: this.meta.url ?? null,
        text: this.text,
      },
      entities: this.entities,
      times: [],
      quantities: [],
      claims: this.claims,
      events: this.events,
      conflicts: this.conflicts,
      messages: [],
    };
  }
}
