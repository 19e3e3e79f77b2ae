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
} from "../shared/conflict-facts.js";
import type { DocRef, ReportFacts, StoredClaim } from "../shared/facts.js";
import type { Row } from "../shared/rows.js";
import { type Database, prepareNumbered, type Statement } from "./driver.js";

/**
 * Records conflicts as groups: one per event for figures and for happened/did-not, one per pair of events for
 * dates, one per proposition for assertion against denial. New evidence joins the group already there, so a story
 * told a hundred times is one conflict with a hundred pieces of evidence, not ten thousand pairs.
 */
export class ConflictWriter {
  private readonly s: ReturnType<typeof statements>;
  created = 0;

  constructor(db: Database) {
    this.s = statements(db);
  }

  private ensure(key: string, kind: ConflictKind, origin: "kb" | "article", note: string, day: string | null): number {
    const hit = this.s.conflictByKey.get(key) as { id: number } | undefined;
    if (hit) {
      this.s.touchConflict.run(day, hit.id);
      return hit.id;
    }
    this.created++;
    return Number(this.s.insertConflict.run(key, kind, origin, note, day, day).lastInsertRowid);
  }

  private existing(key: string, day: string | null): number | null {
    const hit = this.s.conflictByKey.get(key) as { id: number } | undefined;
    if (!hit) return null;
    this.s.touchConflict.run(day, hit.id);
    return hit.id;
  }

  private add(conflictId: number, side: number, e: Evidence, entities: readonly number[]): void {
    // A claim is its own evidence whichever rule found it (the event it reports is found from it when shown).
    const eventReport = e.claimReport ? 0 : e.eventReport;
    if (this.s.insertSide.run(conflictId, side, e.claimReport, eventReport, e.doc).changes)
      this.s.tally.run(conflictId, side);
    if (e.claimId) this.s.insertConflictClaim.run(e.claimId, conflictId, side);
    for (const entity of entities) this.s.insertConflictEntity.run(entity, conflictId);
  }

  /** Adds the latest reports of a knowledge-base claim to a side. */
  private addClaim(conflictId: number, side: number, claimId: number, entities: readonly number[]): void {
    for (const rep of this.s.latestReports.all(claimId, OTHER_SIDE_EVIDENCE) as { id: number; doc: number }[])
      this.add(conflictId, side, { claimReport: rep.id, eventReport: 0, doc: rep.doc, claimId }, entities);
  }

