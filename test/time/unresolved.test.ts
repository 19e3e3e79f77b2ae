import assert from "node:assert/strict";
import { test } from "node:test";
import { runTimes } from "./run-times.js";

test("without a publication date, absolute times and durations are kept and relative ones become warnings", () => {
  const text = "The siege lasted 48 hours in March 2024 and ended on Sunday, officials said last week.";
  const { times, messages } = runTimes(text, null);
  assert.deepEqual(
    times.map((t) => [t.text, t.value]),
    [
      ["48 hours", "PT48H"],
      ["March 2024", "2024-03"],
    ],
  );
  const warned = messages.filter((m) => m.rule === "unresolved-time");
  assert.deepEqual(
    warned.map((m) => text.slice(m.start ?? 0, m.end ?? 0)),
    ["Sunday", "last week"],
  );
  assert.ok(warned.every((m) => m.level === "warning"));
});

test("spans always slice the text", () => {
  const text = "Since mid-2022, the three-year-long war has cost more than $10bn, and on Oct. 3 talks begin.";
  for (const t of runTimes(text, "2025-07-01").times) assert.equal(text.slice(t.start, t.end), t.text);
});

test("soon is read from the clause alone, so it needs no publication date", () => {
  const { times, messages } = runTimes("The port will soon reopen, but it closed on Monday.", null);
  assert.deepEqual(
    times.map((t) => `${t.text}=${t.value}`),
    ["soon=FUTURE_REF"],
  );
  assert.equal(messages.length, 1);
  assert.match(messages[0]?.text ?? "", /Monday/);
});
