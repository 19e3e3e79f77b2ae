import type { Claim, Entity, Event, Quantity } from "../article/analysis.js";
import { contentWords } from "./content-words.js";
import { type CountedGroup, countedGroup } from "./counted-group.js";
import { NEGATION } from "./negation.js";
import { kindOf } from "./same-kind.js";

export type Tense = "prospective" | "past" | null;

/** One event as a claim reports it: whether the claim says it did not happen, and whether it is past or to come. */
export interface ReportedEvent {
  event: Event;
  negative: boolean;
  /**
   * Whether the source commits to the event happening: asserted, probable, unverified or future, or merely
   * possible but announced ("will possibly send"). A wish ("would be honoured to meet") commits to nothing.
   */
  commits: boolean;
  tense: Tense;
  participants: ReadonlySet<string>;
  /** Participants by role, to tell "vote for Trump" from "vote for Sanders" by the same voter. */
  byRole: ReadonlyMap<string, ReadonlySet<string>>;
  /** Someone is named as doing it: an agent entity, or a verb in the active voice with words before it ("its troops killed"). */
  doer: boolean;
  /** What the event's count counts ("soldier" of "two soldiers were killed"). */
  group: CountedGroup;
}

/** What one claim asserts, reduced to what conflict tests compare. */
export interface Proposition {
  claim: Claim;
  /** Who says it: the source entity, or its words when no entity is known; null when unattributed. */
  source: string | null;
  readonly words: ReadonlySet<string>;
  events: ReportedEvent[];
  /** The types of its events, to skip pairs that share none. */
  types: ReadonlySet<string>;
}

// Words before a trigger that put it ahead in time ("will dispatch", "preparing to withdraw", "further arrests").
const PROSPECTIVE =
  /\b(?:will|'ll|shall|would|going to|plans?|planned|planning|prepar\w*|intend\w*|expect\w*|set to|due to|about to|further|more(?! than)|additional|another|new|soon|upcoming|next)\b/;
const FIRM_FUTURE = /\b(?:will|'ll|shall|going to|plans? to|planning to|set to|due to|about to)\b/;
const PAST_AUX = /\b(?:had|has|have|was|were|did)\b/;
const IRREGULAR_PAST = new Set([
  "sent",
  "fought",
  "met",
  "struck",
  "held",
  "took",
  "won",
  "lost",
  "left",
  "went",
  "gave",
  "began",
  "shot",
  "hit",
  "withdrew",
  "drew",
  "made",
]);

/**
 * Whether the claim reports the event as not happening. The events layer weighed the polarity of the claim it linked
 * the event to (`from`) against negation inside the words: a claim denied as a whole negates what it reports,
 * unless the negation is in the words themselves. For a twin of the other polarity, that weighing is done again.
 */
function negatedFor(claim: Claim, from: Claim, event: Event): boolean {
  const negated = event.factuality === "negated";
  if (from.polarity === claim.polarity) return negated;
  const inWords = NEGATION.test(claim.content.text);
  // The linked claim's denial is what negated the event unless the words themselves negate it.
  const byWords = from.polarity === "positive" ? negated : negated && inWords;
  return claim.polarity === "negative" && !inWords ? true : byWords;
}

/** The few words of the claim just before the trigger, where tense and modality show. */
function wordsBefore(claim: Claim, event: Event): string {
  return claim.content.text
    .slice(0, Math.max(0, event.trigger.start - claim.content.start))
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/)
    .slice(-6)
    .join(" ");
}

/** Auxiliaries of the passive: "were killed" names no killer, "its troops killed" does. */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|be|is|are|got)(?:\s+\S+ly)?$/;

/** A verb trigger in the active voice with words before it in the claim: someone named does it. */
function activeWithSubject(claim: Claim, event: Event): boolean {
  const before = wordsBefore(claim, event);
  if (before.trim() === "" || PASSIVE_BEFORE.test(before.trim())) return false;
  // A noun ("the killing of …", "deaths") or a participle after a noun ("those killed") names nobody doing it.
  return /ed$|ing$/.test(event.trigger.text.toLowerCase()) && !/(?:^|\s)(?:the|a|an|those|of)$/.test(before.trim());
}

