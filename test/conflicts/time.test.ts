import assert from "node:assert/strict";
import { test } from "node:test";
import { dayRange, mayOverlap } from "../../src/conflicts/time-range.js";
import { analyse } from "../../src/pipeline/analyse.js";
import { conflictsOf } from "./fixture.js";

test("two sources dating one event to different days conflict", () => {
  const text =
    "The agency said Russia and Belarus signed the pact in Minsk on Friday. " +
    "State media said Russia and Belarus signed the pact in Minsk on Thursday.";
  const { conflicts } = conflictsOf(text, {
    entities: [
      {
        id: "ru",
        type: "GPE",
        mentions: [
          ["Russia", 1],
          ["Russia", 2],
        ],
      },
      {
        id: "by",
        type: "GPE",
        mentions: [
          ["Belarus", 1],
          ["Belarus", 2],
        ],
      },
      {
        id: "minsk",
        type: "GPE",
        mentions: [
          ["Minsk", 1],
          ["Minsk", 2],
        ],
      },
    ],
    times: [
      { at: "on Friday", value: "2025-06-27" },
      { at: "on Thursday", value: "2025-06-26" },
    ],
    claims: [
      {
        id: "c1",
        content: "Russia and Belarus signed the pact in Minsk on Friday",
        cue: ["said", 1],
        sourceText: "The agency",
      },
      {
        id: "c2",
        content: "Russia and Belarus signed the pact in Minsk on Thursday",
        cue: ["said", 2],
        sourceText: "State media",
      },
    ],
  });
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]?.kind, "time");
  assert.match(conflicts[0]?.note ?? "", /2025-06-27.*2025-06-26/);
});

test("a day inside a stated month or week is no disagreement", () => {
  assert.equal(mayOverlap("2025-06-27", "2025-06"), true);
  assert.equal(mayOverlap("2025-06-27", "2025-W26"), true);
  assert.equal(mayOverlap("2025-06-27", "2025-W27"), false);
  assert.equal(mayOverlap("2025-06-27", "2025-SU"), true);
  assert.equal(mayOverlap("2024-Q4", "2024-11-02"), true);
  assert.equal(mayOverlap("PRESENT_REF", "2024-11-02"), true);
});

test("ISO weeks start on Monday", () => {
  const w = dayRange("2025-W26");
  assert.ok(w);
  assert.equal(new Date(w.from * 86_400_000).toISOString().slice(0, 10), "2025-06-23");
  assert.equal(w.to - w.from, 7);
});

test("must not fire: two killings whose victims only belong to the same group ('killed a Hezbollah commander late Tuesday' against 'a Hezbollah commander killed in January')", () => {
  const analysis = analyse({
    text: "An Israeli strike on the village of Kafra in southern Lebanon late Tuesday killed a field commander of Hezbollah and two fighters for the armed group, two security sources said. The sources, who asked not to be named, said the commander ranked above Sami Haddad, a Hezbollah commander killed in an Israeli strike in January.",
    published: "2024-06-12",
    title: null,
    url: null,
    source: null,
  });
  assert.deepEqual(
    analysis.conflicts.filter((k) => k.kind === "time"),
    [],
  );
});
