import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, dayOf, gapDays, overlaps, timexRange, windowBefore } from "../../src/kb/time-range.js";

test("TIMEX3 values of every grain become the days they cover", () => {
  assert.deepEqual(timexRange("2025-07-01"), { start: "2025-07-01", end: "2025-07-01", days: 1 });
  assert.deepEqual(timexRange("2025-07-01T14:30"), { start: "2025-07-01", end: "2025-07-01", days: 1 });
  assert.deepEqual(timexRange("2024-02"), { start: "2024-02-01", end: "2024-02-29", days: 29 });
  assert.deepEqual(timexRange("2025-W26"), { start: "2025-06-23", end: "2025-06-29", days: 7 });
  assert.deepEqual(timexRange("2026-W01"), { start: "2025-12-29", end: "2026-01-04", days: 7 });
  assert.equal(timexRange("2024-Q4")?.start, "2024-10-01");
  assert.equal(timexRange("2024-Q4")?.end, "2024-12-31");
  assert.equal(timexRange("2025-H1")?.end, "2025-06-30");
  assert.equal(timexRange("2025-SU")?.start, "2025-06-01");
  assert.equal(timexRange("2024-WI")?.end, "2025-02-28");
  assert.equal(timexRange("2025")?.days, 365);
  assert.deepEqual(timexRange("199X"), { start: "1990-01-01", end: "1999-12-31", days: 3652 });
});

test("values that are not calendar positions have no range", () => {
  for (const v of ["PRESENT_REF", "P3Y", "XXXX-07-01", "2025-02-30", "2025-13", "", null, undefined])
    assert.equal(timexRange(v), null, String(v));
});

test("overlap, gaps, shifted days, and the window before a publication", () => {
  const a = timexRange("2025-03-09");
  const b = timexRange("2025-03-08");
  const w = timexRange("2025-W10");
  assert.ok(a && b && w);
  assert.equal(overlaps(a, b), false);
  assert.equal(gapDays(a, b), 1);
  assert.equal(overlaps(a, w), true);
  assert.equal(gapDays(a, w), 0);
  assert.equal(addDays("2025-03-01", -1), "2025-02-28");
  assert.deepEqual(windowBefore("2025-03-13", 14), { start: "2025-02-27", end: "2025-03-13", days: 15 });
  assert.equal(dayOf("2025-03-13T08:00:00Z"), "2025-03-13");
  assert.equal(dayOf("2025-03"), null);
  assert.equal(dayOf(null), null);
});
