import assert from "node:assert/strict";
import { test } from "node:test";
import { readTimeml } from "../../src/time/timeml-reader.js";
import { emptyTimexCounts, prf, sameValue, scoreTimexes } from "../../src/time/timex-score.js";

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09" functionInDocument="CREATION_TIME">2001-03-09</TIMEX3></DCT>
<TEXT>
Rain &amp; wind hit the coast <TIMEX3 tid="t1" type="DATE" value="2001-03-08">Thursday</TIMEX3>, <EVENT eid="e1">forcing</EVENT> a <TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">two-day</TIMEX3> closure.
</TEXT>
</TimeML>`;

test("a TimeML document reads to plain text with gold offsets and its DCT", () => {
  const doc = readTimeml("x", TML);
  assert.equal(doc.dct, "2001-03-09");
  assert.equal(doc.timexes.length, 2);
  for (const t of doc.timexes) assert.equal(doc.text.slice(t.start, t.end), t.text);
  assert.ok(doc.text.includes("Rain & wind"));
  assert.deepEqual(
    doc.timexes.map((t) => [t.text, t.type, t.value, t.mod]),
    [
      ["Thursday", "DATE", "2001-03-08", null],
      ["two-day", "DURATION", "P2D", "APPROX"],
    ],
  );
});

test("TempEval-3 counts: strict needs both ends, relaxed any overlap, value on relaxed matches", () => {
  const gold = readTimeml("x", TML).timexes;
  const [thursday, twoDay] = gold;
  assert.ok(thursday && twoDay);
  const counts = emptyTimexCounts();
  const got = [
    { ...thursday, value: "2001-03-08" },
    { ...twoDay, start: twoDay.start - 2, text: "a two-day", value: "P3D" },
    { start: 0, end: 4, text: "Rain", type: "DATE" as const, value: "X" },
  ];
  const { spurious } = scoreTimexes(gold, got, counts);
  assert.deepEqual(counts, { gold: 2, predicted: 3, strict: 1, relaxed: 2, value: 1, type: 2 });
  assert.equal(spurious.length, 1);
  assert.equal(prf(counts.value, counts.predicted, counts.gold).precision, 1 / 3);
});

test("a week written without its leading zero is the same value; other differences still count", () => {
  assert.equal(sameValue("2000-W7", "2000-W07"), true);
  assert.equal(sameValue("2000-W07-WE", "2000-W7-WE"), true);
  assert.equal(sameValue("2000-W17", "2000-W07"), false);
  assert.equal(sameValue("2000-W7", "2000-W70"), false);
  assert.equal(sameValue("2000-07", "2000-7"), false);
});
