import type { Conflict } from "../../article/analysis.js";
import {
  type ClaimFacts,
  type ConflictKind,
  claimQuantityConflict,
  comparableFigures,
  countConflict,
  figuresDisagree,
  happenedConflict,
  polarityConflict,
  sameCounted,
  sameProposition,
  timeConflict,
} from "../../kb/conflict-rules.js";
import { countRange } from "../../kb/count-range.js";
import { propositionKey, type Terms } from "../../kb/terms.js";
import { addDays } from "../../kb/time-range.js";
import {
  ABOUT_CLAIMS_SCANNED,
  ABOUT_ENTITIES_SCANNED,
  CLAIM_CANDIDATES,
  claimConflictNote,
  type Evidence,
  evidenceOf,
  FIGURE_CANDIDATES,
  FIGURE_SUBJECTS_SCANNED,
  FIGURES_PER_KEY,
  FIGURES_SAID_WITHIN_DAYS,
  figure,
  figureKeyCounted,
  figureLabel,
  figureOf,
  figureSide,
  GROUPS_JOINED,
  OTHER_SIDE_EVIDENCE,
  opposite,
  polaritySide,
  REPORTS_COMPARED,
  reportFacts,
  saidClose,
  sourceOf,
  termsOf,
} from "./conflict-facts.js";
import type { ConflictPort } from "./conflict-port.js";
import type { DocRef, ReportFacts, StoredClaim } from "./facts.js";
import type { Row } from "./rows.js";
import { result, type Steps } from "./steps.js";

/**
 * Records conflicts as groups: one per event for figures and for happened/did-not, one per pair of events for
 * dates, one per proposition for assertion against denial. New evidence joins the group already there, so a story
 * told a hundred times is one conflict with a hundred pieces of evidence, not ten thousand pairs. The rules are
 * src/kb/conflict-rules.ts; each store gives the statements (shared/conflict-port.ts), so both record the same
 * conflicts for the same articles.
 */
export class ConflictWriter {
  created = 0;

  constructor(private readonly db: ConflictPort) {}

  private *ensure(
    key: string,
    kind: ConflictKind,
    origin: "kb" | "article",
    note: string,
    day: string | null,
  ): Steps<number> {
    const hit = yield* this.existing(key, day);
    if (hit !== null) return hit;
    this.created++;
    return yield* result(this.db.insertConflict({ key, kind, origin, note, day }));
  }

  /** The conflict under this key, its dates widened to `day`; null when there is none. */
  private *existing(key: string, day: string | null): Steps<number | null> {
    return yield* result(this.db.touchConflictByKey(key, day));
  }

  private *touch(conflictId: number, day: string | null): Steps<void> {
    yield* result(this.db.touchConflict(conflictId, day));
  }

  /** One piece of evidence on a side: its side row and tally, its claim and its entities. */
  private *add(conflictId: number, side: number, e: Evidence, entities: readonly number[]): Steps<void> {
    // A claim is its own evidence whichever rule found it (the event it reports is found from it when shown).
    const evidence = e.claimReport && e.eventReport ? { ...e, eventReport: 0 } : e;
    yield* result(this.db.addEvidence(conflictId, side, evidence, entities));
  }

  /** Adds the latest reports of a knowledge-base claim to a side. */
  private *addClaim(conflictId: number, side: number, claimId: number, entities: readonly number[]) {
    for (const rep of yield* result(this.db.latestReports(claimId, OTHER_SIDE_EVIDENCE)))
      yield* this.add(conflictId, side, { claimReport: rep.id, eventReport: 0, doc: rep.doc, claimId }, entities);
  }

  /** A new report of event `eventId`: did it happen or not, and how many, against the event's other reports. */
  *eventReport(
    doc: DocRef,
    eventId: number,
    type: string,
    mine: ReportFacts,
    entities: readonly number[],
  ): Steps<void> {
    if (mine.factuality === "asserted" || mine.factuality === "negated")
      yield* this.happened(doc, eventId, type, mine, entities);
    if (mine.count) yield* this.howMany(doc, eventId, type, mine, entities);
  }

