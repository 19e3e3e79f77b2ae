import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { eventVocabulary } from "../../src/events/vocabulary.js";

test("the event vocabulary loads, and every type has triggers and a valid CAMEO code or none", () => {
  const vocab = eventVocabulary();
  const file = JSON.parse(readFileSync(new URL("../../lexicon/events.json", import.meta.url), "utf8")) as {
    types: { type: string; cameo: string | null }[];
  };
  assert.equal(vocab.types.size, file.types.length, "type names are unique");
  const withTriggers = new Set<string>();
  for (const senses of vocab.senses.values()) for (const s of senses) withTriggers.add(s.type.type);
  for (const t of file.types) {
    assert.ok(withTriggers.has(t.type), `${t.type} has no trigger`);
    if (t.cameo !== null) assert.match(t.cameo, /^\d{2,4}$/, `${t.type}: CAMEO codes are 2 to 4 digits`);
  }
  for (const senses of vocab.senses.values()) {
    for (const s of senses) if (s.cameo !== null) assert.match(s.cameo, /^\d{2,4}$/);
  }
});

test("support verbs and roles name known slots and roles", () => {
  const vocab = eventVocabulary();
  const roles = new Set(["agent", "patient", "other"]);
  for (const type of vocab.types.values()) {
    for (const role of Object.values(type.roles)) assert.ok(roles.has(role), `${type.type}: role ${role}`);
    for (const overrides of type.support.values()) {
      for (const role of Object.values(overrides)) assert.ok(roles.has(role), `${type.type}: support role ${role}`);
    }
  }
});
