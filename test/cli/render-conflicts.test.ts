import assert from "node:assert/strict";
import { test } from "node:test";
import { renderConflicts } from "../../src/cli/render.js";
import type { ConflictEvidence, ConflictView } from "../../src/store/contract.js";

const side = (article: string, source: string, content: string): ConflictEvidence => ({
  claim: `${article}#c1`,
  event: null,
  content,
  span: { start: 0, end: content.length, text: content },
  source,
  sourceEntity: null,
  article: { id: article, title: null, source: null, url: null, published: "2025-05-09" },
  reportedAt: "2025-05-09",
  polarity: null,
  count: null,
});

const conflict = (a: string, b: string): ConflictView => ({
  id: 1,
  kind: "polarity",
  origin: "kb",
  note: "Norway denies what Sweden asserts",
  firstSeen: "2025-05-09",
  lastSeen: "2025-05-09",
  claims: [`${a}#c1`, `${b}#c1`],
  sides: [[side(a, "Sweden", "the ferry sank")], [side(b, "Norway", "the ferry sank")]],
  evidenceCounts: [1, 1],
});

test("a knowledge-base conflict is labelled 'across articles' only when its sides come from different articles", () => {
  assert.match(renderConflicts([conflict("doc-a", "doc-b")]), /^POLARITY conflict across articles: /);
  assert.match(renderConflicts([conflict("doc-a", "doc-a")]), /^POLARITY conflict: /);
});
