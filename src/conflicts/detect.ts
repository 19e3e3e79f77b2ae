import type { Claim, Conflict, Entity, Event, Quantity } from "../article/analysis.js";
import { cueLexicon } from "../claims/lexicon.js";
import { FRAMING_PREPOSITIONS } from "../events/framing.js";
import { breakdown } from "./breakdown.js";
import { contentWords, shared, stem } from "./content-words.js";
import { contrasting } from "./contrasting-modifiers.js";
import { differentGroups, partOfWhole } from "./counted-group.js";
import { countsDisagree } from "./counts.js";
import { NEGATION } from "./negation.js";
import { joinNotes, polarityNote, quantityNote, timeNote } from "./note.js";
import { type Proposition, propositions, type ReportedEvent } from "./proposition.js";
import { runningTotal, shortWindow, singleIncident } from "./running-total.js";
import { sameKind } from "./same-kind.js";
import { dayRange, mayOverlap } from "./time-range.js";

// Stemmed content words two claims must share to be about one happening (the event type counts as one).
const EVENT_OVERLAP = 2;
// Words two claims with the same count of one event kind must share: the number and what it counts.
const COUNT_OVERLAP = 2;
// Dates are compared only between claims that share more, since one type recurs on many days.
const TIME_OVERLAP = 3;
// Figures this close in the text are set side by side on purpose ("Police said 12 …, organisers 50").
const ADJACENT_CHARS = 250;
// Claims without events must share this many words, and this share of the smaller claim's words.
const PLAIN_OVERLAP = 4;
const PLAIN_SHARE = 0.8;

