import assert from "node:assert/strict";
import { test } from "node:test";
import { valueAt } from "./run-times.js";

test("soon in a clause about what is still to come is FUTURE_REF", () => {
  assert.equal(valueAt("The ferry operator will soon add a second route.", "soon"), "FUTURE_REF");
  assert.equal(valueAt("Regulators may soon fine the bank.", "soon"), "FUTURE_REF");
  assert.equal(
    valueAt("The mayor wants the bridge reopened as soon as possible.", "as soon as possible"),
    "FUTURE_REF",
  );
});

test("soon in a past clause or linking two events is not a time", () => {
  assert.equal(valueAt("The driver was soon released by the police.", "soon"), undefined);
  assert.equal(valueAt("The strike soon reached the docks.", "soon"), undefined);
  assert.equal(valueAt("The port will reopen soon after the storm passes.", "soon"), undefined);
  assert.equal(valueAt("Talks will resume as soon as the envoy lands.", "soon"), undefined);
  assert.equal(valueAt("Guests toured the soon-to-open terminal.", "soon"), undefined);
});

test("now opening a sentence before a comma is a discourse marker", () => {
  assert.equal(valueAt("Now, the question is who pays for the dam.", "Now"), undefined);
  assert.equal(valueAt("The rebels lost the hill. Now, said the colonel, they want a truce.", "Now"), undefined);
});

test("now without the comma, or inside the sentence, still dates it", () => {
  assert.equal(valueAt("Now the army holds the town.", "Now"), "PRESENT_REF");
  assert.equal(valueAt("The army is now, by all accounts, in control.", "now"), "PRESENT_REF");
});
