import type { TimelineItem } from "../store/contract.js";

/**
 * The timeline as a picture: one lane for what happened (events, by when they happen) and one lane per source for
 * what was said (claims, by when they were said), days along the bottom. Every mark carries its text as a tooltip
 * (<title>), so the picture opened in a browser reads like the terminal list. A self-contained SVG: no script, no
 * external fonts or styles.
 */

const LANES_SHOWN = 8;
const LEFT = 190;
const RIGHT = 30;
const TOP = 40;
const LANE_HEIGHT = 44;
const AXIS_HEIGHT = 46;
const MIN_WIDTH = 720;
const DAY_MIN_PX = 28;
const MARK_R = 5;
const COLOURS = { event: "#2563eb", positive: "#4b5563", negative: "#d97706" };

const DAY_MS = 86_400_000;

interface Mark {
  lane: number;
  day: number;
  colour: string;
  shape: "diamond" | "circle";
  title: string;
}

/** XML text: the five characters that would break it escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dayOf(when: string): number | null {
  const t = Date.parse(when.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** The sources with most claims get a lane each; the rest share one. */
function laneNames(items: readonly TimelineItem[]): { names: string[]; laneOf: (source: string) => number } {
  const counts = new Map<string, number>();
  for (const t of items)
    if (t.kind === "claim") counts.set(t.claim.source.name, (counts.get(t.claim.source.name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const own = ranked.slice(0, ranked.length > LANES_SHOWN ? LANES_SHOWN - 1 : LANES_SHOWN);
  const others = ranked.length > own.length;
  const names = ["what happened", ...own, ...(others ? ["other sources"] : [])];
  const index = new Map(own.map((name, i) => [name, i + 1]));
  return { names, laneOf: (source) => index.get(source) ?? own.length + 1 };
}

export function timelineSvg(items: readonly TimelineItem[], heading = "Timeline"): string {
  const { names, laneOf } = laneNames(items);
  const marks: Mark[] = [];
  for (const t of items) {
    const day = dayOf(t.when);
    if (day === null) continue;
    if (t.kind === "event") {
      const e = t.event;
      const where = e.location ? ` in ${e.location.name}` : "";
      const who = e.participants.map((p) => p.entity.name).join(", ");
      marks.push({
        lane: 0,
        day,
        colour: COLOURS.event,
        shape: "diamond",
        title: `${t.when} ${e.type}${where}${who ? ` (${who})` : ""}, ${e.reportCount} report${e.reportCount === 1 ? "" : "s"}`,
      });
    } else {
      const c = t.claim;
      marks.push({
        lane: laneOf(c.source.name),
        day,
        colour: c.polarity === "negative" ? COLOURS.negative : COLOURS.positive,
        shape: "circle",
        title: `${t.when} ${c.source.name}${c.polarity === "negative" ? " (denies)" : ""}: "${clip(c.content, 200)}"`,
      });
    }
  }
  const days = marks.map((m) => m.day);
  const first = days.length ? Math.min(...days) : 0;
  const last = days.length ? Math.max(...days) : 0;
  const span = last - first + 1;
  const width = Math.max(MIN_WIDTH, LEFT + RIGHT + span * DAY_MIN_PX);
  const plot = width - LEFT - RIGHT;
  const x = (day: number) => LEFT + ((day - first + 0.5) / span) * plot;
  const height = TOP + names.length * LANE_HEIGHT + AXIS_HEIGHT;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(heading)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="24" font-size="15" font-weight="bold">${escapeXml(heading)}</text>`,
  ];
  for (const [i, name] of names.entries()) {
    const y = TOP + i * LANE_HEIGHT;
    out.push(
      `<rect x="${LEFT}" y="${y}" width="${plot}" height="${LANE_HEIGHT}" fill="${i % 2 ? "#f9fafb" : "#f3f4f6"}"/>`,
      `<text class="lane" x="${LEFT - 8}" y="${y + LANE_HEIGHT / 2 + 4}" text-anchor="end">${escapeXml(clip(name, 28))}</text>`,
    );
  }
  // Day ticks: every day when few, else about a dozen.
  const step = Math.max(1, Math.ceil(span / 12));
  const axisY = TOP + names.length * LANE_HEIGHT;
  for (let d = first; d <= last; d += step) {
    out.push(
      `<line x1="${x(d)}" y1="${TOP}" x2="${x(d)}" y2="${axisY + 4}" stroke="#d1d5db"/>`,
      `<text class="tick" x="${x(d)}" y="${axisY + 18}" text-anchor="middle">${isoDay(d)}</text>`,
    );
  }
  // Marks of one lane and day stack sideways within the day, then wrap upwards.
  const pitch = MARK_R * 2 + 2;
  const perRow = Math.max(1, Math.floor(plot / span / pitch));
  const group = new Map<string, number>();
  for (const m of marks) group.set(`${m.lane}:${m.day}`, (group.get(`${m.lane}:${m.day}`) ?? 0) + 1);
  const placed = new Map<string, number>();
  for (const m of marks) {
    const key = `${m.lane}:${m.day}`;
    const n = placed.get(key) ?? 0;
    placed.set(key, n + 1);
    const cols = Math.min(perRow, group.get(key) ?? 1);
    const col = n % perRow;
    const row = Math.floor(n / perRow);
    const cx = x(m.day) + (col - (cols - 1) / 2) * pitch;
    const cy = TOP + m.lane * LANE_HEIGHT + LANE_HEIGHT - 10 - row * pitch;
    const title = `<title>${escapeXml(m.title)}</title>`;
    out.push(
      m.shape === "diamond"
        ? `<path class="mark event" d="M${cx} ${cy - MARK_R - 1}L${cx + MARK_R + 1} ${cy}L${cx} ${cy + MARK_R + 1}L${cx - MARK_R - 1} ${cy}Z" fill="${m.colour}">${title}</path>`
        : `<circle class="mark claim" cx="${cx}" cy="${cy}" r="${MARK_R}" fill="${m.colour}">${title}</circle>`,
    );
  }
  const legendY = height - 10;
  out.push(
    `<text x="${LEFT}" y="${legendY}" fill="${COLOURS.event}">◆ event</text>`,
    `<text x="${LEFT + 70}" y="${legendY}" fill="${COLOURS.positive}">● claim</text>`,
    `<text x="${LEFT + 140}" y="${legendY}" fill="${COLOURS.negative}">● denial</text>`,
    `<text x="${width - RIGHT}" y="${legendY}" text-anchor="end" fill="#6b7280">${marks.length} items${items.length > marks.length ? `, ${items.length - marks.length} undated` : ""}</text>`,
    "</svg>",
  );
  return `${out.join("\n")}\n`;
}