  private *happened(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]) {
    const key = `polarity:v${eventId}`;
    const side = polaritySide(mine.factuality === "negated");
    const known = yield* this.existing(key, doc.day);
    if (known !== null) {
      yield* this.add(known, side, evidenceOf(mine), entities);
      return;
    }
    const opposite = mine.factuality === "negated" ? "asserted" : "negated";
    for (const row of yield* result(this.db.reportsSaying(eventId, opposite, REPORTS_COMPARED))) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !happenedConflict(mine, other)) continue;
      const [yes, no] = mine.factuality === "negated" ? [other, mine] : [mine, other];
      const note = `${type}: ${yes.source.name} says it happened, ${no.source.name} says it did not`;
      const id = yield* this.ensure(key, "polarity", "kb", note, doc.day);
      yield* this.add(id, side, evidenceOf(mine), entities);
      yield* this.add(id, 1 - side, evidenceOf(other), sourceOf(other));
    }
  }

  private *howMany(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]) {
    const key = `quantity:v${eventId}`;
    const mySide = figure(mine.count, mine.countValue);
    const known = yield* this.existing(key, doc.day);
    if (known !== null) {
      // The sides are the figures already in dispute: join one, or stand against them.
      const figures = yield* result(this.db.sides(known));
      const disputes = figures.some((f) => countConflict(mine.count, countRange({ value: f, approximate: false })));
      if (figures.includes(mySide) || disputes) yield* this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of yield* result(this.db.countedReports(eventId, mine.id, REPORTS_COMPARED))) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !countConflict(mine.count, other.count)) continue;
      const [lo, hi] = mySide <= figure(other.count, other.countValue) ? [mine, other] : [other, mine];
      const note = `${type}: ${figureLabel(lo)} according to ${lo.source.name}, ${figureLabel(hi)} according to ${hi.source.name}`;
      const id = yield* this.ensure(key, "quantity", "kb", note, doc.day);
      yield* this.add(id, mySide, evidenceOf(mine), entities);
      yield* this.add(id, figure(other.count, other.countValue), evidenceOf(other), sourceOf(other));
    }
  }

  /**
   * A new report that matched event `otherEvent` in all but its stated date. With two participants or participant
   * and place in common, figures that agree and (when both are claims) the same proposition, it is one happening
   * dated two ways by two sources.
   */
  *timeDiffers(
    doc: DocRef,
    eventId: number,
    otherEvent: number,
    evidence: number,
    type: string,
    mine: ReportFacts,
    entities: readonly number[],
  ): Steps<void> {
    if (evidence < 2 || !mine.time) return;
    const key = `time:v${Math.min(eventId, otherEvent)}:v${Math.max(eventId, otherEvent)}`;
    const mySide = eventId < otherEvent ? 0 : 1;
    const known = yield* this.existing(key, doc.day);
    if (known !== null) {
      yield* this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of yield* result(this.db.otherReports(otherEvent, 0, REPORTS_COMPARED))) {
      const theirs = reportFacts(row);
      if (theirs.source.key === mine.source.key || !timeConflict(mine.time, theirs.time)) continue;
      if (countConflict(mine.count, theirs.count)) continue;
      if (mine.terms && theirs.terms && !sameProposition(mine.terms, theirs.terms)) continue;
      const note = `${type}: ${mine.timeValue} according to ${mine.source.name}, ${theirs.timeValue} according to ${theirs.source.name}`;
      const id = yield* this.ensure(key, "time", "kb", note, doc.day);
      yield* this.add(id, mySide, evidenceOf(mine), entities);
      yield* this.add(id, 1 - mySide, evidenceOf(theirs), sourceOf(theirs));
    }
  }

  /** A new claim against claims of other sources: the same proposition denied, or other figures for the same thing. */
  *claim(doc: DocRef, mine: StoredClaim): Steps<void> {
    const myEntities = [...mine.about, ...(mine.source.entity ? [mine.source.entity] : [])];
    const evidence: Evidence = { claimReport: mine.reportId, eventReport: 0, doc: doc.row, claimId: mine.claimId };
    const prop = propositionKey(mine.terms);
    if (mine.terms.words.length > 0) yield* this.sameWords(doc, mine, prop, evidence, myEntities);
    yield* this.otherWords(doc, mine, prop, evidence, myEntities);
    if (mine.figures.length > 0 && mine.polarity === "positive" && mine.subjectNames.length > 0)
      yield* this.figures(doc, mine, evidence, [...myEntities, ...mine.subjects]);
  }

  /** Claims of other sources with a figure that counts what one of mine counts, about a subject of mine. */
  private *figureCandidates(mine: StoredClaim): Steps<number[]> {
    const ids = new Set<number>();
    const words = [...new Set(mine.figures.flatMap((f) => f.counted))];
    const from = mine.said === "" ? "" : addDays(mine.said, -FIGURES_SAID_WITHIN_DAYS);
    const to = mine.said === "" ? "\uffff" : addDays(mine.said, FIGURES_SAID_WITHIN_DAYS);
    for (const subject of mine.subjectNames.slice(0, FIGURE_SUBJECTS_SCANNED))
      for (const word of words) {
        for (const id of yield* result(
          this.db.figuresAround({ word, subject, from, said: mine.said, to }, FIGURES_PER_KEY),
        ))
          ids.add(id);
        if (ids.size >= FIGURE_CANDIDATES) break;
      }
    ids.delete(mine.claimId);
    return [...ids].sort((a, b) => a - b).slice(0, FIGURE_CANDIDATES);
  }

  /** Figure conflicts a claim is in whose counted thing is the figure's (by the conflict's key). */
  private *figureGroups(claimId: number, counted: readonly string[]): Steps<number[]> {
    return (yield* result(this.db.figureConflictsOfClaim(claimId, GROUPS_JOINED)))
      .filter((g) => sameCounted(figureKeyCounted(g.key), counted))
      .map((g) => g.conflict_id);
  }

  /**
   * Figures of the same thing (kb/conflict-rules: comparableFigures) from another source about a subject of mine,
   * said within days: when they cannot both hold, a conflict per counted thing, joined by later figures; a figure
   * that agrees with a claim already in such a conflict joins that claim's side. For a positive claim with figures
   * and subjects (see claim).
   */
  private *figures(doc: DocRef, mine: StoredClaim, evidence: Evidence, entities: number[]): Steps<void> {
    for (const id of yield* this.figureCandidates(mine)) {
      const other = yield* result(this.db.claimById(id));
      if (!other || other.source_key === mine.source.key || other.polarity !== "positive") continue;
      if (!saidClose(mine.said, other.said as string)) continue;
      const theirs = (yield* result(this.db.figuresOf(id))).map(figureOf);
      for (const f of mine.figures)
        for (const g of theirs) {
          if (!comparableFigures(f, g)) continue;
          const disagree = figuresDisagree(f, g);
          const joined = yield* this.figureGroups(id, f.counted);
          for (const group of joined) {
            yield* this.touch(group, doc.day);
            // A figure not yet in dispute is named in the note, which lists every figure given.
            const sides = yield* result(this.db.sides(group));
            if (!sides.includes(figureSide(f)))
              yield* result(this.db.appendNote(group, `, ${f.label} according to ${mine.source.name}`));
            yield* this.add(group, figureSide(f), evidence, entities);
          }
          if (joined.length > 0 || !disagree || (yield* result(this.db.shareConflict(mine.claimId, id, "quantity"))))
            continue;
          const mineIn = yield* this.figureGroups(mine.claimId, g.counted);
          const counted = f.counted.length <= g.counted.length ? f.counted : g.counted;
          const [lo, hi] =
            figureSide(f) <= figureSide(g)
              ? [`${f.label} according to ${mine.source.name}`, `${g.label} according to ${other.source_name}`]
              : [`${g.label} according to ${other.source_name}`, `${f.label} according to ${mine.source.name}`];
          const groups =
            mineIn.length > 0
              ? mineIn
              : [
                  yield* this.ensure(
                    `quantity:f:${counted.join(" ")}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                    "quantity",
                    "kb",
                    `different figures: ${lo}, ${hi}`,
                    doc.day,
                  ),
                ];
          for (const group of groups) {
            yield* this.touch(group, doc.day);
            yield* this.add(group, figureSide(f), evidence, entities);
            yield* this.addClaim(group, figureSide(g), id, yield* this.entitiesOf(other));
          }
        }
    }
  }

  /** The same proposition word for word: one conflict per proposition, keyed by it (a claim with words, see claim). */
  private *sameWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]) {
    const key = `polarity:p:${prop}`;
    const side = polaritySide(mine.polarity === "negative");
    const known = yield* this.existing(key, doc.day);
    if (known !== null) {
      yield* this.add(known, side, evidence, entities);
      return;
    }
    const me = { sourceKey: mine.source.key, polarity: mine.polarity, terms: mine.terms, content: mine.content };
    const opposed: Row[] = [];
    for (const r of yield* result(this.db.claimsByProp(prop, mine.polarity, CLAIM_CANDIDATES))) {
      const other = {
        sourceKey: r.source_key as string,
        polarity: r.polarity as "positive",
        terms: mine.terms,
        content: r.content as string,
      };
      // Already set against this claim by the event rules: nothing new.
      if (
        polarityConflict(me, other) &&
        !(yield* result(this.db.shareConflict(mine.claimId, r.id as number, "polarity")))
      )
        opposed.push(r);
    }
    if (opposed.length === 0) return;
    const note =
      mine.polarity === "positive"
        ? `${opposed[0]?.source_name as string} denies what ${mine.source.name} asserts`
        : `${mine.source.name} denies what ${opposed[0]?.source_name as string} asserts`;
    const id = yield* this.ensure(key, "polarity", "kb", note, doc.day);
    yield* this.add(id, side, evidence, entities);
    for (const r of opposed) yield* this.addClaim(id, 1 - side, r.id as number, yield* this.entitiesOf(r));
  }

  /** The entity and, for an organisation of a country (a ministry), that country and its people: whom it speaks for. */
  private *speaksFor(entity: number | null): Steps<Set<number>> {
    const out = new Set<number>();
    if (!entity) return out;
    out.add(entity);
    for (const id of yield* result(this.db.countryOfOrg(entity))) out.add(id);
    return out;
  }

  /**
   * One claim denies what the other asserts (kb: polarityConflict); for a denial of involvement, whom the assertion
   * names is read only when the words alone fall short.
   */
  private *opposed(mine: StoredClaim, me: ClaimFacts, r: Row, other: ClaimFacts): Steps<boolean> {
    if (polarityConflict(me, other)) return true;
    if (!polarityConflict(me, other, true)) return false;
    return yield* this.involved(mine, me, r);
  }

  /** A denial of involvement against an assertion: does the assertion name whom the denier speaks for? */
  private *involved(mine: StoredClaim, me: ClaimFacts, r: Row): Steps<boolean> {
    if (me.polarity === "negative") {
      const names = yield* this.speaksFor(mine.source.entity);
      return (yield* result(this.db.claimAboutOf(r.id as number))).some((x) => names.has(x));
    }
    const names = yield* this.speaksFor((r.source_entity as number | null) ?? null);
    return mine.about.some((x) => names.has(x));
  }

  private *entitiesOf(claim: Row): Steps<number[]> {
    const about = yield* result(this.db.claimAboutOf(claim.id as number));
    return claim.source_entity ? [...about, claim.source_entity as number] : about;
  }

  /**
   * Claims about the same entities in other words (nearly all of the shorter one's words, the other way), and
   * claims giving other figures for the same words: joined to a conflict either claim is already in, or a new one.
   */
  private *otherWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]) {
    const candidates = new Map<number, Row>();
    for (const entityId of mine.about.slice(0, ABOUT_ENTITIES_SCANNED))
      for (const r of yield* result(this.db.claimsAbout(entityId, opposite(mine.polarity), ABOUT_CLAIMS_SCANNED)))
        if (r.prop !== prop) candidates.set(r.id as number, r);
    const figures = !mine.countedEvent && mine.terms.numbers.length > 0 && mine.terms.words.length >= 2;
    if (figures)
      for (const r of yield* result(this.db.claimsByFrame(mine.terms.words.join(" "), CLAIM_CANDIDATES)))
        candidates.set(r.id as number, r);
    const me = { sourceKey: mine.source.key, polarity: mine.polarity, terms: mine.terms, content: mine.content };
    for (const [id, r] of candidates) {
      if (id === mine.claimId) continue;
      const other = {
        sourceKey: r.source_key as string,
        polarity: r.polarity as "positive" | "negative",
        terms: termsOf(r.words, r.numbers),
        content: r.content as string,
      };
      let kind: "polarity" | "quantity" | null = null;
      if (yield* this.opposed(mine, me, r, other)) kind = "polarity";
      else if (figures && claimQuantityConflict(me, other) && saidClose(mine.said, r.said as string)) kind = "quantity";
      if (!kind || (yield* result(this.db.shareConflict(mine.claimId, id, kind)))) continue;
      const sideOf = (c: { polarity: string; terms: Terms }) =>
        kind === "polarity" ? polaritySide(c.polarity === "negative") : Math.round(c.terms.numbers[0] ?? 0);
      const theirGroups = yield* result(this.db.conflictsOfClaim(id, kind, GROUPS_JOINED));
      if (theirGroups.length > 0) {
        for (const g of theirGroups) {
          yield* this.touch(g, doc.day);
          yield* this.add(g, sideOf(mine), evidence, entities);
        }
        continue;
      }
      const mine0 = yield* result(this.db.conflictsOfClaim(mine.claimId, kind, GROUPS_JOINED));
      const note = claimConflictNote(
        kind,
        { polarity: mine.polarity, name: mine.source.name, numbers: mine.terms.numbers },
        { name: r.source_name as string, numbers: other.terms.numbers },
      );
      const groups =
        mine0.length > 0
          ? mine0
          : [
              yield* this.ensure(
                `${kind}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                kind,
                "kb",
                note,
                doc.day,
              ),
            ];
      for (const g of groups) {
        yield* this.add(g, sideOf(mine), evidence, entities);
        yield* this.addClaim(g, sideOf(other), id, yield* this.entitiesOf(r));
      }
    }
  }

  /** Conflicts the extraction found inside one article, unless the cross-article rules already grouped them. */
  *article(
    doc: DocRef,
    documentId: string,
    conflicts: readonly Conflict[],
    claims: ReadonlyMap<string, StoredClaim>,
  ): Steps<void> {
    for (const [i, c] of conflicts.entries()) {
      const stored = c.claims.map((id) => claims.get(id)).filter((x): x is StoredClaim => x !== undefined);
      const ids = [...new Set(stored.map((s) => s.claimId))];
      if (ids.length < 2) continue;
      if (ids.length === 2 && (yield* result(this.db.shareConflict(ids[0] as number, ids[1] as number, c.kind))))
        continue;
      const id = yield* this.ensure(`article:${documentId}:${i}`, c.kind, "article", c.note, doc.day);
      for (const [order, s] of stored.entries()) {
        const side =
          c.kind === "polarity"
            ? polaritySide(s.polarity === "negative")
            : c.kind === "quantity"
              ? Math.round(s.terms.numbers[0] ?? order)
              : order;
        yield* this.add(id, side, { claimReport: s.reportId, eventReport: 0, doc: doc.row, claimId: s.claimId }, [
          ...s.about,
          ...(s.source.entity ? [s.source.entity] : []),
        ]);
      }
    }
  }
}
