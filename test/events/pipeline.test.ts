import assert from "node:assert/strict";
import { test } from "node:test";
import { pipeline } from "../../src/pipeline/stages.js";

function run(text: string) {
  const doc = pipeline.run({ text, published: "2025-07-01", title: null, url: null, source: null });
  return doc.events ?? [];
}

test("the events stage runs in the pipeline and finds typed triggers with factuality", () => {
  const events = run(
    "Greek coast guards seized a tanker near Crete on Monday. The ship's owner did not attack anyone. " +
      "The navy will send two frigates to the area, officials said.",
  );
  const seen = events.map((e) => `${e.type}:${e.trigger.text}:${e.factuality}`);
  assert.ok(seen.includes("SEIZE:seized:asserted"), seen.join(" "));
  assert.ok(seen.includes("ATTACK:attack:negated"), seen.join(" "));
  assert.ok(seen.includes("DEPLOY:send:future"), seen.join(" "));
});

test("an election story yields election events and a resignation", () => {
  const events = run(
    "Voters in Romania go to the polls on Sunday in a presidential election. The prime minister resigned last month after the first round was annulled.",
  );
  const types = events.map((e) => e.type);
  assert.ok(types.includes("ELECT"), types.join(" "));
  assert.ok(types.includes("RESIGN"), types.join(" "));
});

test("a merger story yields a takeover and job cuts, and no event from a 'killer app'", () => {
  const events = run(
    "Helix Pharma agreed a 4 billion dollar merger with Corvid Labs. Helix plans to cut 500 jobs. Analysts called its new tool a killer app.",
  );
  const seen = events.map((e) => `${e.type}:${e.trigger.text}`);
  assert.ok(seen.includes("MERGE:merger"), seen.join(" "));
  assert.ok(seen.includes("LAYOFF:cut"), seen.join(" "));
  assert.ok(!events.some((e) => e.type === "KILL"), seen.join(" "));
});

test("every event is well formed", () => {
  const text =
    "Thousands protested in Tbilisi on Saturday. Police detained 40 people, the interior ministry said. No one was injured.";
  const events = run(text);
  assert.ok(events.length >= 3);
  for (const e of events) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.match(e.id, /^v\d+$/);
    if (e.cameo !== undefined) assert.match(e.cameo, /^\d{2,4}$/);
  }
  assert.equal(events.find((e) => e.trigger.text === "injured")?.factuality, "negated");
});
