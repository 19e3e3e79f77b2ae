import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const typeOf = (text: string, name: string) => entityWith(read(text).entities, name)?.type;

test("a name before a two-word place descriptor is a place ('the Kassab displacement camp', 'the Mirat air base')", () => {
  assert.equal(typeOf("Shells hit the Kassab displacement camp near the city.", "Kassab"), "LOC");
  assert.equal(typeOf("Drones struck the Mirat air base overnight.", "Mirat"), "LOC");
  assert.equal(typeOf("Trucks waited at the Kelbo border crossing for days.", "Kelbo"), "LOC");
});

test("what a place or facility lies in is a place ('the rebel base in Mbiri')", () => {
  assert.equal(typeOf("Troops fired on the rebel base in Mbiri. Mbiri is under rebel control.", "Mbiri"), "GPE");
  assert.equal(typeOf("Shells hit camps near Tawro on Monday.", "Tawro"), "GPE");
});

test("must not fire: a loose place word alone after a name types nothing ('the Rowan base')", () => {
  assert.notEqual(typeOf("Jane Rowan spoke on Monday, and the Rowan base cheered.", "Rowan"), "LOC");
});

test("a city written by its English name and by the gazetteer's is one place ('Kiev', 'Kyiv', 'the Ukrainian capital')", () => {
  const { entities } = read(
    "The minister arrived in Kiev on Thursday. An air raid alert sounded in the Ukrainian capital. Later he left Kyiv.",
  );
  const kyiv = entities.filter((e) => e.mentions.some((m) => /Kiev|Kyiv|capital/.test(m.text)));
  assert.equal(kyiv.length, 1);
  assert.deepEqual(
    kyiv[0]?.mentions.map((m) => m.text),
    ["Kiev", "the Ukrainian capital", "Kyiv"],
  );
});

test("a city named by a word a word list also holds is a place mid-sentence ('Israel attacked Gaza'), its country named", () => {
  const { entities } = read("Hamas said Israel attacked Gaza on Monday.");
  assert.equal(entityWith(entities, "Gaza")?.type, "GPE");
});
