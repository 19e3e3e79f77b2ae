import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("the U.S. Geological Survey is one organization, its acronym the same one", () => {
  const text =
    "The quake had a magnitude of 6.1, the U.S. Geological Survey said. USGS scientists expect aftershocks for weeks.";
  const { entities } = read(text);
  const usgs = entityWith(entities, "U.S. Geological Survey");
  assert.equal(usgs?.type, "ORG");
  assert.ok(texts(usgs).includes("USGS"));
  assert.equal(entityWith(entities, "U.S."), undefined);
});
