import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a demonym the country data also lists among the country's names is a nationality ('Togolese', 'Thai')", () => {
  const { entities } = read(
    "Togolese opposition leaders met on Monday. Thai troops crossed the river, and Bosnian officials said they would wait.",
  );
  for (const [word, code] of [
    ["Togolese", "TG"],
    ["Thai", "TH"],
    ["Bosnian", "BA"],
  ] as const) {
    const e = entityWith(entities, word);
    assert.ok(e, word);
    assert.notEqual(e.type, "OTHER", word);
    assert.equal(e.country, code, word);
  }
});

test("'the country' after a preposition is the state named last in its sentence, not only a subject ('at Ukraine …, the south of the country')", () => {
  const { entities } = read(
    "Russia launched 31 drones at Ukraine overnight, mostly targeting the south of the country, the military said.",
  );
  assert.ok(entityWith(entities, "Ukraine")?.mentions.some((m) => m.text === "the country"));
  assert.ok(!entityWith(entities, "Russia")?.mentions.some((m) => m.text === "the country"));
});

test("the demonyms news writes that the country data spells otherwise name their country ('Azeri', 'Kyrgyz', 'Tajik', 'Uzbek')", () => {
  const { entities } = read(
    "Three Azeri soldiers were wounded. Kyrgyz and Tajik troops clashed on the border, and Uzbek officials said the Kazakh delegation left.",
  );
  for (const [word, code] of [
    ["Azeri", "AZ"],
    ["Kyrgyz", "KG"],
    ["Tajik", "TJ"],
    ["Uzbek", "UZ"],
    ["Kazakh", "KZ"],
  ] as const) {
    const e = entityWith(entities, word);
    assert.ok(e, word);
    assert.notEqual(e.type, "OTHER", word);
    assert.equal(e.country, code, word);
  }
});
