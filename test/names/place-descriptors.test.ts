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

test("a place noun after a name ending on a law's or an event's word types it a place ('Pang Vow Law village')", () => {
  assert.equal(typeOf("Later the junta bombed nearby Pang Law village.", "Pang Law"), "GPE");
  // Without the place noun the law stays a law.
  assert.equal(typeOf("The Pang Law passed last year.", "Pang Law"), "OTHER");
});

test("a word written with a place noun after it is that place, not the body named after it ('X township', 'X Hospital')", () => {
  for (const text of [
    "Jets bombed a village in Kyaukmo township. Four were sent to Kyaukmo Hospital.",
    "Four were sent to Kyaukmo Hospital. Jets bombed a village in Kyaukmo township.",
  ]) {
    const { entities } = read(text);
    assert.equal(entityWith(entities, "Kyaukmo")?.type, "GPE", text);
    assert.notEqual(entityWith(entities, "Kyaukmo"), entityWith(entities, "Kyaukmo Hospital"), text);
  }
});

test("a name between 'the', an adjective, and a landmark noun is a place ('the ancient Wat Lom temple', 'the Orvel dam')", () => {
  assert.equal(typeOf("Jets dropped bombs near the ancient Wat Lom temple on Thursday.", "Wat Lom"), "LOC");
  assert.equal(typeOf("Fighting began close to the disputed Ta Kham temple.", "Ta Kham"), "LOC");
  assert.equal(typeOf("Engineers inspected the Orvel dam after the strike.", "Orvel"), "LOC");
});