  /** A new report of event `eventId`: did it happen or not, and how many, against the event's other reports. */
  eventReport(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]): void {
    if (mine.factuality === "asserted" || mine.factuality === "negated")
      this.happened(doc, eventId, type, mine, entities);
    if (mine.count) this.howMany(doc, eventId, type, mine, entities);
  }

  private happened(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]): void {
    const key = `polarity:v${eventId}`;
    const side = polaritySide(mine.factuality === "negated");
    const known = this.existing(key, doc.day);
    if (known !== null) {
      this.add(known, side, evidenceOf(mine), entities);
      return;
    }
    const opposite = mine.factuality === "negated" ? "asserted" : "negated";
    for (const row of this.s.reportsSaying.all(eventId, opposite, REPORTS_COMPARED) as Row[]) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !happenedConflict(mine, other)) continue;
      const [yes, no] = mine.factuality === "negated" ? [other, mine] : [mine, other];
      const note = `${type}: ${yes.source.name} says it happened, ${no.source.name} says it did not`;
      const id = this.ensure(key, "polarity", "kb", note, doc.day);
      this.add(id, side, evidenceOf(mine), entities);
      this.add(id, 1 - side, evidenceOf(other), sourceOf(other));
    }
  }

  private howMany(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]): void {
    const key = `quantity:v${eventId}`;
    const mySide = figure(mine.count, mine.countValue);
    const known = this.existing(key, doc.day);
    if (known !== null) {
      // The sides are the figures already in dispute: join one, or stand against them.
      const figures = (this.s.conflictTally.all(known) as { side: number }[]).map((t) => t.side);
      const disputes = figures.some((f) => countConflict(mine.count, countRange({ value: f, approximate: false })));
      if (figures.includes(mySide) || disputes) this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of this.s.countedReports.all(eventId, mine.id, REPORTS_COMPARED) as Row[]) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !countConflict(mine.count, other.count)) continue;
      const [lo, hi] = mySide <= figure(other.count, other.countValue) ? [mine, other] : [other, mine];
      const note = `${type}: ${figureLabel(lo)} according to ${lo.source.name}, ${figureLabel(hi)} according to ${hi.source.name}`;
      const id = this.ensure(key, "quantity", "kb", note, doc.day);
      this.add(id, mySide, evidenceOf(mine), entities);
      this.add(id, figure(other.count, other.countValue), evidenceOf(other), sourceOf(other));
    }
  }

  /**
   * A new report that matched event `otherEvent` in all but its stated date. With two participants or participant
   * and place in common, figures that agree and (when both are claims) the same proposition, it is one happening
   * dated two ways by two sources.
   */
  timeDiffers(
    doc: DocRef,
    eventId: number,
    otherEvent: number,
    evidence: number,
    type: string,
    mine: ReportFacts,
    entities: readonly number[],
  ): void {
    if (evidence < 2 || !mine.time) return;
    const key = `time:v${Math.min(eventId, otherEvent)}:v${Math.max(eventId, otherEvent)}`;
    const mySide = eventId < otherEvent ? 0 : 1;
    const known = this.existing(key, doc.day);
    if (known !== null) {
      this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of this.s.otherReports.all(otherEvent, 0, REPORTS_COMPARED) as Row[]) {
      const theirs = reportFacts(row);
      if (theirs.source.key === mine.source.key || !timeConflict(mine.time, theirs.time)) continue;
      if (countConflict(mine.count, theirs.count)) continue;
      if (mine.terms && theirs.terms && !sameProposition(mine.terms, theirs.terms)) continue;
      const note = `${type}: ${mine.timeValue} according to ${mine.source.name}, ${theirs.timeValue} according to ${theirs.source.name}`;
      const id = this.ensure(key, "time", "kb", note, doc.day);
      this.add(id, mySide, evidenceOf(mine), entities);
      this.add(id, 1 - mySide, evidenceOf(theirs), sourceOf(theirs));
    }
  }

  /** A new claim against claims of other sources: the same proposition denied, or other figures for the same thing. */
  claim(doc: DocRef, mine: StoredClaim): void {
    const myEntities = [...mine.about, ...(mine.source.entity ? [mine.source.entity] : [])];
    const evidence: Evidence = { claimReport: mine.reportId, eventReport: 0, doc: doc.row, claimId: mine.claimId };
    const prop = propositionKey(mine.terms);
    this.sameWords(doc, mine, prop, evidence, myEntities);
    this.otherWords(doc, mine, prop, evidence, myEntities);
    this.figures(doc, mine, evidence, [...myEntities, ...mine.subjects]);
  }

  /** Claims of other sources with a figure that counts what one of mine counts, about a subject of mine. */
  private figureCandidates(mine: StoredClaim): number[] {
    const ids = new Set<number>();
    const words = [...new Set(mine.figures.flatMap((f) => f.counted))];
    const from = mine.said === "" ? "" : addDays(mine.said, -FIGURES_SAID_WITHIN_DAYS);
    const to = mine.said === "" ? "\uffff" : addDays(mine.said, FIGURES_SAID_WITHIN_DAYS);
    for (const subject of mine.subjectNames.slice(0, FIGURE_SUBJECTS_SCANNED))
      for (const word of words) {
        for (const r of this.s.figuresBefore.all(word, subject, from, mine.said, FIGURES_PER_KEY) as Row[])
          ids.add(r.claim_id as number);
        for (const r of this.s.figuresAfter.all(word, subject, mine.said, to, FIGURES_PER_KEY) as Row[])
          ids.add(r.claim_id as number);
        if (ids.size >= FIGURE_CANDIDATES) break;
      }
    ids.delete(mine.claimId);
    return [...ids].sort((a, b) => a - b).slice(0, FIGURE_CANDIDATES);
  }

  /** Figure conflicts a claim is in whose counted thing is the figure's (by the conflict's key). */
  private figureGroups(claimId: number, counted: readonly string[]): number[] {
    return (this.s.figureConflictsOfClaim.all(claimId, GROUPS_JOINED) as { conflict_id: number; key: string }[])
      .filter((g) => sameCounted(figureKeyCounted(g.key), counted))
      .map((g) => g.conflict_id);
  }

  /**
   * Figures of the same thing (kb/conflict-rules: comparableFigures) from another source about a subject of mine,
   * said within days: when they cannot both hold, a conflict per counted thing, joined by later figures; a figure
   * that agrees with a claim already in such a conflict joins that claim's side.
   */
  private figures(doc: DocRef, mine: StoredClaim, evidence: Evidence, entities: number[]): void {
    if (mine.figures.length === 0 || mine.polarity !== "positive" || mine.subjectNames.length === 0) return;
    for (const id of this.figureCandidates(mine)) {
      const other = this.s.claimById.get(id) as Row | undefined;
      if (!other || other.source_key === mine.source.key || other.polarity !== "positive") continue;
      if (!saidClose(mine.said, other.said as string)) continue;
      const theirs = (this.s.figuresOf.all(id) as Row[]).map(figureOf);
      for (const f of mine.figures)
        for (const g of theirs) {
          if (!comparableFigures(f, g)) continue;
          const disagree = figuresDisagree(f, g);
          const joined = this.figureGroups(id, f.counted);
          for (const group of joined) {
            this.s.touchConflict.run(doc.day, group);
            // A figure not yet in dispute is named in the note, which lists every figure given.
            const sides = (this.s.conflictTally.all(group) as { side: number }[]).map((t) => t.side);
            if (!sides.includes(figureSide(f)))
              this.s.appendNote.run(`, ${f.label} according to ${mine.source.name}`, group);
            this.add(group, figureSide(f), evidence, entities);
          }
          if (joined.length > 0 || !disagree || this.s.shareConflict.get(mine.claimId, id, "quantity")) continue;
          const mineIn = this.figureGroups(mine.claimId, g.counted);
          const counted = f.counted.length <= g.counted.length ? f.counted : g.counted;
          const [lo, hi] =
            figureSide(f) <= figureSide(g)
              ? [`${f.label} according to ${mine.source.name}`, `${g.label} according to ${other.source_name}`]
              : [`${g.label} according to ${other.source_name}`, `${f.label} according to ${mine.source.name}`];
          const groups =
            mineIn.length > 0
              ? mineIn
              : [
                  this.ensure(
                    `quantity:f:${counted.join(" ")}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                    "quantity",
                    "kb",
                    `different figures: ${lo}, ${hi}`,
                    doc.day,
                  ),
                ];
          for (const group of groups) {
            this.s.touchConflict.run(doc.day, group);
            this.add(group, figureSide(f), evidence, entities);
            this.addClaim(group, figureSide(g), id, this.entitiesOf(other));
          }
        }
    }
  }

  /** The same proposition word for word: one conflict per proposition, keyed by it. */
  private sameWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]): void {
    if (mine.terms.words.length === 0) return;
    const key = `polarity:p:${prop}`;
    const side = polaritySide(mine.polarity === "negative");
    const known = this.existing(key, doc.day);
    if (known !== null) {
      this.add(known, side, evidence, entities);
      return;
    }
    const me = { sourceKey: mine.source.key, polarity: mine.polarity, terms: mine.terms, content: mine.content };
    const opposed = (this.s.claimsByProp.all(prop, mine.polarity, CLAIM_CANDIDATES) as Row[]).filter(
      (r) =>
        polarityConflict(me, {
          sourceKey: r.source_key as string,
          polarity: r.polarity as "positive",
          terms: mine.terms,
          content: r.content as string,
        }) &&
        // Already set against this claim by the event rules: nothing new.
        !this.s.shareConflict.get(mine.claimId, r.id, "polarity"),
    );
    if (opposed.length === 0) return;
    const note =
      mine.polarity === "positive"
        ? `${opposed[0]?.source_name as string} denies what ${mine.source.name} asserts`
        : `${mine.source.name} denies what ${opposed[0]?.source_name as string} asserts`;
    const id = this.ensure(key, "polarity", "kb", note, doc.day);
    this.add(id, side, evidence, entities);
    for (const r of opposed) this.addClaim(id, 1 - side, r.id as number, this.entitiesOf(r));
  }

  /** The entity and, for an organisation of a country (a ministry), that country and its people: whom it speaks for. */
  private speaksFor(entity: number | null): Set<number> {
    const out = new Set<number>();
    if (!entity) return out;
    out.add(entity);
    const e = this.s.entityFamily.get(entity) as { family: string; country: string | null } | undefined;
    if (e?.family === "org" && e.country)
      for (const key of [`place:cc:${e.country}`, `group:cc:${e.country}`]) {
        const hit = this.s.entityByKey.get(key) as { entity_id: number } | undefined;
        if (hit) out.add(hit.entity_id);
      }
    return out;
  }

  /**
   * One claim denies what the other asserts (kb: polarityConflict); for a denial of involvement, whom the assertion
   * names is read only when the words alone fall short.
   */
  private opposed(mine: StoredClaim, me: ClaimFacts, r: Row, other: ClaimFacts): boolean {
    if (polarityConflict(me, other)) return true;
    if (!polarityConflict(me, other, true)) return false;
    if (me.polarity === "negative") {
      const names = this.speaksFor(mine.source.entity);
      return (this.s.claimAboutOf.all(r.id) as { entity_id: number }[]).some((x) => names.has(x.entity_id));
    }
    const names = this.speaksFor((r.source_entity as number | null) ?? null);
    return mine.about.some((x) => names.has(x));
  }

  private entitiesOf(claim: Row): number[] {
    const about = (this.s.claimAboutOf.all(claim.id) as { entity_id: number }[]).map((x) => x.entity_id);
    return claim.source_entity ? [...about, claim.source_entity as number] : about;
  }

  /**
   * Claims about the same entities in other words (nearly all of the shorter one's words, the other way), and
   * claims giving other figures for the same words: joined to a conflict either claim is already in, or a new one.
   */
  private otherWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]): void {
    const candidates = new Map<number, Row>();
    for (const entityId of mine.about.slice(0, ABOUT_ENTITIES_SCANNED))
      for (const r of this.s.claimsAbout.all(entityId, opposite(mine.polarity), ABOUT_CLAIMS_SCANNED) as Row[])
        if (r.prop !== prop) candidates.set(r.id as number, r);
    const figures = !mine.countedEvent && mine.terms.numbers.length > 0 && mine.terms.words.length >= 2;
    if (figures)
      for (const r of this.s.claimsByFrame.all(mine.terms.words.join(" "), CLAIM_CANDIDATES) as Row[])
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
      let kind: ConflictKind | null = null;
      if (this.opposed(mine, me, r, other)) kind = "polarity";
      else if (figures && claimQuantityConflict(me, other) && saidClose(mine.said, r.said as string)) kind = "quantity";
      if (!kind || this.s.shareConflict.get(mine.claimId, id, kind)) continue;
      const sideOf = (c: { polarity: string; terms: Terms }) =>
        kind === "polarity" ? polaritySide(c.polarity === "negative") : Math.round(c.terms.numbers[0] ?? 0);
      const theirGroups = this.s.conflictsOfClaim.all(id, kind, GROUPS_JOINED) as { conflict_id: number }[];
      if (theirGroups.length > 0) {
        for (const g of theirGroups) {
          this.s.touchConflict.run(doc.day, g.conflict_id);
          this.add(g.conflict_id, sideOf(mine), evidence, entities);
        }
        continue;
      }
      const mine0 = this.s.conflictsOfClaim.all(mine.claimId, kind, GROUPS_JOINED) as { conflict_id: number }[];
      const note = claimConflictNote(
        kind,
        { polarity: mine.polarity, name: mine.source.name, numbers: mine.terms.numbers },
        { name: r.source_name as string, numbers: other.terms.numbers },
      );
      const groups =
        mine0.length > 0
          ? mine0.map((g) => g.conflict_id)
          : [
              this.ensure(
                `${kind}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                kind,
                "kb",
                note,
                doc.day,
              ),
            ];
      for (const g of groups) {
        this.add(g, sideOf(mine), evidence, entities);
        this.addClaim(g, sideOf(other), id, this.entitiesOf(r));
      }
    }
  }

  /** Conflicts the extraction found inside one article, unless the cross-article rules already grouped them. */
  article(
    doc: DocRef,
    documentId: string,
    conflicts: readonly Conflict[],
    claims: ReadonlyMap<string, StoredClaim>,
  ): void {
    for (const [i, c] of conflicts.entries()) {
      const stored = c.claims.map((id) => claims.get(id)).filter((x): x is StoredClaim => x !== undefined);
      const ids = [...new Set(stored.map((s) => s.claimId))];
      if (ids.length < 2) continue;
      if (ids.length === 2 && this.s.shareConflict.get(ids[0], ids[1], c.kind)) continue;
      const id = this.ensure(`article:${documentId}:${i}`, c.kind, "article", c.note, doc.day);
      for (const [order, s] of stored.entries()) {
        const side =
          c.kind === "polarity"
            ? polaritySide(s.polarity === "negative")
            : c.kind === "quantity"
              ? Math.round(s.terms.numbers[0] ?? order)
              : order;
        this.add(id, side, { claimReport: s.reportId, eventReport: 0, doc: doc.row, claimId: s.claimId }, [
          ...s.about,
          ...(s.source.entity ? [s.source.entity] : []),
        ]);
      }
    }
  }
}

