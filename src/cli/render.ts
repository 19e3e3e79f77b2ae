import type {
  ArticleRef,
  ClaimView,
  ConflictView,
  EntityProfile,
  EntitySummary,
  EventView,
  SearchResult,
  SourceView,
  Stats,
  TimelineItem,
} from "../store/contract.js";

// Readable forms of the store's answers, made for a terminal. `--json` prints the answers themselves.

const flat = (s: string, max = 140) => {
  const f = s.replace(/\s+/g, " ").trim();
  return f.length > max ? `${f.slice(0, max - 1)}…` : f;
};
const article = (a: ArticleRef) =>
  `${a.source ?? a.title ?? a.id.slice(0, 19)}${a.published ? `, ${a.published}` : ""}`;

export function renderStats(s: Stats): string {
  return [
    `articles   ${s.articles}`,
    `entities   ${s.entities}`,
    `claims     ${s.claims}  (${s.claimReports} reports)`,
    `events     ${s.events}  (${s.eventReports} reports)`,
    `conflicts  ${s.conflicts}`,
  ].join("\n");
}

export function renderSearch(r: SearchResult): string {
  const out: string[] = [];
  if (r.documents.length)
    out.push("Articles", ...r.documents.map((d) => `  ${article(d.article)}\n    ${flat(d.snippet)}`));
  if (r.claims.length)
    out.push("Claims", ...r.claims.map((c) => `  ${c.source}: ${flat(c.snippet)}  (${article(c.article)})`));
  return out.length ? out.join("\n") : "nothing found";
}

export function renderEntities(list: EntitySummary[]): string {
  if (!list.length) return "no entities";
  return list
    .map(
      (e) =>
        `${e.type.padEnd(6)} ${e.name}${e.country ? ` [${e.country}]` : ""}  ${e.mentions} mentions in ${e.documents} articles${e.firstSeen ? `  ${e.firstSeen}…${e.lastSeen}` : ""}`,
    )
    .join("\n");
}

export function renderClaim(c: ClaimView): string {
  const via = c.reports[0]?.via.length ? ` ← ${c.reports[0].via.map((v) => v.text).join(" ← ")}` : "";
  const head = `${c.source.name}${via}: "${flat(c.content)}" (${c.polarity}${c.said ? `, said ${c.said}` : ""}; ${c.reportCount} report${c.reportCount === 1 ? "" : "s"})`;
  const reports = c.reports.map(
    (r) => `    in ${article(r.article)} [${r.cue.text}] ${r.certainty}${r.quote ? ", quoted" : ""}`,
  );
  const also = c.corroboratedBy.map((k) => `    corroborated by ${k.source.name}: "${flat(k.content, 80)}"`);
  return [head, ...reports, ...also].join("\n");
}

export function renderClaims(list: ClaimView[]): string {
  return list.length ? list.map(renderClaim).join("\n") : "no claims";
}

export function renderEvent(v: EventView): string {
  const who = v.participants.map((p) => `${p.role} ${p.entity.name}`).join(", ");
  return `${v.when ?? "undated"}  ${v.type}${v.location ? ` in ${v.location.name}` : ""}${who ? ` (${who})` : ""}  ${v.reportCount} report${v.reportCount === 1 ? "" : "s"}`;
}

export function renderConflicts(list: ConflictView[]): string {
  if (!list.length) return "no conflicts";
  return list
    .map((k) => {
      const sides = k.sides.map((side, i) =>
        side
          .map(
            (e) =>
              `   ${String.fromCharCode(65 + Math.min(i, 25))}  ${e.source}${e.reportedAt ? ` (${e.reportedAt})` : ""}: "${flat(e.content, 110)}"\n        ${article(e.article)}`,
          )
          .join("\n"),
      );
      // The knowledge base also finds pairs inside one article; "across articles" only when the sides differ.
      const articles = new Set(k.sides.flat().map((e) => e.article.id));
      const across = k.origin === "kb" && articles.size > 1;
      return [`${k.kind.toUpperCase()} conflict${across ? " across articles" : ""}: ${k.note}`, ...sides].join("\n");
    })
    .join("\n\n");
}

export function renderTimeline(items: TimelineItem[]): string {
  if (!items.length) return "nothing dated";
  return items
    .map((t) =>
      t.kind === "event"
        ? `${t.when}  ◆ ${renderEvent(t.event).replace(/^\S+\s+/, "")}`
        : `${t.when}  ✎ ${t.claim.source.name}: "${flat(t.claim.content, 100)}"`,
    )
    .join("\n");
}

export function renderSources(list: SourceView[]): string {
  if (!list.length) return "no sources";
  return list
    .map((s) => {
      const cites = s.cites.map((c) => `${c.source.name} ×${c.count}`).join(", ");
      const citedBy = s.citedBy.map((c) => `${c.source.name} ×${c.count}`).join(", ");
      return `${s.source.name}: ${s.claims} claims${s.cited ? `, cited ${s.cited}×` : ""}${cites ? `\n    cites ${cites}` : ""}${citedBy ? `\n    cited by ${citedBy}` : ""}`;
    })
    .join("\n");
}

export function renderProfile(p: EntityProfile): string {
  const out = [
    `${p.name}  ${p.type}${p.country ? ` [${p.country}]` : ""}  ${p.mentions} mentions in ${p.documents} articles${p.firstSeen ? `, ${p.firstSeen}…${p.lastSeen}` : ""}`,
  ];
  if (p.aliases.length) out.push(`aliases: ${p.aliases.map((a) => `${a.text} ×${a.count}`).join(", ")}`);
  if (p.roles.length) out.push(`roles: ${p.roles.map((r) => r.role).join(", ")}`);
  if (p.claimsBy.length)
    out.push("", "Claims by", ...p.claimsBy.map((c) => `  ${renderClaim(c).replace(/\n/g, "\n  ")}`));
  if (p.claimsAbout.length)
    out.push("", "Claims about", ...p.claimsAbout.map((c) => `  ${renderClaim(c).replace(/\n/g, "\n  ")}`));
  if (p.events.length) out.push("", "Events", ...p.events.map((v) => `  ${renderEvent(v)}`));
  if (p.timeline.length)
    out.push(
      "",
      "Timeline",
      ...renderTimeline(p.timeline)
        .split("\n")
        .map((l) => `  ${l}`),
    );
  if (p.otherMatches.length)
    out.push("", `Also called that: ${p.otherMatches.map((e) => `${e.name} (${e.type})`).join(", ")}`);
  return out.join("\n");
}
