import assert from "node:assert/strict";
import { test } from "node:test";
import {
  comparableFigures,
  type FigureFacts,
  figureConflict,
  figuresDisagree,
  sameCounted,
} from "../../src/kb/conflict-rules.js";

/** A figure: "23", "about 100", ">=20" (at least), ">3000" (more than), "<=10" (up to). */
function fig(written: string, counted = "crew member", context = "board ship"): FigureFacts {
  const list = (s: string) => (s === "" ? [] : s.split(" "));
  const base = { counted: list(counted), context: list(context), types: [], times: [], approximate: false };
  const about = /^about (\d+)$/.exec(written);
  if (about) {
    const v = Number(about[1]);
    return { ...base, value: v, lo: v, hi: v, loOpen: false, hiOpen: false, approximate: true };
  }
  const bound = /^(>=|>|<=)(\d+)$/.exec(written);
  if (bound) {
    const v = Number(bound[2]);
    const lower = bound[1] !== "<=";
    return {
      ...base,
      value: null,
      lo: lower ? v : null,
      hi: lower ? null : v,
      loOpen: bound[1] === ">",
      hiOpen: false,
    };
  }
  const v = Number(written);
  return { ...base, value: v, lo: v, hi: v, loOpen: false, hiOpen: false };
}

test("exact counts disagree when different, and agree when equal", () => {
  assert.equal(figuresDisagree(fig("23"), fig("19")), true);
  assert.equal(figuresDisagree(fig("23"), fig("23")), false);
});

test("approximate figures disagree only beyond a tenth of the smaller", () => {
  assert.equal(figuresDisagree(fig("about 100"), fig("about 90")), true, "100 against 90 is 11% of 90");
  assert.equal(figuresDisagree(fig("about 100"), fig("about 98")), false);
  assert.equal(figuresDisagree(fig("about 400"), fig("430")), false);
  assert.equal(figuresDisagree(fig("about 400"), fig("500")), true);
});

test("a figure outside another's bound disagrees with it; one inside does not", () => {
  assert.equal(figuresDisagree(fig(">=20"), fig("19")), true, "at least 20 against 19");
  assert.equal(figuresDisagree(fig("19"), fig(">=20")), true);
  assert.equal(figuresDisagree(fig(">=20"), fig("23")), false);
  assert.equal(figuresDisagree(fig(">3000"), fig("3000")), true, "more than 3,000 excludes 3,000");
  assert.equal(figuresDisagree(fig("<=10"), fig(">=20")), true, "up to 10 against at least 20");
  assert.equal(figuresDisagree(fig("<=30"), fig(">=20")), false);
  assert.equal(figuresDisagree(fig(">=20"), fig("about 19")), false, "about 19 may be 20");
});

test("figures count the same thing when one's counted words are all in the other's", () => {
  assert.equal(sameCounted(["crew"], ["crew", "member"]), true);
  assert.equal(sameCounted(["crew", "member"], ["family", "member"]), false);
  assert.equal(sameCounted(["crew"], ["ship"]), false);
  assert.equal(sameCounted([], ["ship"]), false);
});

test("figures of different things, counts of different events, or of different days are not compared", () => {
  assert.equal(comparableFigures(fig("23"), fig("19", "crew")), true, "crew members ~ crew");
  assert.equal(comparableFigures(fig("23"), fig("19", "ship")), false, "23 crew against 19 ships");
  assert.equal(comparableFigures(fig("23", "job", "cut"), fig("19", "job", "employ")), false, "no clause word shared");
  assert.equal(
    comparableFigures(fig("23", "job", ""), fig("19", "job", "employ")),
    false,
    "a bare figure says too little",
  );
  const killed = { ...fig("4", "person", "rafah"), types: ["KILL"] };
  const hurt = { ...fig("30", "person", "rafah"), types: ["WOUND"] };
  assert.equal(comparableFigures(killed, hurt), false);
  const monday = { ...fig("4", "person", "rafah"), times: ["2025-06-30"] };
  const tuesday = { ...fig("30", "person", "rafah"), times: ["2025-07-01"] };
  assert.equal(comparableFigures(monday, tuesday), false);
  assert.equal(comparableFigures(monday, { ...tuesday, times: ["2025-06"] }), true, "a month holds the Monday");
});

test("two sources with figures of one thing that cannot both hold conflict; one source or a denial does not", () => {
  const a = { sourceKey: "e:1", polarity: "positive" as const, figure: fig("23") };
  const b = { sourceKey: "e:2", polarity: "positive" as const, figure: fig("19", "crew", "ship carry") };
  assert.equal(figureConflict(a, b), true);
  assert.equal(figureConflict(a, { ...b, sourceKey: "e:1" }), false);
  assert.equal(figureConflict(a, { ...b, polarity: "negative" }), false);
  assert.equal(figureConflict(a, { ...b, figure: fig("about 100", "kilometr", "drag") }), false);
  assert.equal(
    figureConflict(
      { ...a, figure: fig("about 100", "kilometr", "drag anchor") },
      { ...b, figure: fig("about 98", "kilometr", "drag mark") },
    ),
    false,
    "about 100 and about 98 agree",
  );
  assert.equal(figureConflict(a, { ...b, figure: fig("23", "ship") }), false, "23 crew against 23 ships");
  assert.equal(figureConflict(a, { ...b, figure: fig("19", "ship") }), false, "23 crew against 19 ships");
});
