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
