import assert from "node:assert/strict";
import { test } from "node:test";
import { quantityNamed } from "./run-stage.js";

test("the counted noun is the head of the phrase, past adjectives and proper-noun modifiers", () => {
  const q = quantityNamed("Around 400 Nepalese Gurkha soldiers graduated.", "Around 400");
  assert.equal(q.unit, "soldiers");
  assert.equal(q.unitSpan?.text, "soldiers");
  assert.equal(quantityNamed("The yard built 12 heavy cargo ships.", "12").unit, "ships");
  assert.equal(quantityNamed("Police detained 40 heavily armed men.", "40").unit, "men");
});

test("a plural noun wink tags as a verb is still the counted noun", () => {
  assert.equal(quantityNamed("Around 400 Nepalese recruits graduated.", "Around 400").unit, "recruits");
});

test("the noun after a number stops at a plural, before 'of' and what follows", () => {
  assert.equal(quantityNamed("Tankers carried 3 million barrels of crude.", "3 million").unit, "barrels");
});

test("'the two countries' counts countries", () => {
  const q = quantityNamed("The two countries signed a treaty.", "two");
  assert.deepEqual([q.value, q.unit], [2, "countries"]);
});

test("a partitive skips the determiner and an owner", () => {
  assert.equal(quantityNamed("Hundreds of the union's members voted.", "Hundreds").unit, "members");
  assert.equal(quantityNamed("Three of the stolen paintings were found.", "Three").unit, "paintings");
});

test("the unit keeps the text's spelling, lower-cased, with hyphenated compounds whole", () => {
  assert.equal(quantityNamed("The barge took 300 Tonnes of sand.", "300").unit, "tonnes");
  assert.equal(quantityNamed("The 20 first-graders sang.", "20").unit, "first-graders");
});

test("a plural proper noun can be the unit", () => {
  assert.equal(quantityNamed("About 200 Estonians applied.", "About 200").unit, "estonians");
});

test("a number followed by a verb counts nothing it can name", () => {
  assert.equal(quantityNamed("About 30 were hurt.", "About 30").unit, null);
});

test("quotation marks around the counted noun leave it counted ('seven “mercenaries”', 'two Tarvic \"commanders\"')", () => {
  assert.equal(
    quantityNamed("Police said they had detained seven “mercenaries” at the port.", "seven").unit,
    "mercenaries",
  );
  assert.equal(quantityNamed('Among the dead were two Tarvic "commanders," officials said.', "two").unit, "commanders");
});

test("a plural without '-s' before another plural is its modifier ('200 police officers' counts officers)", () => {
  assert.equal(quantityNamed("Another 200 police officers arrived on Tuesday.", "200").unit, "officers");
  assert.equal(quantityNamed("About 500 police guarded the square.", "About 500").unit, "police");
});

test("must not fire: a quoted name after a number is no counted noun ('dozens of new “Vale Defence Units”')", () => {
  assert.equal(quantityNamed("The army fights dozens of new “Vale Defence Units” in the hills.", "dozens").unit, null);
});

test("a singular noun right after the number modifies the plural the tagger took for a verb ('300 boat rescues')", () => {
  assert.equal(quantityNamed("Volunteers carried out 300 boat rescues on Sunday.", "300").unit, "rescues");
});
