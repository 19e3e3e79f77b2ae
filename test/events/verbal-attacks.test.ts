import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/pipeline/analyse.js";

function typesOf(text: string): string[] {
  const a = analyse({ text, published: "2024-10-01", title: null, url: null, source: null });
  return a.events.map((e) => e.type);
}

test("an attack on someone's record or remarks is criticism", () => {
  const types = typesOf("The senator peppered her rival with attacks on his voting record during the debate.");
  assert.ok(types.includes("CRITICIZE"), types.join(","));
  assert.ok(!types.includes("ATTACK"), types.join(","));
});

test("attacking an opponent as a fraud is criticism", () => {
  const types = typesOf("The governor attacked her opponent as a fraud in a speech in Ohio.");
  assert.ok(types.includes("CRITICIZE"), types.join(","));
  assert.ok(!types.includes("ATTACK"), types.join(","));
});

test("must not fire: an attack on a compound or a town stays an attack", () => {
  assert.ok(typesOf("Militants launched an attack on the embassy compound in the city on Tuesday.").includes("ATTACK"));
  assert.ok(typesOf("Rebels attacked the border town of Kessa overnight, killing four soldiers.").includes("ATTACK"));
});

test("a campaign of shelling is shelling: a cue word across 'of' heads its own phrase ('campaign attacks' stay verbal)", () => {
  assert.deepEqual(typesOf("The network said the atrocities were part of a systematic campaign of shelling."), [
    "ATTACK",
  ]);
  assert.deepEqual(typesOf("The senator faced campaign attacks from his rival."), ["CRITICIZE"]);
});
