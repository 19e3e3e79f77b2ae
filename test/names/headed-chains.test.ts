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
