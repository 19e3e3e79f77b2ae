import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseBrat } from "../../src/eval/brat.js";
import { codePointToUtf16 } from "../../src/eval/code-points.js";
import {
  goldAttributions,
  listPolnearDocuments,
  readPolnearDocument,
  readPolnearMetadata,
} from "../../src/eval/polnear.js";

// An emoji (two UTF-16 units, one code point) before every span makes code points and UTF-16 differ.
const TEXT = '🚢 Harbour notes\n\nThe mayor said the ferry will sail in May. "It is safe," she added, "and cheap."\n';

/** brat counts code points: the offset of `needle` (nth occurrence) as brat would write it. */
function cp(needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  const start = Array.from(TEXT.slice(0, at)).length;
  return [start, start + Array.from(needle).length];
}

function ann(): string {
  const t = (id: string, type: string, needle: string) => `${id}\t${type} ${cp(needle).join(" ")}\t${needle}`;
  const [q1s, q1e] = cp('"It is safe,"');
  const [q2s, q2e] = cp('"and cheap."');
  return [
    t("T1", "Source", "The mayor"),
    t("T2", "Cue", "said"),
    t("T3", "Content", "the ferry will sail in May"),
    t("T4", "Attribution", "said"),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    t("T5", "Source", "she"),
    t("T6", "Cue", "added"),
    `T7\tContent ${q1s} ${q1e};${q2s} ${q2e}\t"It is safe," "and cheap."`,
    t("T8", "Attribution", "added"),
    "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
    "#1\tAnnotatorNotes T3\ta note that runs",
    "onto a second line the reader must skip",
    "",
  ].join("\n");
}

test("code-point offsets map to UTF-16 offsets past astral characters", () => {
  const toUtf16 = codePointToUtf16("a😀b€c");
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(toUtf16), [0, 1, 3, 4, 5, 6]);
  assert.equal(toUtf16(99), 6, "offsets past the end clamp to the length");
  const plain = codePointToUtf16("plain");
  assert.equal(plain(3), 3, "without astral characters nothing moves");
});

test("brat text-bound lines keep discontinuous fragments; notes and continuation lines are skipped", () => {
  const brat = parseBrat(ann());
  assert.equal(brat.textBounds.size, 8);
  assert.equal(brat.textBounds.get("T7")?.fragments.length, 2);
  assert.equal(brat.events.length, 2);
  assert.equal(brat.events[0]?.trigger, "T4");
  assert.deepEqual(
    brat.events[1]?.args.map((a) => a.role),
    ["Cue", "Source", "Content"],
  );
});

test("the PolNeAR reader picks the first annotation by name and gives UTF-16 spans into the whole text", () => {
  const root = mkdtempSync(join(tmpdir(), "polnear-fixture-"));
  try {
    mkdirSync(join(root, "dev", "text"), { recursive: true });
    mkdirSync(join(root, "dev", "attributions"), { recursive: true });
    writeFileSync(join(root, "dev", "text", "port_2020-05-01_ferry.txt"), TEXT);
    writeFileSync(join(root, "dev", "attributions", "port_2020-05-01_ferry_b2.ann"), "");
    writeFileSync(join(root, "dev", "attributions", "port_2020-05-01_ferry_a1.ann"), ann());
    writeFileSync(
      join(root, "metadata.tsv"),
      "compartment\tfilename\tpublisher\tpublication_date\ttitle\ndev\tport_2020-05-01_ferry\tport-news\t2020-05-01\tHarbour notes\n",
    );
    const docs = listPolnearDocuments(root, "dev");
    assert.equal(docs.length, 1);
    assert.equal(docs[0]?.annotator, "a1");
    assert.equal(docs[0]?.annotations, 2);
    const { article, gold } = readPolnearDocument(docs[0] as never, readPolnearMetadata(join(root, "metadata.tsv")));
    assert.equal(article.text, TEXT);
    assert.equal(article.published, "2020-05-01");
    assert.equal(gold.length, 2);
    const slice = (f: { start: number; end: number }) => TEXT.slice(f.start, f.end);
    const [first, second] = gold;
    assert.deepEqual(first?.source.map(slice), ["The mayor"]);
    assert.deepEqual(first?.cue.map(slice), ["said"]);
    assert.deepEqual(first?.content.map(slice), ["the ferry will sail in May"]);
    assert.deepEqual(second?.content.map(slice), ['"It is safe,"', '"and cheap."']);
    assert.deepEqual(second?.source.map(slice), ["she"]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("an event without a Cue argument uses its trigger; one without a source has an empty source", () => {
  const text = "Reportedly, the talks failed.";
  const ann =
    "T1\tAttribution 0 10\tReportedly\nT2\tContent 12 28\tthe talks failed\nE1\tAttribution-no-source:T1 Content:T2\n";
  const [only] = goldAttributions(ann, text);
  assert.deepEqual(only?.cue, [{ start: 0, end: 10 }]);
  assert.deepEqual(only?.source, []);
});
