import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a road's word and its number are one place's name", () => {
  const { entities } = read("Drivers were stuck on Interstate 80 overnight, and Highway 9 near County Road 12 closed.");
  for (const road of ["Interstate 80", "Highway 9", "County Road 12"])
    assert.equal(entityWith(entities, road)?.type, "LOC");
  assert.equal(entityWith(entities, "Interstate"), undefined);
});
