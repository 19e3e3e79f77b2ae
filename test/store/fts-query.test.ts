import assert from "node:assert/strict";
import { test } from "node:test";
import { highlight } from "../../src/store/shared/search-terms.js";
import { ftsQuery } from "../../src/store/sqlite/fts-query.js";

test("free text becomes required quoted terms; phrases, prefixes and OR survive", () => {
  assert.equal(ftsQuery("port attack"), '"port" "attack"');
  assert.equal(ftsQuery('"Port Arlen" OR harbour*'), '"Port Arlen" OR "harbour"*');
  assert.equal(ftsQuery("Kim Jong-un"), '"Kim" "Jong un"');
  assert.equal(ftsQuery("Kel", true), '"Kel"*');
});

test("nothing the user types is FTS syntax: stray quotes, operators and brackets fall away", () => {
  assert.equal(ftsQuery('" OR ('), '"OR"', "an unclosed quote is a phrase of the words after it");
  assert.equal(ftsQuery("( ) * -"), null);
  assert.equal(ftsQuery("OR OR troops OR"), '"troops"');
  assert.equal(ftsQuery("NEAR(a b) AND c"), '"NEAR a" "b" "AND" "c"', "operators are words");
  assert.equal(ftsQuery("   "), null);
});

test("claim snippets mark the searched words, whatever their case and accents", () => {
  assert.equal(highlight("Troops crossed near Zürich", "troops zurich"), "«Troops» crossed near «Zürich»");
  assert.equal(highlight("nothing here", "troops"), "nothing here");
});
