import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeXml, timelineSvg } from "../../src/cli/timeline-svg.js";
import type { ClaimView, TimelineItem } from "../../src/store/contract.js";

function claim(id: number, source: string, content: string, polarity: "positive" | "negative"): ClaimView {
  return {
    id,
    content,
    source: { key: `t:${source}`, name: source, entity: null },
    polarity,
    said: null,
    firstSeen: null,
    lastSeen: null,
    reportCount: 1,
    reports: [],
    corroboratedBy: [],
  };
}

const items: TimelineItem[] = [
  { kind: "claim", when: "2025-05-01", time: null, claim: claim(1, "Ana <Lund> & Co", 'She said "no"', "negative") },
  {
    kind: "claim",
    when: "2025-05-03",
    time: null,
    claim: claim(2, "Ana <Lund> & Co", "The port reopened", "positive"),
  },
  { kind: "claim", when: "not a date", time: null, claim: claim(3, "Bo Dahl", "Undated", "positive") },
];

test("names and quotes are escaped so the picture stays well-formed XML", () => {
  const svg = timelineSvg(items, "Port <story>");
  assert.ok(!svg.includes("<Lund>") && !svg.includes("& Co") && !svg.includes("<story>"));
  assert.ok(svg.includes(escapeXml("Ana <Lund> & Co")));
  assert.equal(escapeXml(`<a href="x">&'`), "&#60;a href=&#34;x&#34;&#62;&#38;&#39;");
});

test("a denial is drawn in its own colour, undated items are counted but not drawn", () => {
  const svg = timelineSvg(items);
  assert.equal((svg.match(/class="mark claim"/g) ?? []).length, 2);
  assert.match(svg, /#d97706"><title>2025-05-01/);
  assert.match(svg, /2 items, 1 undated/);
  assert.match(svg, />2025-05-01</);
  assert.match(svg, />2025-05-03</);
});
