import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a name two countries share joins the one the article names unambiguously ('Democratic Republic of Congo … Congo')", () => {
  const { entities } = read(
    "Troops of the Democratic Republic of Congo retook the airport. Congo said the Congolese army lost nine soldiers.",
  );
  const drc = entityWith(entities, "Democratic Republic of Congo");
  assert.equal(drc?.country, "CD");
  assert.equal(entityWith(entities, "Congo"), drc);
  assert.equal(entityWith(entities, "Congolese")?.country, "CD");
  assert.ok(!entities.some((e) => e.country === "CG"));
});

test("a capital or a city of one of the countries settles a shared name too ('Kinshasa', 'Bukavu … eastern Congo')", () => {
  assert.equal(entityWith(read("Officials in Kinshasa said Congo would respond.").entities, "Congo")?.country, "CD");
  assert.equal(
    entityWith(read("Shelling near Bukavu killed six people in eastern Congo on Friday.").entities, "Congo")?.country,
    "CD",
  );
});

test("must not fire: a shared name keeps its usual reading without a mention that settles it, or after the other country's", () => {
  assert.equal(entityWith(read("Voters in Congo went to the polls on Sunday.").entities, "Congo")?.country, "CG");
  const { entities } = read("Officials in Brazzaville said Congo would send Congolese doctors.");
  assert.equal(entityWith(entities, "Congo")?.country, "CG");
  assert.equal(entityWith(entities, "Congolese")?.country, "CG");
});
