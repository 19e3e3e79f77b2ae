import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { Analysis } from "../../src/article/analysis.js";
import type { ConflictView } from "../../src/store/contract.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { AnalysisBuilder, type QuantitySpec, withFigures } from "../kb/figure-fixture.js";

/*
 * Figures compared across articles at write time: two sources, one vessel, figures of one thing. Each text is a
 * short invented report; the vessel is named in the lead, the figure sentence only says "the ship".
 */

const dir = mkdtempSync(join(tmpdir(), "dossier-figures-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function conflictsOf(analyses: readonly Analysis[]): Promise<ConflictView[]> {
  const store = SqliteStore.open(join(dir, `f${n++}.db`));
  try {
    for (const a of analyses) await store.addAnalyses([a]);
    return await store.conflicts({ limit: 50 });
  } finally {
    await store.close();
  }
}

/** A report: the vessel named in the lead, then `speaker said <figure clause>.` */
function report(
  outlet: string,
  day: string,
  speaker: string,
  clause: string,
  quantity: QuantitySpec,
  extra = "",
): Analysis {
  const text = `The freighter Polar Wind was held off Tromsø on Monday.${extra}\n\n${speaker} said ${clause}.`;
  const b = new AnalysisBuilder(text, { published: day, source: outlet })
    .entity("ship", "OTHER", "Polar Wind", ["Polar Wind"])
    .entity("who", "PERSON", speaker, [speaker])
    .claim("c1", { content: clause, cue: ["said", 1], source: "who" });
  return withFigures(b, [quantity]);
}

test("two sources giving different crew figures for one ship conflict, across articles, whatever they call the crew", async () => {
  const conflicts = await conflictsOf([
    report("Fjord Daily", "2024-05-02", "Anna Berg", "the ship had 23 crew members on board", {
      at: "23",
      value: 23,
      unit: "members",
    }),
    report("Harbour Times", "2024-05-03", "Lars Holm", "the ship had 19 crew on board", {
      at: "19",
      value: 19,
      unit: "crew",
    }),
  ]);
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts.map((c) => c.note)));
  const [c] = conflicts as [ConflictView];
  assert.equal(c.kind, "quantity");
  assert.equal(c.sides.length, 2);
  const sources = c.sides.map((side) => side[0]?.source).sort();
  assert.deepEqual(sources, ["Anna Berg", "Lars Holm"]);
  assert.notEqual(c.sides[0]?.[0]?.article.id, c.sides[1]?.[0]?.article.id);
  assert.match(c.note, /23 crew members.*19 crew|19 crew.*23 crew members/);
});

test("a third source agreeing with one figure joins its side", async () => {
  const conflicts = await conflictsOf([
    report("Fjord Daily", "2024-05-02", "Anna Berg", "the ship had 23 crew members on board", {
      at: "23",
      value: 23,
      unit: "members",
    }),
    report("Harbour Times", "2024-05-03", "Lars Holm", "the ship had 19 crew on board", {
      at: "19",
      value: 19,
      unit: "crew",
    }),
    report("Coast Wire", "2024-05-04", "Eva Lund", "the ship had 23 crew on board", {
      at: "23",
      value: 23,
      unit: "crew",
    }),
  ]);
  assert.equal(conflicts.length, 1);
  const sizes = (conflicts[0] as ConflictView).sides.map((s) => s.length).sort();
  assert.deepEqual(sizes, [1, 2]);
});

test("approximate distances a tenth apart conflict; two that agree within their rounding do not", async () => {
  const hundred = report("Fjord Daily", "2024-05-02", "Anna Berg", "the ship dragged its anchor about 100 kilometres", {
    at: "about 100",
    value: 100,
    approximate: true,
    unit: "kilometres",
  });
  const ninety = report("Harbour Times", "2024-05-03", "Lars Holm", "the anchor drag ran roughly 90 kilometres", {
    at: "roughly 90",
    value: 90,
    approximate: true,
    unit: "kilometres",
  });
  const ninetyEight = report("Harbour Times", "2024-05-03", "Lars Holm", "the anchor drag ran about 98 kilometres", {
    at: "about 98",
    value: 98,
    approximate: true,
    unit: "kilometres",
  });
  assert.equal((await conflictsOf([hundred, ninety])).length, 1);
  assert.deepEqual(await conflictsOf([hundred, ninetyEight]), []);
});

test("figures of different things, figures months apart, and one source's figures do not conflict", async () => {
  const crew = report("Fjord Daily", "2024-05-02", "Anna Berg", "the ship had 23 crew members on board", {
    at: "23",
    value: 23,
    unit: "members",
  });
  const ships = report("Harbour Times", "2024-05-03", "Lars Holm", "the ship had 19 ships in its convoy on board", {
    at: "19",
    value: 19,
    unit: "ships",
  });
  assert.deepEqual(await conflictsOf([crew, ships]), []);
  const later = report("Harbour Times", "2024-07-20", "Lars Holm", "the ship had 19 crew on board", {
    at: "19",
    value: 19,
    unit: "crew",
  });
  assert.deepEqual(await conflictsOf([crew, later]), []);
  const same = report("Harbour Times", "2024-05-03", "Anna Berg", "the ship had 19 crew on board", {
    at: "19",
    value: 19,
    unit: "crew",
  });
  assert.deepEqual(await conflictsOf([crew, same]), []);
});

test("a source denying involvement conflicts with another saying it was behind the same happening", async () => {
  const denyText = "The Danish defence ministry denied any involvement in the sabotage of the Lindholm pipeline.";
  const deny = new AnalysisBuilder(denyText, { published: "2024-05-02", source: "Fjord Daily" })
    .entity("mod", "ORG", "Danish defence ministry", ["Danish defence ministry"], { country: "DK" })
    .entity("pipe", "OTHER", "Lindholm", ["Lindholm"])
    .claim("c1", {
      content: "any involvement in the sabotage of the Lindholm pipeline",
      cue: "denied",
      source: "mod",
      polarity: "negative",
    })
    .build();
  const assertText = "Police said Danish agents were behind the sabotage of the Lindholm pipeline.";
  const assertion = new AnalysisBuilder(assertText, { published: "2024-05-03", source: "Harbour Times" })
    .entity("police", "ORG", "Police", ["Police"])
    .entity("pipe", "OTHER", "Lindholm", ["Lindholm"])
    .claim("c1", {
      content: "Danish agents were behind the sabotage of the Lindholm pipeline",
      cue: "said",
      source: "police",
    })
    .build();
  const conflicts = await conflictsOf([deny, assertion]);
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "polarity");
  const repairText = "Engineers said the sabotage of the Lindholm pipeline would take weeks to repair.";
  const repair = new AnalysisBuilder(repairText, { published: "2024-05-03", source: "Harbour Times" })
    .entity("eng", "ORG", "Engineers", ["Engineers"])
    .entity("pipe", "OTHER", "Lindholm", ["Lindholm"])
    .claim("c1", {
      content: "the sabotage of the Lindholm pipeline would take weeks to repair",
      cue: "said",
      source: "eng",
    })
    .build();
  assert.deepEqual(await conflictsOf([deny, repair]), []);
});