interface Pair {
  kind: Conflict["kind"];
  a: Proposition;
  b: Proposition;
  note: string;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Could the two reported events be one and the same happening, judging by who, where, when and tense? */
function sameHappening(x: ReportedEvent, y: ReportedEvent): boolean {
  if (!sameKind(x, y)) return false;
  if (x.participants.size && y.participants.size && !intersects(x.participants, y.participants)) return false;
  // Same voter, another candidate: named in one role on both sides, but different ones.
  for (const [role, set] of x.byRole) {
    const other = y.byRole.get(role);
    if (other && !intersects(set, other)) return false;
  }
  if (x.event.location && y.event.location && x.event.location !== y.event.location) return false;
  if (x.tense && y.tense && x.tense !== y.tense) return false;
  return mayOverlap(x.event.time?.value, y.event.time?.value);
}

/**
 * Something both reports pin the event to: a participant, the place or the date. Without it two events
 * of one type are as likely two happenings, or no particular one ("we lose elections").
 */
function anchored(x: ReportedEvent, y: ReportedEvent): boolean {
  if (intersects(x.participants, y.participants)) return true;
  if (x.event.location && x.event.location === y.event.location) return true;
  const tx = x.event.time?.value;
  const ty = y.event.time?.value;
  return tx !== undefined && ty !== undefined && dayRange(tx) !== null && dayRange(ty) !== null && mayOverlap(tx, ty);
}

// An adjunct naming a known happening: "in the attack", "during the raid".
const FRAMING_ADJUNCT = new RegExp(`\\b(?:${[...FRAMING_PREPOSITIONS].join("|")})\\s+the\\b`, "iu");

/**
 * "Missiles targeted a US warship" and "denied that its forces had targeted the warship": the denial names with "the"
 * a thing the other report names, so it answers that report, with no shared date or place needed.
 */
function definiteEcho(denying: Proposition, asserting: Proposition): boolean {
  // The predicate only: "had been targeted in the enemy attack" takes the attack for granted (FRAMING_ADJUNCT).
  const denied = denying.claim.content.text.split(FRAMING_ADJUNCT)[0] ?? "";
  for (const m of denied.matchAll(/\bthe\s+([\p{L}-]+)/giu)) {
    const word = stem((m[1] as string).toLowerCase());
    if (asserting.words.has(word) && denying.words.has(word)) return true;
  }
  return false;
}

/**
 * "killed three people Tuesday" against "the violence has killed some 627": a running total counts many happenings;
 * it meets only another total, or a count of no particular time (no date, no "over the past three days") nor one
 * happening ("a shell hit homes, killing two").
 */
function sameScope(a: Proposition, x: ReportedEvent, b: Proposition, y: ReportedEvent): boolean {
  const totalA = runningTotal(a.claim.content.text);
  if (totalA === runningTotal(b.claim.content.text)) return true;
  const [single, one] = totalA ? [b, y] : [a, x];
  return !(one.event.time || shortWindow(single.claim.content.text) || singleIncident(single.claim.content.text));
}

/** The keys of the event's doers and victims (agent and patient roles). */
function core(x: ReportedEvent): Set<string> {
  return new Set([...(x.byRole.get("agent") ?? []), ...(x.byRole.get("patient") ?? [])]);
}

function happened(x: ReportedEvent): boolean {
  return x.event.factuality === "asserted" && x.tense !== "prospective";
}

// denial() of each proposition, worked out once: a claim meets many others in the pairwise loop.
const denials = new WeakMap<Proposition, boolean>();

/** "X denies that P": the claim is negative while its own words hold no negation. */
function denial(p: Proposition): boolean {
  let found = denials.get(p);
  if (found === undefined) {
    found = p.claim.polarity === "negative" && !NEGATION.test(p.claim.content.text);
    denials.set(p, found);
  }
  return found;
}

function inside(o: Claim, i: Claim): boolean {
  return o.content.start <= i.content.start && i.content.end <= o.content.end;
}

/**
 * One claim's content inside the other's ("X said Y claimed P"): a report of a report, not two sides. The same
 * words claimed by both are two sides ("The army dismissed media reports that P": the media's P, the army's not-P).
 */
function nested(a: Claim, b: Claim): boolean {
  const same = a.content.start === b.content.start && a.content.end === b.content.end;
  return !same && (inside(a, b) || inside(b, a));
}

/**
 * The ways two claims from different sources can contradict each other. "direct talks" against "indirect talks": one
 * side's word negated by a prefix on the other's names another thing; checked last, on the few pairs that conflict.
 */
function comparePair(a: Proposition, b: Proposition): Pair | null {
  const pair = conflictOf(a, b);
  return pair && !contrasting(a.claim.content.text, b.claim.content.text) ? pair : null;
}

function conflictOf(a: Proposition, b: Proposition): Pair | null {
  const plain = !a.events.length && !b.events.length && a.claim.polarity !== b.claim.polarity;
  if (!plain && !intersects(a.types, b.types)) return null;
  if (plain && !denial(a.claim.polarity === "negative" ? a : b)) return null;
  const overlap = shared(a.words, b.words);
  // Figures set side by side ("Police said 12 …, but organisers said more than 50 …") count the same thing.
  const adjacent = Math.abs(a.claim.content.start - b.claim.content.start) <= ADJACENT_CHARS;
  for (const x of a.events) {
    for (const y of b.events) {
      if (!sameHappening(x, y)) continue;
      // The shared event type counts as one shared concept: "deploy" and "send" troops. One event both claims
      // report (two claims of the same words) is the same happening by itself.
      // "denied that two soldiers were killed" and "two soldiers lost their lives": the same figure of the same
      // words (the count and what it counts) pins both to one happening as well as a place or a date would.
      const sameCount = x.event.count?.value != null && x.event.count.value === y.event.count?.value;
      const related =
        x.event === y.event ||
        (overlap + 1 >= EVENT_OVERLAP && anchored(x, y)) ||
        (sameCount && overlap >= COUNT_OVERLAP) ||
        (x.negative !== y.negative && overlap >= EVENT_OVERLAP && definiteEcho(x.negative ? a : b, x.negative ? b : a));
      if (!related && !(adjacent && x.event.count && y.event.count)) continue;
      if (x.negative !== y.negative && related && (x.negative ? y.commits : x.commits)) {
        const [neg, pos] = x.negative ? [a, b] : [b, a];
        return { kind: "polarity", a: neg, b: pos, note: "" };
      }
      if (x.negative || y.negative) continue;
      const cx = x.event.count;
      const cy = y.event.count;
      // "11 drones were shot down over Belgorod, 28 over Voronezh …": a figure by place is a part of the total.
      const part = (p: Proposition) => breakdown(p.claim.content.text);
      // "killed three Palestinians" and "two soldiers were killed": counts of different groups.
      if (!cx || !cy || !countsDisagree(cx, cy) || part(a) || part(b) || differentGroups(x.group, y.group)) continue;
      const [vx, vy] = [cx.value ?? cx.min, cy.value ?? cy.min];
      if (vx != null && vy != null && partOfWhole(x.event.type, x.group, vx, y.group, vy)) continue;
      if (sameScope(a, x, b, y)) return { kind: "quantity", a, b, note: quantityNote(a.claim, x, b.claim, y) };
    }
  }
  // Different dates for one happening: same type and a shared participant, with strong overlap. Only
  // for events both say took place: plans move, and two dates for a plan are no contradiction.
  for (const x of a.events) {
    for (const y of b.events) {
      if (!happened(x) || !happened(y) || x.event.type !== y.event.type || overlap < TIME_OVERLAP) continue;
      // "killed a Hezbollah commander late Tuesday" and "a Hezbollah commander killed in January": the group each
      // victim belonged to (an "other" role) is no sign of one happening; a doer or a victim in common is.
      if (!intersects(core(x), core(y))) continue;
      if (x.event.location && y.event.location && x.event.location !== y.event.location) continue;
      const tx = x.event.time?.value;
      const ty = y.event.time?.value;
      if (!tx || !ty || !dayRange(tx) || !dayRange(ty) || mayOverlap(tx, ty)) continue;
      return { kind: "time", a, b, note: timeNote(a.claim, x, b.claim, y) };
    }
  }
  // "Hamas denied that the Palestinians killed in the attack were militants" against "Israel said it had killed six
  // militants in the attack": the denial takes the happening for granted and denies what its predicate says.
  if (a.claim.polarity !== b.claim.polarity) {
    const [neg, pos] = a.claim.polarity === "negative" ? [a, b] : [b, a];
    const granted = neg.events.length > 0 && neg.events.every((x) => !x.negative);
    const predicate = granted && denial(neg) ? deniedPredicate(neg.claim.content.text) : null;
    // The other side vouches for it: "who Israel alleged were militants" reports an allegation, no assertion.
    const vouched = pos.claim.certainty !== "unverified";
    const same = vouched && neg.events.some((x) => pos.events.some((y) => !y.negative && sameHappening(x, y)));
    if (predicate && same && shared(predicate, pos.words) > 0) return { kind: "polarity", a: neg, b: pos, note: "" };
  }
  // Claims without events: one source denies in so many words what the other asserts.
  if (!a.events.length && !b.events.length && a.claim.polarity !== b.claim.polarity) {
    const [neg, pos] = a.claim.polarity === "negative" ? [a, b] : [b, a];
    const smaller = Math.min(a.words.size, b.words.size);
    if (denial(neg) && overlap >= PLAIN_OVERLAP && overlap >= PLAIN_SHARE * smaller) {
      return { kind: "polarity", a: neg, b: pos, note: "" };
    }
  }
  // "X says the Washington Post report that P is false" against "officials said Q, according to the Post story":
  // the denial names the report the other claim came through, and they share some words.
  if (a.claim.polarity !== b.claim.polarity) {
    const [neg, pos] = a.claim.polarity === "negative" ? [a, b] : [b, a];
    const report = deniedReport(neg.claim.content.text);
    const through = report !== null && pos.claim.via.some((v) => namesReport(v.text, report));
    if (through && denial(neg) && overlap >= REPORT_OVERLAP) return { kind: "polarity", a: neg, b: pos, note: "" };
  }
  return null;
}

/** How many content words a denial of a named report shares with a claim that came through it. */
const REPORT_OVERLAP = 2;
const DENIED_REPORT = /^(?:the\s+)?((?:\p{Lu}[\p{L}.&'-]*\s+){1,4})(?:report|story|article|account)\b/u;

/** The capitalised words naming a report at the start of a denied content ("the Washington Post report that …"). */
function deniedReport(text: string): string[] | null {
  const m = DENIED_REPORT.exec(text);
  return m ? (m[1] as string).trim().split(/\s+/) : null;
}

/** Does a source's text name that report ("the Washington Post story", "the Post")? Its last name word will do. */
function namesReport(text: string, words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  return new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(text);
}

// The first auxiliary of a clause, not one of a relative clause inside its subject.
const MAIN_AUX = /(?<!\b(?:who|which|that)\s)\b(?:is|are|was|were|has|have|had|will|would)\b/iu;

/** The content words of what a denied clause says of its subject ("… were militants" → militants), or null. */
function deniedPredicate(text: string): ReadonlySet<string> | null {
  const aux = MAIN_AUX.exec(text);
  if (!aux || aux.index === 0) return null;
  // "had been targeted in the Israeli attack": the adjunct names the happening taken for granted, not the predicate.
  const predicate = text.slice(aux.index + aux[0].length).split(FRAMING_ADJUNCT)[0] ?? "";
  const words = contentWords(predicate);
  return words.size > 0 ? words : null;
}

// A denial that points back ("denied the attack", "rejected the accusation") answers a claim this close before it.
const ANAPHORA_REACH = 700;
const POINTING_BACK = /^(?:the|these|those|this|that|such)\s+(?:\S+\s+){0,2}?(\S+?)(?:\s+as\b.*)?$/iu;
const ASSERTING_CUE = /\b(?:accus|blam|claim|alleg|charg|report|said|say|told|tell)/iu;

/**
 * "The rebels charged that the army attacked their base. The army denied the attack.": a denial of a definite
 * noun names no proposition of its own; it answers the nearest claim before it, from another source, that reports
 * an event of the denied noun's type ("the attack") or is itself what the noun names ("the accusation").
 */
function anaphoricDenials(props: readonly Proposition[]): Pair[] {
  const out: Pair[] = [];
  for (const d of props) {
    const claim = d.claim;
    if (claim.polarity !== "negative" || !d.source) continue;
    const match = POINTING_BACK.exec(claim.content.text.trim());
    if (!match) continue;
    const noun = match[1] ?? "";
    const said = cueLexicon().denialObjects.has(noun.toLowerCase());
    const types = new Set(d.events.filter((e) => e.negative).map((e) => e.event.type));
    if (!said && types.size === 0) continue;
    let answered: Proposition | null = null;
    for (const p of props) {
      const c = p.claim;
      if (p === d || !p.source || p.source === d.source || c.polarity !== "positive") continue;
      if (c.content.end > claim.cue.start || claim.cue.start - c.content.end > ANAPHORA_REACH) continue;
      const fits = said ? ASSERTING_CUE.test(c.cue.text) : p.events.some((e) => !e.negative && types.has(e.event.type));
      if (fits && (!answered || c.content.start > answered.claim.content.start)) answered = p;
    }
    if (answered) out.push({ kind: "polarity", a: d, b: answered, note: "" });
  }
  return out;
}

/**
 * Claims of one article that cannot all be true: one source denies what another asserts (polarity), gives
 * another figure for the same count (quantity) or another date for the same happening (time). Only claims
 * from different sources are compared; pairs that share a claim, with the other side from one source, are
 * listed as one conflict.
 */
export function detectConflicts(
  claims: readonly Claim[],
  events: readonly Event[],
  entities: readonly Entity[] = [],
  quantities: readonly Quantity[] = [],
): Conflict[] {
  const props = propositions(claims, events, entities, quantities);
  const pairs: Pair[] = [];
  for (let i = 0; i < props.length; i++) {
    const a = props[i] as Proposition;
    for (let j = i + 1; j < props.length; j++) {
      const b = props[j] as Proposition;
      // A claim with events and one without share no event type and are not both plain: nothing to compare.
      if ((a.events.length === 0) !== (b.events.length === 0)) continue;
      if (!a.source || !b.source || a.source === b.source || nested(a.claim, b.claim)) continue;
      const pair = comparePair(a, b);
      if (pair) pairs.push(pair);
    }
  }
  for (const pair of anaphoricDenials(props)) {
    if (!pairs.some((p) => p.a === pair.a && p.b === pair.b)) pairs.push(pair);
  }
  const groups: { kind: Conflict["kind"]; sides: [Proposition[], Proposition[]]; notes: string[] }[] = [];
  for (const p of pairs) {
    const group = groups.find(
      (g) =>
        g.kind === p.kind &&
        ((g.sides[0].includes(p.a) && g.sides[1][0]?.source === p.b.source) ||
          (g.sides[1].includes(p.b) && g.sides[0][0]?.source === p.a.source)),
    );
    if (!group) {
      groups.push({ kind: p.kind, sides: [[p.a], [p.b]], notes: [p.note] });
      continue;
    }
    if (!group.sides[0].includes(p.a)) group.sides[0].push(p.a);
    if (!group.sides[1].includes(p.b)) group.sides[1].push(p.b);
    group.notes.push(p.note);
  }
  return groups.map((g) => ({
    claims: [...g.sides[0], ...g.sides[1]].map((p) => p.claim.id),
    kind: g.kind,
    // Polarity pairs are noted side against side; figures and dates pair by pair.
    note:
      g.kind === "polarity"
        ? polarityNote(
            g.sides[0].map((p) => p.claim),
            g.sides[1].map((p) => p.claim),
          )
        : joinNotes(g.notes),
  }));
}
