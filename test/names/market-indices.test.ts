import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../entities/read.js";

// Stock market indices are things (OTHER), not the companies that compile them.
test("an index is a thing, also when its name runs over a possessive", () => {
  const { entities } = read(
    "The Dow Jones fell 2 percent while the FTSE 100 rose and the Standard & Poor's 500 slipped.",
  );
  const types = new Map(entities.map((e) => [e.mentions[0]?.text, e.type]));
  assert.equal(types.get("Dow Jones"), "OTHER");
  assert.equal(types.get("FTSE 100"), "OTHER");
  assert.equal(types.get("Standard & Poor's 500"), "OTHER");
  assert.ok(!entities.some((e) => e.type === "ORG"));
});

test("must not fire: a company whose name starts like an index stays a company", () => {
  const { entities } = read("Dow Chemical said profits rose.");
  assert.equal(entities[0]?.mentions[0]?.text, "Dow Chemical");
  assert.equal(entities[0]?.type, "ORG");
});
