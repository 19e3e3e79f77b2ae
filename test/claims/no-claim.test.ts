import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsWith } from "./claims-of.js";

test("'said' as an adjective, in a name or in a set phrase reports nothing", () => {
  const text =
    "The said company paid the fine. Having said that, the board stayed. That said, prices fell. The scholar Edward Said taught in New York.";
  assert.deepEqual(claimsWith(text), []);
});

test("verbs of saying without a clause after them report nothing", () => {
  const text = "The firm added a new product line. The team continued to train. The mayor said nothing new.";
  assert.deepEqual(claimsWith(text), []);
});

test("the noun 'say' and 'report' are no cues", () => {
  assert.deepEqual(claimsWith("Voters had a say in the matter. The report was long."), []);
});
