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
import { statement as q, type Sql } from "./sql.js";

/**
 * The SQLite conflict writer's steps (src/store/sqlite/conflict-writer.ts), read and written through PostgreSQL:
 * the same rules (src/kb/conflict-rules.ts), the same candidates in the same order, so both stores record the same
 * conflicts for the same articles. Conflicts are groups: one per event for figures and for happened/did-not, one
 * per pair of events for dates, one per proposition for assertion against denial; new evidence joins the group.
 */
export class PgConflictWriter {
  created = 0;
  private sql!: Sql;

  private async ensure(
    key: string,
    kind: ConflictKind,
    origin: "kb" | "article",
    note: string,
    day: string | null,
  ): Promise<number> {
    const hit = await this.existing(key, day);
    if (hit !== null) return hit;
    this.created++;
    return Number(await this.sql.value(S.insertConflict, key, kind, origin, note, day));
  }

  /** The conflict under this key, its dates widened to `day`; null when there is none. */
  private async existing(key: string, day: string | null): Promise<number | null> {
    const hit = await this.sql.get<{ id: number }>(S.touchConflictByKey, key, day);
    return hit ? hit.id : null;
  }

  private async touch(conflictId: number, day: string | null): Promise<void> {
    await this.sql.run(S.touchConflict, day, conflictId);
  }

  /** One piece of evidence on a side: its side row and tally, its claim and its entities, in one statement. */
  private async add(conflictId: number, side: number, e: Evidence, entities: readonly number[]): Promise<void> {
    // A claim is its own evidence whichever rule found it (the event it reports is found from it when shown).
    const eventReport = e.claimReport ? 0 : e.eventReport;
    await this.sql.run(S.addEvidence, conflictId, side, e.claimReport, eventReport, e.doc, e.claimId, [
      ...new Set(entities),
    ]);
  }

  /** Adds the latest reports of a knowledge-base claim to a side. */
  private async addClaim(conflictId: number, side: number, claimId: number, entities: readonly number[]) {
    for (const rep of await this.sql.all<{ id: number; doc: number }>(S.latestReports, claimId, OTHER_SIDE_EVIDENCE))
      await this.add(conflictId, side, { claimReport: rep.id, eventReport: 0, doc: rep.doc, claimId }, entities);
  }

  private async shareConflict(a: number, b: number, kind: string): Promise<boolean> {
    return (await this.sql.get(S.shareConflict, a, b, kind)) !== undefined;
  }

  /** A new report of event `eventId`: did it happen or not, and how many, against the event's other reports. */
  async eventReport(
    sql: Sql,
    doc: DocRef,
    eventId: number,
    type: string,
    mine: ReportFacts,
    entities: readonly number[],
  ): Promise<void> {
    this.sql = sql;
    if (mine.factuality === "asserted" || mine.factuality === "negated")
      await this.happened(doc, eventId, type, mine, entities);
    if (mine.count) await this.howMany(doc, eventId, type, mine, entities);
  }

