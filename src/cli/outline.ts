import type { Analysis } from "../article/analysis.js";

/** The readable outline of one analysis, for a terminal. */
export function outline(a: Analysis): string {
  const out: string[] = [];
  const d = a.document;
  out.push(`${d.title ?? "(untitled)"}  ·  published ${d.published ?? "unknown"}${d.source ? `  ·  ${d.source}` : ""}`);
  if (d.url) out.push(d.url);
  out.push(`${d.id}  ·  ${d.text.length} characters`);
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push("", `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  section(
    "Times",
    a.times.map((t) => `${quote(t.text)} → ${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ""}  @${t.start}`),
  );
  section(
    "Quantities",
    a.quantities.map((q) => {
      const v =
        q.value != null
          ? `${q.approximate ? "≈" : ""}${q.value}`
          : `${q.min ?? "…"}–${q.max ?? "…"}`.replace("–…", "+");
      return `${quote(q.text)} → ${v}${q.unit ? ` ${q.unit}` : ""}  @${q.start}`;
    }),
  );
  section(
    "Entities",
    a.entities.map((e) => {
      const aliases = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
      return `${e.type.padEnd(6)} ${e.name}${e.country ? ` [${e.country}]` : ""}${aliases.length ? `  = ${aliases.join(", ")}` : ""}  ×${e.mentions.length}`;
    }),
  );
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  section(
    "Claims",
    a.claims.map((c) => {
      const src = c.source
        ? c.source.entity
          ? (names.get(c.source.entity) ?? c.source.text)
          : c.source.text
        : "(unattributed)";
      const via = c.via.length
        ? ` ← ${c.via.map((v) => (v.entity ? (names.get(v.entity) ?? v.text) : v.text)).join(" ← ")}`
        : "";
      const when = c.reportedAt ? `, ${c.reportedAt.value}` : "";
      return `${c.id} ${src}${via} [${c.cue.text}]: ${quote(c.content.text)} (${c.certainty}, ${c.polarity}${when})`;
    }),
  );
  section(
    "Events",
    a.events.map((v) => {
      const who = v.participants.map((p) => `${p.role}:${names.get(p.entity) ?? p.entity}`).join(" ");
      const where = v.location ? ` in ${names.get(v.location) ?? v.location}` : "";
      const count = v.count ? ` ×${v.count.approximate ? "≈" : ""}${v.count.value ?? v.count.min}` : "";
      return `${v.id} ${v.type} ${quote(v.trigger.text)}${count}${where}${v.time ? ` @ ${v.time.value}` : ""} ${who} (${v.factuality}${v.claim ? `, per ${v.claim}` : ""})`;
    }),
  );
  const claims = new Map(a.claims.map((c) => [c.id, c]));
  section(
    "Conflicts",
    a.conflicts.flatMap((k) => [
      `${k.kind}: ${k.note}`,
      ...k.claims.map((id) => {
        const c = claims.get(id);
        return `   ${id} ${c?.source?.text ?? "?"}: ${quote(c?.content.text ?? "")} (${c?.polarity})`;
      }),
    ]),
  );
  section(
    "Messages",
    a.messages.map((m) => `${m.level} ${m.rule}${m.start != null ? ` @${m.start}` : ""}: ${m.text}`),
  );
  return out.join("\n");
}

function quote(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return `"${flat.length > 100 ? `${flat.slice(0, 97)}…` : flat}"`;
}
