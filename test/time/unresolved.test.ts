import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes } from "./run-times.js";

test("without a publication date, absolute times and durations are kept and times only the date could place become warnings", () => {
  const text = "The siege lasted 48 hours in March 2024 and ended on Sunday, officials said last week.";
  const { times, messages } = runTimes(text, null);
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ["48 hours", "PT48H"],
      ["March 2024", "2024-03"],
      ["Sunday", "XXXX-WXX-7"],
    ],
  );
  const warned = messages.filter((m) => m.rule === "unresolved-time");
  assert.deepEqual(
    warned.map((m) => text.slice(m.start ?? 0, m.end ?? 0)),
    ["last week"],
  );
  assert.ok(warned.every((m) => m.level === "warning"));
});

test("spans always slice the text", () => {
  const text = "Since mid-2022, the three-year-long war has cost more than $10bn, and on Oct. 3 talks begin.";
  for (const t of runTimes(text, "2025-07-01").times) assert.equal(text.slice(t.start, t.end), t.text);
});

test("soon is read from the clause alone, so it needs no publication date", () => {
  const { times, messages } = runTimes("The port will soon reopen, but it closed two days ago.", null);
  assert.deepEqual(
    times.map((t) => `${t.text}=${t.value}`),
    ["soon=FUTURE_REF"],
  );
  assert.equal(messages.length, 1);
  assert.match(messages[0]?.text ?? "", /two days ago/);
});

test("without a publication date, the parts of a time the text states are kept and the rest written as X", () => {
  const text =
    "The vote is set for Sept. 30. Talks began in April, stalled in the third quarter and resumed last summer; " +
    "the envoy arrives Tuesday at 3 p.m. for the 1998 accord's anniversary.";
  const { times, messages } = runTimes(text, null);
  assert.deepEqual(
    times.map((t) => `${t.text}=${t.value}`),
    [
      "Sept. 30=XXXX-09-30",
      "April=XXXX-04",
      "the third quarter=XXXX-Q3",
      "last summer=XXXX-SU",
      "Tuesday at 3 p.m.=XXXX-WXX-2T15:00",
      "1998=1998",
    ],
  );
  assert.deepEqual(messages, []);
});

test("without a publication date, a time that states no calendar part of its own is still a warning, not a guess", () => {
  const text = "Officials said yesterday that last year was the worst, and the vote came three weeks ago.";
  const { times, messages } = runTimes(text, null);
  assert.deepEqual(times, []);
  assert.deepEqual(
    messages.map((m) => text.slice(m.start ?? 0, m.end ?? 0)),
    ["yesterday", "last year", "three weeks ago"],
  );
});