  private async happened(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]) {
    const key = `polarity:v${eventId}`;
    const side = polaritySide(mine.factuality === "negated");
    const known = await this.existing(key, doc.day);
    if (known !== null) {
      await this.add(known, side, evidenceOf(mine), entities);
      return;
    }
    const opposite = mine.factuality === "negated" ? "asserted" : "negated";
    for (const row of await this.sql.all(S.reportsSaying, eventId, opposite, REPORTS_COMPARED)) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !happenedConflict(mine, other)) continue;
      const [yes, no] = mine.factuality === "negated" ? [other, mine] : [mine, other];
      const note = `${type}: ${yes.source.name} says it happened, ${no.source.name} says it did not`;
      const id = await this.ensure(key, "polarity", "kb", note, doc.day);
      await this.add(id, side, evidenceOf(mine), entities);
      await this.add(id, 1 - side, evidenceOf(other), sourceOf(other));
    }
  }

  private async howMany(doc: DocRef, eventId: number, type: string, mine: ReportFacts, entities: readonly number[]) {
    const key = `quantity:v${eventId}`;
    const mySide = figure(mine.count, mine.countValue);
    const known = await this.existing(key, doc.day);
    if (known !== null) {
      // The sides are the figures already in dispute: join one, or stand against them.
      const figures = (await this.sql.all<{ side: number }>(S.conflictTally, known)).map((t) => t.side);
      const disputes = figures.some((f) => countConflict(mine.count, countRange({ value: f, approximate: false })));
      if (figures.includes(mySide) || disputes) await this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of await this.sql.all(S.countedReports, eventId, mine.id, REPORTS_COMPARED)) {
      const other = reportFacts(row);
      if (other.source.key === mine.source.key || !countConflict(mine.count, other.count)) continue;
      const [lo, hi] = mySide <= figure(other.count, other.countValue) ? [mine, other] : [other, mine];
      const note = `${type}: ${figureLabel(lo)} according to ${lo.source.name}, ${figureLabel(hi)} according to ${hi.source.name}`;
      const id = await this.ensure(key, "quantity", "kb", note, doc.day);
      await this.add(id, mySide, evidenceOf(mine), entities);
      await this.add(id, figure(other.count, other.countValue), evidenceOf(other), sourceOf(other));
    }
  }

  /** A new report that matched event `otherEvent` in all but its stated date (see the SQLite writer). */
  async timeDiffers(
    sql: Sql,
    doc: DocRef,
    eventId: number,
    otherEvent: number,
    evidence: number,
    type: string,
    mine: ReportFacts,
    entities: readonly number[],
  ): Promise<void> {
    this.sql = sql;
    if (evidence < 2 || !mine.time) return;
    const key = `time:v${Math.min(eventId, otherEvent)}:v${Math.max(eventId, otherEvent)}`;
    const mySide = eventId < otherEvent ? 0 : 1;
    const known = await this.existing(key, doc.day);
    if (known !== null) {
      await this.add(known, mySide, evidenceOf(mine), entities);
      return;
    }
    for (const row of await this.sql.all(S.otherReports, otherEvent, 0, REPORTS_COMPARED)) {
      const theirs = reportFacts(row);
      if (theirs.source.key === mine.source.key || !timeConflict(mine.time, theirs.time)) continue;
      if (countConflict(mine.count, theirs.count)) continue;
      if (mine.terms && theirs.terms && !sameProposition(mine.terms, theirs.terms)) continue;
      const note = `${type}: ${mine.timeValue} according to ${mine.source.name}, ${theirs.timeValue} according to ${theirs.source.name}`;
      const id = await this.ensure(key, "time", "kb", note, doc.day);
      await this.add(id, mySide, evidenceOf(mine), entities);
      await this.add(id, 1 - mySide, evidenceOf(theirs), sourceOf(theirs));
    }
  }

  /** A new claim against claims of other sources: the same proposition denied, or other figures for the same thing. */
  async claim(sql: Sql, doc: DocRef, mine: StoredClaim): Promise<void> {
    this.sql = sql;
    const myEntities = [...mine.about, ...(mine.source.entity ? [mine.source.entity] : [])];
    const evidence: Evidence = { claimReport: mine.reportId, eventReport: 0, doc: doc.row, claimId: mine.claimId };
    const prop = propositionKey(mine.terms);
    await this.sameWords(doc, mine, prop, evidence, myEntities);
    await this.otherWords(doc, mine, prop, evidence, myEntities);
    await this.figures(doc, mine, evidence, [...myEntities, ...mine.subjects]);
  }

  /** Claims of other sources with a figure that counts what one of mine counts, about a subject of mine. */
  private async figureCandidates(mine: StoredClaim): Promise<number[]> {
    const ids = new Set<number>();
    const words = [...new Set(mine.figures.flatMap((f) => f.counted))];
    const from = mine.said === "" ? "" : addDays(mine.said, -FIGURES_SAID_WITHIN_DAYS);
    const to = mine.said === "" ? "\uffff" : addDays(mine.said, FIGURES_SAID_WITHIN_DAYS);
    for (const subject of mine.subjectNames.slice(0, FIGURE_SUBJECTS_SCANNED))
      for (const word of words) {
        const rows = await this.sql.all<{ claim_id: number }>(
          S.figuresAround,
          word,
          subject,
          from,
          mine.said,
          to,
          FIGURES_PER_KEY,
        );
        for (const r of rows) ids.add(r.claim_id);
        if (ids.size >= FIGURE_CANDIDATES) break;
      }
    ids.delete(mine.claimId);
    return [...ids].sort((a, b) => a - b).slice(0, FIGURE_CANDIDATES);
  }

  /** Figure conflicts a claim is in whose counted thing is the figure's (by the conflict's key). */
  private async figureGroups(claimId: number, counted: readonly string[]): Promise<number[]> {
    return (await this.sql.all<{ conflict_id: number; key: string }>(S.figureConflictsOfClaim, claimId, GROUPS_JOINED))
      .filter((g) => sameCounted(figureKeyCounted(g.key), counted))
      .map((g) => g.conflict_id);
  }

  private async figures(doc: DocRef, mine: StoredClaim, evidence: Evidence, entities: number[]): Promise<void> {
    if (mine.figures.length === 0 || mine.polarity !== "positive" || mine.subjectNames.length === 0) return;
    for (const id of await this.figureCandidates(mine)) {
      const other = await this.sql.get(S.claimById, id);
      if (!other || other.source_key === mine.source.key || other.polarity !== "positive") continue;
      if (!saidClose(mine.said, other.said as string)) continue;
      const theirs = (await this.sql.all(S.figuresOf, id)).map(figureOf);
      for (const f of mine.figures)
        for (const g of theirs) {
          if (!comparableFigures(f, g)) continue;
          const disagree = figuresDisagree(f, g);
          const joined = await this.figureGroups(id, f.counted);
          for (const group of joined) {
            await this.touch(group, doc.day);
            // A figure not yet in dispute is named in the note, which lists every figure given.
            const sides = (await this.sql.all<{ side: number }>(S.conflictTally, group)).map((t) => t.side);
            if (!sides.includes(figureSide(f)))
              await this.sql.run(S.appendNote, `, ${f.label} according to ${mine.source.name}`, group);
            await this.add(group, figureSide(f), evidence, entities);
          }
          if (joined.length > 0 || !disagree || (await this.shareConflict(mine.claimId, id, "quantity"))) continue;
          const mineIn = await this.figureGroups(mine.claimId, g.counted);
          const counted = f.counted.length <= g.counted.length ? f.counted : g.counted;
          const [lo, hi] =
            figureSide(f) <= figureSide(g)
              ? [`${f.label} according to ${mine.source.name}`, `${g.label} according to ${other.source_name}`]
              : [`${g.label} according to ${other.source_name}`, `${f.label} according to ${mine.source.name}`];
          const groups =
            mineIn.length > 0
              ? mineIn
              : [
                  await this.ensure(
                    `quantity:f:${counted.join(" ")}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                    "quantity",
                    "kb",
                    `different figures: ${lo}, ${hi}`,
                    doc.day,
                  ),
                ];
          for (const group of groups) {
            await this.touch(group, doc.day);
            await this.add(group, figureSide(f), evidence, entities);
            await this.addClaim(group, figureSide(g), id, await this.entitiesOf(other));
          }
        }
    }
  }

  /** The same proposition word for word: one conflict per proposition, keyed by it. */
  private async sameWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]) {
    if (mine.terms.words.length === 0) return;
    const key = `polarity:p:${prop}`;
    const side = polaritySide(mine.polarity === "negative");
    const known = await this.existing(key, doc.day);
    if (known !== null) {
      await this.add(known, side, evidence, entities);
      return;
    }
    const me = { sourceKey: mine.source.key, polarity: mine.polarity, terms: mine.terms, content: mine.content };
    const opposed: Row[] = [];
    for (const r of await this.sql.all(S.claimsByProp, prop, mine.polarity, CLAIM_CANDIDATES)) {
      const other = {
        sourceKey: r.source_key as string,
        polarity: r.polarity as "positive",
        terms: mine.terms,
        content: r.content as string,
      };
      // Already set against this claim by the event rules: nothing new.
      if (polarityConflict(me, other) && !(await this.shareConflict(mine.claimId, r.id as number, "polarity")))
        opposed.push(r);
    }
    if (opposed.length === 0) return;
    const note =
      mine.polarity === "positive"
        ? `${opposed[0]?.source_name as string} denies what ${mine.source.name} asserts`
        : `${mine.source.name} denies what ${opposed[0]?.source_name as string} asserts`;
    const id = await this.ensure(key, "polarity", "kb", note, doc.day);
    await this.add(id, side, evidence, entities);
    for (const r of opposed) await this.addClaim(id, 1 - side, r.id as number, await this.entitiesOf(r));
  }

  /** The entity and, for an organisation of a country (a ministry), that country and its people: whom it speaks for. */
  private async speaksFor(entity: number | null): Promise<Set<number>> {
    const out = new Set<number>();
    if (!entity) return out;
    out.add(entity);
    for (const r of await this.sql.all<{ entity_id: number }>(S.countryOfOrg, entity)) out.add(r.entity_id);
    return out;
  }

  /** One claim denies what the other asserts; for a denial of involvement, whom the assertion names is read. */
  private async opposed(mine: StoredClaim, me: ClaimFacts, r: Row, other: ClaimFacts): Promise<boolean> {
    if (polarityConflict(me, other)) return true;
    if (!polarityConflict(me, other, true)) return false;
    if (me.polarity === "negative") {
      const names = await this.speaksFor(mine.source.entity);
      return (await this.sql.all<{ entity_id: number }>(S.claimAboutOf, r.id)).some((x) => names.has(x.entity_id));
    }
    const names = await this.speaksFor((r.source_entity as number | null) ?? null);
    return mine.about.some((x) => names.has(x));
  }

  private async entitiesOf(claim: Row): Promise<number[]> {
    const about = (await this.sql.all<{ entity_id: number }>(S.claimAboutOf, claim.id)).map((x) => x.entity_id);
    return claim.source_entity ? [...about, claim.source_entity as number] : about;
  }

  /** Claims about the same entities in other words, and claims giving other figures for the same words. */
  private async otherWords(doc: DocRef, mine: StoredClaim, prop: string, evidence: Evidence, entities: number[]) {
    const candidates = new Map<number, Row>();
    for (const entityId of mine.about.slice(0, ABOUT_ENTITIES_SCANNED))
      for (const r of await this.sql.all(S.claimsAbout, entityId, opposite(mine.polarity), ABOUT_CLAIMS_SCANNED))
        if (r.prop !== prop) candidates.set(r.id as number, r);
    const figures = !mine.countedEvent && mine.terms.numbers.length > 0 && mine.terms.words.length >= 2;
    if (figures)
      for (const r of await this.sql.all(S.claimsByFrame, mine.terms.words.join(" "), CLAIM_CANDIDATES))
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
      if (await this.opposed(mine, me, r, other)) kind = "polarity";
      else if (figures && claimQuantityConflict(me, other) && saidClose(mine.said, r.said as string)) kind = "quantity";
      if (!kind || (await this.shareConflict(mine.claimId, id, kind))) continue;
      const sideOf = (c: { polarity: string; terms: Terms }) =>
        kind === "polarity" ? polaritySide(c.polarity === "negative") : Math.round(c.terms.numbers[0] ?? 0);
      const theirGroups = await this.sql.all<{ conflict_id: number }>(S.conflictsOfClaim, id, kind, GROUPS_JOINED);
      if (theirGroups.length > 0) {
        for (const g of theirGroups) {
          await this.touch(g.conflict_id, doc.day);
          await this.add(g.conflict_id, sideOf(mine), evidence, entities);
        }
        continue;
      }
      const mine0 = await this.sql.all<{ conflict_id: number }>(S.conflictsOfClaim, mine.claimId, kind, GROUPS_JOINED);
      const note = claimConflictNote(
        kind,
        { polarity: mine.polarity, name: mine.source.name, numbers: mine.terms.numbers },
        { name: r.source_name as string, numbers: other.terms.numbers },
      );
      const groups =
        mine0.length > 0
          ? mine0.map((g) => g.conflict_id)
          : [
              await this.ensure(
                `${kind}:c${Math.min(id, mine.claimId)}:c${Math.max(id, mine.claimId)}`,
                kind,
                "kb",
                note,
                doc.day,
              ),
            ];
      for (const g of groups) {
        await this.add(g, sideOf(mine), evidence, entities);
        await this.addClaim(g, sideOf(other), id, await this.entitiesOf(r));
      }
    }
  }

  /** Conflicts the extraction found inside one article, unless the cross-article rules already grouped them. */
  async article(
    sql: Sql,
    doc: DocRef,
    documentId: string,
    conflicts: readonly Conflict[],
    claims: ReadonlyMap<string, StoredClaim>,
  ): Promise<void> {
    this.sql = sql;
    for (const [i, c] of conflicts.entries()) {
      const stored = c.claims.map((id) => claims.get(id)).filter((x): x is StoredClaim => x !== undefined);
      const ids = [...new Set(stored.map((s) => s.claimId))];
      if (ids.length < 2) continue;
      if (ids.length === 2 && (await this.shareConflict(ids[0] as number, ids[1] as number, c.kind))) continue;
      const id = await this.ensure(`article:${documentId}:${i}`, c.kind, "article", c.note, doc.day);
      for (const [order, s] of stored.entries()) {
        const side =
          c.kind === "polarity"
            ? polaritySide(s.polarity === "negative")
            : c.kind === "quantity"
              ? Math.round(s.terms.numbers[0] ?? order)
              : order;
        await this.add(id, side, { claimReport: s.reportId, eventReport: 0, doc: doc.row, claimId: s.claimId }, [
          ...s.about,
          ...(s.source.entity ? [s.source.entity] : []),
        ]);
      }
    }
  }
}

const claimCols =
  "c.id, c.prop, c.source_key, c.source_entity, c.source_name, c.polarity, c.words, c.numbers, c.said, c.content";
const reportCols = `r.id, r.doc, r.claim_report_id, r.time, r.count_value, r.count_min, r.count_approx, r.factuality,
  r.source_key, r.source_entity, r.source_name, c.id AS claim_id, c.words, c.numbers`;
const reportJoins = "LEFT JOIN claim_report cr ON cr.id = r.claim_report_id LEFT JOIN claim c ON c.id = cr.claim_id";
const widen = (day: string) =>
  `first_seen = LEAST(first_seen, ${day}::text), last_seen = GREATEST(last_seen, ${day}::text)`;

const S = {
  touchConflictByKey: q(`UPDATE conflict SET ${widen("$2")} WHERE key = $1 RETURNING id`),
  insertConflict: q(
    "INSERT INTO conflict (key, kind, origin, note, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
  ),
  touchConflict: q(`UPDATE conflict SET ${widen("$1")} WHERE id = $2`),
  // The side row; when it is new, the side's tally; the claim's side (first wins) and the entities it concerns.
  addEvidence: q(
    `WITH s AS (
      INSERT INTO conflict_side (conflict_id, side, claim_report_id, event_report_id, doc) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT DO NOTHING RETURNING conflict_id
    ), t AS (
      INSERT INTO conflict_tally (conflict_id, side, evidence) SELECT conflict_id, $2, 1 FROM s
        ON CONFLICT (conflict_id, side) DO UPDATE SET evidence = conflict_tally.evidence + 1
    ), c AS (
      INSERT INTO conflict_claim (claim_id, conflict_id, side) SELECT $6, $1, $2 WHERE $6::int <> 0
        ON CONFLICT DO NOTHING
    ) INSERT INTO conflict_entity (entity_id, conflict_id) SELECT e, $1 FROM unnest($7::int[]) AS e
      ON CONFLICT DO NOTHING`,
  ),
  conflictTally: q("SELECT side FROM conflict_tally WHERE conflict_id = $1 ORDER BY side"),
  appendNote: q("UPDATE conflict SET note = note || $1 WHERE id = $2"),
  shareConflict: q(
    `SELECT 1 FROM conflict_claim a JOIN conflict_claim b ON b.conflict_id = a.conflict_id AND b.claim_id = $2
      JOIN conflict c ON c.id = a.conflict_id WHERE a.claim_id = $1 AND c.kind = $3 LIMIT 1`,
  ),
  conflictsOfClaim: q(
    `SELECT cc.conflict_id FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
      WHERE cc.claim_id = $1 AND c.kind = $2 ORDER BY cc.conflict_id LIMIT $3`,
  ),
  countedReports: q(
    `SELECT ${reportCols} FROM event_report r ${reportJoins}
      WHERE r.event_id = $1 AND r.id <> $2 AND (r.count_value IS NOT NULL OR r.count_min IS NOT NULL)
      ORDER BY r.id DESC LIMIT $3`,
  ),
  reportsSaying: q(
    `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = $1 AND r.factuality = $2
      ORDER BY r.id DESC LIMIT $3`,
  ),
  otherReports: q(
    `SELECT ${reportCols} FROM event_report r ${reportJoins} WHERE r.event_id = $1 AND r.id <> $2
      ORDER BY r.id DESC LIMIT $3`,
  ),
  claimsByProp: q(
    `SELECT id, source_key, source_entity, source_name, polarity, content FROM claim WHERE prop = $1 AND polarity <> $2
      ORDER BY polarity, id LIMIT $3`,
  ),
  claimsAbout: q(
    `SELECT ${claimCols} FROM claim_about a JOIN claim c ON c.id = a.claim_id
      WHERE a.entity_id = $1 AND a.polarity = $2 ORDER BY a.said DESC, a.claim_id DESC LIMIT $3`,
  ),
  claimsByFrame: q(`SELECT ${claimCols} FROM claim c WHERE c.frame = $1 AND c.numbers <> '' ORDER BY c.id LIMIT $2`),
  claimById: q("SELECT id, source_key, source_entity, source_name, polarity, said FROM claim WHERE id = $1"),
  figuresOf: q("SELECT * FROM claim_figure WHERE claim_id = $1 ORDER BY seq"),
  // The nearest few said before (and on) the day, then after it, as the SQLite writer reads them in two queries.
  figuresAround: q(
    `(SELECT claim_id FROM figure_key WHERE word = $1 AND subject = $2 AND said >= $3 AND said <= $4
        ORDER BY said DESC, claim_id DESC LIMIT $6)
      UNION ALL
     (SELECT claim_id FROM figure_key WHERE word = $1 AND subject = $2 AND said > $4 AND said <= $5
        ORDER BY said, claim_id LIMIT $6)`,
  ),
  figureConflictsOfClaim: q(
    `SELECT cc.conflict_id, c.key FROM conflict_claim cc JOIN conflict c ON c.id = cc.conflict_id
      WHERE cc.claim_id = $1 AND substr(c.key, 1, 11) = 'quantity:f:' ORDER BY cc.conflict_id LIMIT $2`,
  ),
  // For an organisation of a country: the country and its people, by their keys.
  countryOfOrg: q(
    `SELECT k.entity_id FROM entity e JOIN entity_key k ON k.key IN ('place:cc:' || e.country, 'group:cc:' || e.country)
      WHERE e.id = $1 AND e.family = 'org' AND e.country IS NOT NULL ORDER BY k.key DESC`,
  ),
  claimAboutOf: q("SELECT entity_id FROM claim_about WHERE claim_id = $1 ORDER BY entity_id"),
  latestReports: q("SELECT id, doc FROM claim_report WHERE claim_id = $1 ORDER BY id DESC LIMIT $2"),
};
