import type { Analysis, Claim, EntityType } from "../article/analysis.js";
import { normaliseName } from "./normalise.js";

// A figure is about its clause's entities first, then the named things of its paragraph ("the tanker had 23 crew"
// two sentences after the tanker was named), then those of the lead, where a news story names what it is about.
const MAX_SUBJECTS = 6;
const LEAD_CHARS = 500;
const PARAGRAPH_REACH = 600;
// Places and nationalities name a whole country's news: only a mention inside the claim makes one a subject.
const SPECIFIC: ReadonlySet<EntityType> = new Set(["PERSON", "ORG", "OTHER"]);

/** The first line break from `at` towards `limit` (inclusive, stepping by `step`), or null: a bounded scan. */
function lineBreak(text: string, at: number, limit: number, step: 1 | -1): number | null {
  for (let i = at; step > 0 ? i < limit : i >= limit; i += step) if (text.charCodeAt(i) === 10) return i;
  return null;
}

interface Mention {
  start: number;
  entity: string;
  specific: boolean;
}

/** The mentions of one article in text order, for the subjects of each of its claims. */
export class SubjectIndex {
  private readonly mentions: Mention[];
  /** The outlet named in its own text ("(Reuters)"): never what a claim is about. */
  private readonly outletIds: Set<string>;
  private readonly leadEnd: number;

  constructor(private readonly analysis: Analysis) {
    const mentions: Mention[] = [];
    for (const e of analysis.entities)
      for (const m of e.mentions) mentions.push({ start: m.start, entity: e.id, specific: SPECIFIC.has(e.type) });
    mentions.sort((a, b) => a.start - b.start);
    this.mentions = mentions;
    const outlet = normaliseName(analysis.document.source ?? "");
    this.outletIds = new Set(
      outlet === "" ? [] : analysis.entities.filter((e) => normaliseName(e.name) === outlet).map((e) => e.id),
    );
    const text = analysis.document.text;
    this.leadEnd = lineBreak(text, 1, Math.min(text.length, LEAD_CHARS), 1) ?? Math.min(text.length, LEAD_CHARS);
  }

  /** Index of the first mention starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private between(from: number, to: number, specificOnly: boolean): string[] {
    const out: string[] = [];
    for (let i = this.firstFrom(from); i < this.mentions.length; i++) {
      const m = this.mentions[i] as Mention;
      if (m.start >= to) break;
      if (!specificOnly || m.specific) out.push(m.entity);
    }
    return out;
  }

  /**
   * Local ids of the entities a claim is about, nearest first: those named inside it and the participants of events
   * it reports, then named things of its paragraph, then of the article's lead. Never its source, whom it cites,
   * or the outlet itself.
   */
  subjects(claim: Claim): string[] {
    const text = this.analysis.document.text;
    const { start, end } = claim.content;
    const excluded = new Set(this.outletIds);
    if (claim.source?.entity) excluded.add(claim.source.entity);
    for (const v of claim.via) if (v.entity) excluded.add(v.entity);
    const out: string[] = [];
    const take = (ids: readonly string[]) => {
      for (const id of ids) {
        if (out.length >= MAX_SUBJECTS) return;
        if (!excluded.has(id) && !out.includes(id)) out.push(id);
      }
    };
    take(this.between(start, end, false));
    for (const v of this.analysis.events)
      if (v.trigger.start >= start && v.trigger.end <= end) take(v.participants.map((p) => p.entity));
    const floor = Math.max(0, start - PARAGRAPH_REACH);
    const ceiling = Math.min(text.length, end + PARAGRAPH_REACH);
    const before = lineBreak(text, start - 1, floor, -1);
    const paraStart = before === null ? floor : before + 1;
    const paraEnd = lineBreak(text, end, ceiling, 1) ?? ceiling;
    // Nearest first: the paragraph backwards from the claim, then forwards.
    take(this.between(paraStart, start, true).reverse());
    take(this.between(end, paraEnd, true));
    take(this.between(0, this.leadEnd, true));
    return out;
  }
}
