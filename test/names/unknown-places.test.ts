import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const PLACES = new Set(["GPE", "LOC"]);

test("'the village of X' types X a place even with a participle clause after it ('…, killing one man')", () => {
  const { entities } = read("A drone struck a car in the village of Vorbeck, killing one man, officials said.");
  assert.equal(entityWith(entities, "Vorbeck")?.type, "GPE");
});

test("an unknown word after 'in' and 'both from' is a place, not an organisation named twice ('a car in X', 'both from X')", () => {
  const { entities } = read(
    "The strike on a car in Zarqelo left two dead. The victims, a driver and his cousin, were both from Zarqelo.",
  );
  assert.equal(entityWith(entities, "Zarqelo")?.type, "GPE");
});

test("an apposition headed by a place noun types the name before it ('X, the archipelago's densely populated island,')", () => {
  const { entities } = read(
    "The electoral board for Mwalito, the archipelago's densely populated island, declared the winners. In the region of Mwalito turnout was low.",
  );
  assert.ok(PLACES.has(entityWith(entities, "Mwalito")?.type ?? ""));
});

test("a plural place description after two names types both ('X and Y, two locations on the border')", () => {
  const { entities } = read(
    "Jets crossed at Karvosh and Demrela, two locations on the eastern side of the border, but were repelled.",
  );
  assert.ok(PLACES.has(entityWith(entities, "Karvosh")?.type ?? ""), "Karvosh");
  assert.ok(PLACES.has(entityWith(entities, "Demrela")?.type ?? ""), "Demrela");
});

test("must not fire: a language after 'in', a name owning what 'in' governs, a person's surname after 'from'", () => {
  const { entities } = read(
    "He spoke in Pashto on Monday. The show renewed interest in Orvath's legacy. Lena Brandt said a call from Brandt came late.",
  );
  assert.ok(!PLACES.has(entityWith(entities, "Pashto")?.type ?? ""));
  assert.ok(!PLACES.has(entityWith(entities, "Orvath")?.type ?? ""));
  assert.equal(entityWith(entities, "Brandt")?.type, "PERSON");
});

test("a name before 'border region' or 'frontline town' is a place ('the Varsk border region')", () => {
  const { entities } = read("Troops dug in across the Varsk border region. Shelling hit the Dolny frontline town.");
  assert.ok(PLACES.has(entityWith(entities, "Varsk")?.type ?? ""), "Varsk");
  assert.ok(PLACES.has(entityWith(entities, "Dolny")?.type ?? ""), "Dolny");
});

test("a city the gazetteer knows is a place after a verb whose object is a place, and so are the cities listed with it", () => {
  const { entities } = read("Russian forces shelled Kramatorsk, Sloviansk and Izium overnight.");
  for (const city of ["Kramatorsk", "Sloviansk", "Izium"]) assert.equal(entityWith(entities, city)?.type, "GPE", city);
});

test("the Ukrainian spellings of cities the gazetteer keeps under another name are found ('Odesa', 'Mykolaiv')", () => {
  const { entities } = read("Drones hit Odesa and Mykolaiv overnight.");
  assert.equal(entityWith(entities, "Odesa")?.type, "GPE");
  assert.equal(entityWith(entities, "Mykolaiv")?.country, "UA");
});

test("an apposition headed by a place noun types the name before it across a distance ('X, a town 20 km (13 miles) north of Y')", () => {
  const { entities } = read("Rebels took Karvuno, a town 20 km (13 miles) north of the lake, on Friday.");
  assert.equal(entityWith(entities, "Karvuno")?.type, "GPE");
});

test("what lies in a direction from a name is a place ('20 km north of X'), a city of the gazetteer too", () => {
  const { entities } = read("Fighting raged 5 km north of Zarvenko on Friday.");
  assert.equal(entityWith(entities, "Zarvenko")?.type, "GPE");
  // A gazetteer city with no country named: "north of" is where a place stands.
  assert.equal(entityWith(read("Rebels camped 30 km north of Goma.").entities, "Goma")?.type, "GPE");
});
