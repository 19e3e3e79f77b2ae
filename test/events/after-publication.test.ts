import assert from "node:assert/strict";
import { test } from "node:test";
import { startsAfter } from "../../src/events/after-publication.js";

const published = new Date(Date.UTC(2016, 3, 6));

test("a calendar value starting after the publication day is later; the day itself and earlier ones are not", () => {
  assert.equal(startsAfter("2016-06", published), true);
  assert.equal(startsAfter("2016-04-07", published), true);
  assert.equal(startsAfter("2016-04-07TEV", published), true);
  assert.equal(startsAfter("2016-W15", published), true);
  assert.equal(startsAfter("2017", published), true);
  assert.equal(startsAfter("2016-04-06", published), false);
  assert.equal(startsAfter("2016-04", published), false);
  assert.equal(startsAfter("2016-W14", published), false);
  assert.equal(startsAfter("2016", published), false);
});

test("durations, sets and references say nothing of when ('P2D', 'PRESENT_REF', 'XXXX-WXX-1')", () => {
  for (const value of ["P2D", "PRESENT_REF", "FUTURE_REF", "XXXX-WXX-1"])
    assert.equal(startsAfter(value, published), false);
});
