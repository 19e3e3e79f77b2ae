import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("common words joined by 'and' or 'of' to a name ending on an organization's head are one organization", () => {
  const { entities } = read(
    "According to the Coastal Survey and Flood Mapping Project, the river rose. The Coordination of Neighbourhood Committees in Tarbes, a volunteer group, confirmed it. The group urged calm.",
  );
  const project = entityWith(entities, "Coastal Survey and Flood Mapping Project");
  assert.equal(project?.type, "ORG");
  const committees = entityWith(entities, "Coordination of Neighbourhood Committees");
  assert.equal(committees?.type, "ORG");
  assert.ok(texts(committees).includes("The group"));
  assert.equal(entityWith(entities, "Coastal Survey"), undefined);
  assert.equal(entityWith(entities, "Coordination"), undefined);
});

test("must not fire: names of their own joined by 'and' stay apart, and 'Ministry of Defence' stays whole", () => {
  const { entities } = read(
    "Russia and Ukraine traded blame. The Justice Department and Homeland Security Department agreed. The Ministry of Defence said so. Members of Neighbourhood Committees marched.",
  );
  assert.equal(entityWith(entities, "Russia")?.country, "RU");
  assert.equal(entityWith(entities, "Ukraine")?.country, "UA");
  assert.notEqual(entityWith(entities, "Justice Department"), undefined);
  assert.notEqual(entityWith(entities, "Homeland Security Department"), undefined);
  assert.equal(entityWith(entities, "Ministry of Defence")?.type, "ORG");
  assert.equal(entityWith(entities, "Members of Neighbourhood Committees"), undefined);
});

test("a name whose head takes 'for' or 'of' goes on past 'and' with common words ('the Union for Reform and Progress'); a name after 'and' stays apart", () => {
  const text =
    "Ana Vela of the Union for Reform and Progress spoke first. The Ministry of Water and Sanitation replied. The Union for Reform and Mr Kolb met.";
  const { entities } = read(text);
  assert.ok(entities.some((e) => e.type === "ORG" && e.name === "Union for Reform and Progress"));
  assert.ok(entities.some((e) => e.type === "ORG" && e.name === "Ministry of Water and Sanitation"));
  assert.ok(entities.some((e) => e.name === "Kolb" || e.name === "Mr Kolb"));
});

test("a lone head word before 'and' and a headed name is one name ('the Defence and Security Forces')", () => {
  const { entities } = read("A unit of the Defence and Security Forces was ambushed near Tassoli.");
  assert.equal(entityWith(entities, "Defence and Security Forces")?.type, "ORG");
  assert.equal(entityWith(entities, "Defence"), undefined);
});
