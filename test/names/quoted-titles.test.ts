import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

const graded = (type: string) => ["PERSON", "ORG", "GPE", "LOC"].includes(type);

test("a title in quotation marks with every word capitalised is one work, not the names of its words", () => {
  const { entities } = read("The band played “Norwegian Harbour Blues (Part Two)” before Ingrid Solberg spoke.");
  assert.equal(entityWith(entities, "Norwegian Harbour Blues (Part Two)")?.type, "OTHER");
  assert.ok(!entities.some((e) => graded(e.type) && e.mentions.some((m) => /Harbour|Blues/.test(m.text))));
  assert.equal(entityWith(entities, "Ingrid Solberg")?.type, "PERSON");
});

test("must not fire: a quote holding one name stays that name", () => {
  const { entities } = read("Officials blamed “Velcor Shipping” for the spill, Ingrid Solberg said.");
  assert.equal(entityWith(entities, "Velcor Shipping")?.type, "ORG");
});

test("must not fire: a quoted sentence with lower-case words keeps its names", () => {
  const { entities } = read("“Tomas Vik met Ingrid Solberg in Oslo,” the paper wrote.");
  assert.equal(entityWith(entities, "Tomas Vik")?.type, "PERSON");
  assert.equal(entityWith(entities, "Oslo")?.type, "GPE");
});

test("a quoted title with the sentence's period or comma inside the marks is still one work ('“Fox and Friends.”')", () => {
  const { entities } = read(
    "She spoke on Fox News’s “Fox and Friends.” He went on “Face the Nation,” the Sunday show.",
  );
  const things = entities.filter((e) => e.type === "OTHER").map((e) => e.name);
  assert.deepEqual(things.sort(), ["Face the Nation", "Fox and Friends"]);
  assert.ok(!entities.some((e) => e.name === "Friends" || e.name === "Nation"));
});

test("must not fire: a period inside a quotation that does not close it ends no title there ('“We won. Voters Spoke.”')", () => {
  const { entities } = read("“We won. Voters Spoke.” Anna Lindqvist said.");
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.includes("won"))));
  assert.equal(entityWith(entities, "Anna Lindqvist")?.type, "PERSON");
});

test("a quoted name with an organization's head word is an organization ('\"People's Defense Forces\"')", () => {
  const { entities } = read(`The junta is battling dozens of new "People's Defense Forces" across the country.`);
  assert.equal(entityWith(entities, "People's Defense Forces")?.type, "ORG");
});
