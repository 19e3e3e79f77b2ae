import type { Analysis, Claim, Entity, Event } from "../article/analysis.js";
import type { Span } from "../article/span.js";
import { type ClaimFigure, claimFigures } from "./claim-figures.js";
import { SubjectIndex } from "./claim-subjects.js";
import { type CountRange, countRange } from "./count-range.js";
import { type EntityIdentity, entityIdentity, normaliseFor } from "./entity-key.js";
import { sentenceAround } from "./evidence.js";
import { contentTerms, frameKey, propositionKey, type Terms } from "./terms.js";
import { dayOf, type TimeRange, timexRange, windowBefore } from "./time-range.js";

// An event reported without a date most likely happened in the days just before publication.
const UNDATED_WINDOW_DAYS = 14;

export interface PreparedEntity {
  entity: Entity;
  identity: EntityIdentity;
  /** Distinct written forms by folded form, proper names only (pronouns and "the ministry" say nothing across articles). */
  aliases: Map<string, { text: string; count: number }>;
}

export interface PreparedClaim {
  claim: Claim;
  terms: Terms;
  prop: string;
  frame: string;
  /** Local ids of entities mentioned inside the content: what the claim is about. */
  about: string[];
  /** The day it was said: reportedAt when it names a day, else the publication day; "" when neither is known. */
  said: string;
  /** The figures it gives (how many or how much of what), compared with other sources' figures. */
  figures: ClaimFigure[];
  /** Local ids of what it is about, nearest first: named in it, then in its paragraph, then in the lead. */
  subjects: string[];
}

export interface PreparedEvent {
  event: Event;
  time: TimeRange | null;
  window: TimeRange | null;
  count: CountRange | null;
  /** The sentence around the trigger: the evidence shown when no claim reports the event. */
  evidence: Span;
}

/** An analysis with everything the knowledge base matches on computed up front, outside any write transaction. */
export interface PreparedAnalysis {
  analysis: Analysis;
  /** The publication day (YYYY-MM-DD), the date first/last seen count in; null when unknown. */
  day: string | null;
  entities: PreparedEntity[];
  claims: PreparedClaim[];
  events: PreparedEvent[];
  /** The analysis minus its text (a store keeps the text once, in its own column), as JSON: enough to rebuild the
   * knowledge base later. Made here so that, on ingest, worker threads pay for it rather than the single writer. */
  stored: string;
}

const PRONOUNS = new Set("he she it they him her his hers its their theirs them we us our i me my you your".split(" "));

/**
 * A written form that can name the entity in another article: capitalised or with a digit once a leading article
 * is set aside ("The army" and "he" cannot; "The Finnish army", "NATO", "Keller" can), and not a pronoun.
 */
function isProperForm(text: string): boolean {
  const rest = text.trim().replace(/^(the|a|an|this|that)\s+/i, "");
  return /[\p{Lu}\p{N}]/u.test(rest) && !PRONOUNS.has(rest.toLowerCase());
}

function prepareEntity(entity: Entity): PreparedEntity {
  const aliases = new Map<string, { text: string; count: number }>();
  const identity = entityIdentity(entity);
  const forms = [entity.name, ...entity.mentions.map((m) => m.text)];
  for (const [i, text] of forms.entries()) {
    if (i > 0 && !isProperForm(text)) continue;
    const norm = normaliseFor(identity.family, text);
    if (norm === "") continue;
    const seen = aliases.get(norm);
    // The canonical name counts as a form; mentions count once each.
    if (seen) seen.count += i === 0 ? 0 : 1;
    else aliases.set(norm, { text, count: i === 0 ? 0 : 1 });
  }
  return { entity, identity, aliases };
}

function aboutEntities(content: Span, entities: readonly Entity[], sourceEntity: string | null): string[] {
  const about: string[] = [];
  for (const e of entities) {
    if (e.id === sourceEntity) continue;
    if (e.mentions.some((m) => m.start >= content.start && m.end <= content.end)) about.push(e.id);
  }
  return about;
}

export function prepareAnalysis(analysis: Analysis): PreparedAnalysis {
  const day = dayOf(analysis.document.published);
  const entities = analysis.entities.map(prepareEntity);
  const subjectIndex = new SubjectIndex(analysis);
  const claims = analysis.claims.map((claim): PreparedClaim => {
    const terms = contentTerms(claim.content.text);
    const reported = timexRange(claim.reportedAt?.value ?? null);
    return {
      claim,
      terms,
      prop: propositionKey(terms),
      frame: frameKey(terms),
      about: aboutEntities(claim.content, analysis.entities, claim.source?.entity ?? null),
      said: reported && reported.days === 1 ? reported.start : (day ?? ""),
      figures: claimFigures(analysis, claim),
      subjects: subjectIndex.subjects(claim),
    };
  });
  const events = analysis.events.map(
    (event): PreparedEvent => ({
      event,
      time: timexRange(event.time?.value ?? null),
      window: day ? windowBefore(day, UNDATED_WINDOW_DAYS) : null,
      count: countRange(event.count),
      evidence: sentenceAround(analysis.document.text, event.trigger),
    }),
  );
  const { text: _text, ...documentRest } = analysis.document;
  const stored = JSON.stringify({ ...analysis, document: documentRest });
  return { analysis, day, entities, claims, events, stored };
}