function statements(db: Database) {
  const p = <R = Row>(sql: string): Statement<R> => prepareNumbered<R>(db, sql);
  const claimCols =
    "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.polarity, c.words, c.numbers, c.said, c.content";
  const reportCols = `r.id, r.doc, r.claim_report_id, r.time, r.count_value, r.count_min, r.count_approx, r.factuality,
    r.source_key, r.source_entity, r.source_name, c.id AS claim_id, c.words, c.numbers`;
  const reportJoins = "LEFT JOIN claim_report cr ON cr.id = r.claim_report_id LEFT JOIN claim c ON c.id = cr.claim_id";
  return {
    conflictByKey: p("SELECT id FROM conflict WHERE key = ?"),
    insertConflict: p(
      "INSERT INTO conflict (key, kind, origin, note, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    touchConflict: p(
      `UPDATE conflict SET first_seen = COALESCE(min(first_seen, ?1), first_seen, ?1),
        last_seen = COALESCE(max(last_seen, ?1), last_seen, ?1) WHERE id = ?2`,
    ),
    insertSide: p(
      "INSERT OR IGNORE INTO conflict_side (conflict_id, side, claim_report_id, event_report_id, doc) VALUES (?, ?, ?, ?, ?)",
    ),
    tally: p(
      `INSERT INTO conflict_tally (conflict_id, side, evidence) VALUES (?, ?, 1)
        ON CONFLICT (conflict_id, side) DO UPDATE SET evidence = evidence + 1`,
    ),
    conflictTally: p("SELECT side FROM conflict_tally WHERE conflict_id = ?"),
    appendNote: p("UPDATE conflict SET note = note || ? WHERE id = ?"),
    insertConflictClaim: p("INSERT OR IGNORE INTO conflict_claim (claim_id, conflict_id, side) VALUES (?, ?, ?)"),
    insertConflictEntity: p("INSERT OR IGNORE INTO conflict_entity (entity_id, conflict_id) VALUES (?, ?)"),
    shareConflict: p(
      `SELECT 1 FROM conflict_claim a JOIN conflict_claim b ON b.conflict_id = a.conflict_id AND b.claim_id = ?2
        JOIN conflict c ON c.id = a.conflict_id WHERE a.claim_id = ?1 AND c.kind = ?3 LIMIT 1`,
    ),
    conflictsOfClaim: p(
      `SELECT cc.conflict_id FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
        WHERE cc.claim_id = ? AND c.kind = ? ORDER BY cc.conflict_id LIMIT ?`,
    ),
    countedReports: p(
      `SELECT ${reportCols} FROM event_report r INDEXED BY event_report_counted ${reportJoins}
        WHERE r.event_id = ?1 AND r.id <> ?2 AND (r.count_value IS NOT NULL OR r.count_min IS NOT NULL)
        ORDER BY r.id DESC LIMIT ?3`,
    ),
    reportsSaying: p(
      `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = ? AND r.factuality = ?
        ORDER BY r.id DESC LIMIT ?`,
    ),
    otherReports: p(
      `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = ?1 AND r.id <> ?2
        ORDER BY r.id DESC LIMIT ?3`,
    ),
    claimsByProp: p(
      "SELECT id, source_key, source_entity, source_name, polarity, content FROM claim WHERE prop = ? AND polarity <> ? LIMIT ?",
    ),
    claimsAbout: p(
      `SELECT ${claimCols} FROM claim_about a INDEXED BY claim_about_polarity JOIN claim c ON c.id = a.claim_id
        WHERE a.entity_id = ? AND a.polarity = ? ORDER BY a.said DESC LIMIT ?`,
    ),
    claimsByFrame: p(`SELECT ${claimCols} FROM claim c WHERE c.frame = ? AND c.numbers <> '' LIMIT ?`),
    claimById: p("SELECT id, source_key, source_entity, source_name, polarity, said FROM claim WHERE id = ?"),
    figuresOf: p("SELECT * FROM claim_figure WHERE claim_id = ? ORDER BY seq"),
    figuresBefore: p(
      `SELECT claim_id FROM figure_key WHERE word = ? AND subject = ? AND said >= ? AND said <= ?
        ORDER BY said DESC, claim_id DESC LIMIT ?`,
    ),
    figuresAfter: p(
      `SELECT claim_id FROM figure_key WHERE word = ? AND subject = ? AND said > ? AND said <= ?
        ORDER BY said, claim_id LIMIT ?`,
    ),
    figureConflictsOfClaim: p(
      `SELECT cc.conflict_id, c.key FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
        WHERE cc.claim_id = ? AND substr(c.key, 1, 11) = 'quantity:f:' ORDER BY cc.conflict_id LIMIT ?`,
    ),
    entityFamily: p("SELECT family, country FROM entity WHERE id = ?"),
    entityByKey: p("SELECT entity_id FROM entity_key WHERE key = ?"),
    claimAboutOf: p("SELECT entity_id FROM claim_about WHERE claim_id = ?"),
    latestReports: p("SELECT id, doc FROM claim_report WHERE claim_id = ? ORDER BY id DESC LIMIT ?"),
  };
}
