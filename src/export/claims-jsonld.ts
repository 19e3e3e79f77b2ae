import type { EntityType } from "../article/analysis.js";
import type {
  ArticleRef,
  ExportClaim,
  ExportClaimReport,
  ExportEntityRef,
  ExportSource,
  Store,
} from "../store/contract.js";
import { calendarDate, isoDate } from "./dates.js";
import type { ExportOptions, ExportResult } from "./format.js";
import { claimIri, documentIri, entityIri, reportIri, sourceIri } from "./ids.js";
import { compact, JsonArrayWriter } from "./json-stream.js";
import type { Sink } from "./sink.js";

/*
 * Claims as schema.org JSON-LD: one document, {"@context": "https://schema.org", "@graph": [Claim …]}.
 * Each knowledge-base claim (one source, one proposition, one polarity) is a Claim with its text, author (the
 * source), the articles it appears in (appearance, firstAppearance: NewsArticle with url, headline, datePublished,
 * publisher), what it mentions, and one part (hasPart) per report: the claim as one article words it, with the
 * chain of whom the source cites as `citation`. schema.org has no terms for polarity, certainty or the attribution
 * cue; they travel as `keywords` ("polarity:negative", "certainty:possible", "cue:denied", "quote").
 */

type Node = Record<string, unknown>;

const CONTEXT = "https://schema.org";

/** The schema.org type a source stands for. A country or city that "said" something is its government. */
function agentType(type: EntityType | null): string {
  switch (type) {
    case "PERSON":
      return "Person";
    case "GPE":
      return "GovernmentOrganization";
    default:
      return "Organization";
  }
}

/** What an entity is when a claim mentions it, rather than speaks. */
function thingType(type: EntityType): string {
  switch (type) {
    case "PERSON":
      return "Person";
    case "ORG":
      return "Organization";
    case "GPE":
    case "LOC":
      return "Place";
    default:
      return "Thing";
  }
}

function entityNode(e: ExportEntityRef, as: "agent" | "thing" = "agent"): Node {
  return { "@type": as === "agent" ? agentType(e.type) : thingType(e.type), "@id": entityIri(e.key), name: e.name };
}

/** The source: a named entity; the publisher, for what an article says in its own voice; else the words naming it ("officials"). */
function sourceNode(s: ExportSource): Node {
  if (s.entityKey) return { "@type": agentType(s.entityType), "@id": entityIri(s.entityKey), name: s.name };
  if (s.key.startsWith("p:")) return { "@type": "NewsMediaOrganization", "@id": sourceIri(s.key), name: s.name };
  return { "@type": "Organization", "@id": sourceIri(s.key), name: s.name };
}

export function articleNode(a: ArticleRef): Node {
  return compact({
    "@type": "NewsArticle",
    "@id": documentIri(a.id),
    identifier: a.id,
    url: a.url,
    headline: a.title,
    datePublished: isoDate(a.published),
    publisher: a.source ? { "@type": "NewsMediaOrganization", name: a.source } : null,
  });
}

/** Whom the source cites, nearest first: a named entity as the author of what is cited, else the words themselves. */
function citation(via: ExportClaimReport["via"]): unknown[] {
  return via.map((v) => (v.entity ? { "@type": "CreativeWork", name: v.text, author: entityNode(v.entity) } : v.text));
}

function reportNode(r: ExportClaimReport, author: Node): Node {
  return compact({
    "@type": "Claim",
    "@id": reportIri(r.id),
    identifier: r.id,
    text: r.content.text,
    author,
    appearance: articleNode(r.article),
    dateCreated: calendarDate(r.reportedAt),
    datePublished: isoDate(r.article.published),
    citation: citation(r.via),
    keywords: [
      `polarity:${r.polarity}`,
      `certainty:${r.certainty}`,
      `cue:${r.cue.text}`,
      ...(r.quote ? ["quote"] : []),
    ],
  });
}

/** The earliest-published article a claim appears in (undated articles last, then the first stored). */
function firstArticle(reports: ExportClaimReport[]): ArticleRef | null {
  let best: ArticleRef | null = null;
  for (const r of reports) {
    const p = r.article.published;
    if (!best || (p && (!best.published || Date.parse(p) < Date.parse(best.published)))) best = r.article;
  }
  return best;
}

export function claimNode(c: ExportClaim): Node {
  const author = sourceNode(c.source);
  const articles = new Map(c.reports.map((r) => [r.article.id, r.article]));
  const first = firstArticle(c.reports);
  return compact({
    "@type": "Claim",
    "@id": claimIri(c.identity),
    identifier: String(c.id),
    text: c.content,
    author,
    dateCreated: calendarDate(c.said),
    datePublished: calendarDate(c.firstSeen),
    firstAppearance: first ? articleNode(first) : null,
    appearance: [...articles.values()].map(articleNode),
    mentions: c.about.map((e) => entityNode(e, "thing")),
    keywords: [`polarity:${c.polarity}`],
    hasPart: c.reports.map((r) => reportNode(r, author)),
  });
}

export async function exportClaimsJsonLd(store: Store, sink: Sink, _options: ExportOptions): Promise<ExportResult> {
  const out = new JsonArrayWriter(sink, [{ "@context": CONTEXT }, "@graph"]);
  await out.open();
  for await (const c of store.exportClaims()) await out.item(claimNode(c));
  const records = await out.close();
  await sink.flush();
  return { records, notes: [] };
}
