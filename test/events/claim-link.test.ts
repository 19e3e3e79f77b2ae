import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./fixture.js";

test("an event inside a claim's content points at the innermost claim", () => {
  const text = "The paper reported that police said 20 miners were arrested. Protesters marched in Lima.";
  const events = eventsOf(text, {
    entities: [{ id: "lima", type: "GPE", mentions: ["Lima"] }],
    claims: [
      { id: "c1", content: "police said 20 miners were arrested", cue: "reported", sourceText: "The paper" },
      { id: "c2", content: "20 miners were arrested", cue: ["said", 1], sourceText: "police" },
    ],
  });
  assert.equal(eventAt(events, "arrested")?.claim, "c2");
  assert.equal(eventAt(events, "marched")?.claim, null);
});

test("events get ids v1, v2 … in text order", () => {
  const events = eventsOf("Troops withdrew. Then rebels attacked. Later, police arrested six men.");
  assert.deepEqual(
    events.map((e) => e.id),
    events.map((_, i) => `v${i + 1}`),
  );
  assert.deepEqual(
    events.map((e) => e.type),
    ["WITHDRAW", "ATTACK", "ARREST"],
  );
  for (let i = 1; i < events.length; i++) {
    assert.ok((events[i]?.trigger.start ?? 0) > (events[i - 1]?.trigger.start ?? 0));
  }
});

test("every trigger span is the text it points at", () => {
  const text = "A drone strike hit Odesa; officials said 3 people died and 7 were wounded.";
  const events = eventsOf(text);
  assert.ok(events.length >= 3);
  for (const e of events) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});