/** Past or prospective, from the few words of the claim before the trigger and from the trigger's form. */
function tenseOf(claim: Claim, event: Event): Tense {
  if (event.factuality === "future") return "prospective";
  const before = wordsBefore(claim, event);
  if (PROSPECTIVE.test(before)) return "prospective";
  const trigger = event.trigger.text.toLowerCase();
  if (PAST_AUX.test(before) || trigger.endsWith("ed") || IRREGULAR_PAST.has(trigger)) return "past";
  return null;
}

function sourceKey(claim: Claim): string | null {
  if (!claim.source) return null;
  if (claim.source.entity) return `entity:${claim.source.entity}`;
  const text = claim.source.text.trim().toLowerCase();
  return text ? `text:${text}` : null;
}

/**
 * An event's participants as conflict tests compare them: each entity, and the country an organisation or place
 * belongs to, so "the Indian Air Force" on one side meets "India" on the other.
 */
function keysOf(entity: string, countries: ReadonlyMap<string, string>): string[] {
  const country = countries.get(entity);
  return country ? [entity, `country:${country}`] : [entity];
}

function rolesOf(event: Event, countries: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of event.participants) {
    const set = out.get(p.role) ?? new Set<string>();
    for (const key of keysOf(p.entity, countries)) set.add(key);
    out.set(p.role, set);
  }
  return out;
}

/** Entity id → country code, for organisations and places (people are not their country). */
function countriesOf(entities: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) if (e.country && e.type !== "PERSON") out.set(e.id, e.country);
  return out;
}

/** Builds every claim's proposition, with the events the events layer put inside it. */
export function propositions(
  claims: readonly Claim[],
  events: readonly Event[],
  entities: readonly Entity[] = [],
  quantities: readonly Quantity[] = [],
): Proposition[] {
  const countries = countriesOf(entities);
  const byClaim = new Map<string, Event[]>();
  for (const e of events) {
    if (!e.claim) continue;
    const list = byClaim.get(e.claim) ?? [];
    list.push(e);
    byClaim.set(e.claim, list);
  }
  // Claims of the very same words ("The army dismissed media reports that P": the media's P, the army's denial):
  // the events layer links each event to one of them; the other reports it too, with its own polarity.
  const bySpan = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.content.start}:${c.content.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), c]);
  }
  return claims.map((claim) => {
    let words: Set<string> | null = null;
    const twins = (bySpan.get(`${claim.content.start}:${claim.content.end}`) ?? []).filter((c) => c !== claim);
    const borrowed = twins.flatMap((t) => (byClaim.get(t.id) ?? []).map((event) => ({ event, from: t })));
    const linked = [...(byClaim.get(claim.id) ?? []).map((event) => ({ event, from: claim })), ...borrowed];
    const reported = linked.map(
      ({ event, from }): ReportedEvent => ({
        event,
        negative: negatedFor(claim, from, event),
        commits: event.factuality !== "possible" || FIRM_FUTURE.test(wordsBefore(claim, event)),
        tense: tenseOf(claim, event),
        participants: new Set(event.participants.flatMap((p) => keysOf(p.entity, countries))),
        byRole: rolesOf(event, countries),
        doer: event.participants.some((p) => p.role === "agent") || activeWithSubject(claim, event),
        group: countedGroup(claim, event, quantities),
      }),
    );
    return {
      claim,
      source: sourceKey(claim),
      // Words are only needed for the few pairs that pass the cheap tests: computed on first use.
      get words() {
        words ??= contentWords(claim.content.text);
        return words;
      },
      events: reported,
      types: new Set(reported.map((r) => kindOf(r.event.type))),
    };
  });
}
