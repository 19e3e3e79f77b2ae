import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesOf, quantityNamed } from "./run-stage.js";

test("currency symbols with magnitude suffixes give the full amount and the ISO code", () => {
  const bn = quantityNamed("The carmaker raised $1.2bn in bonds.", "$1.2bn");
  assert.equal(bn.value, 1.2e9);
  assert.equal(bn.unit, "USD");
  const eur = quantityNamed("Brussels fined the bank €3 million.", "€3 million");
  assert.deepEqual([eur.value, eur.unit], [3e6, "EUR"]);
  const gbp = quantityNamed("The painting sold for £40,000 at auction.", "£40,000");
  assert.deepEqual([gbp.value, gbp.unit], [40000, "GBP"]);
  const hk = quantityNamed("Shares worth HK$10 changed hands.", "HK$10");
  assert.equal(hk.unit, "HKD");
});

test("ISO codes and currency words name the money, before or after the number", () => {
  const code = quantityNamed("The loan is USD 5 million.", "USD 5 million");
  assert.deepEqual([code.value, code.unit], [5e6, "USD"]);
  const wire = quantityNamed("The agency offered dlrs 2 million for tips.", "dlrs 2 million");
  assert.deepEqual([wire.value, wire.unit], [2e6, "USD"]);
  const word = quantityNamed("They paid 20 million euros for the club.", "20 million");
  assert.deepEqual([word.value, word.unit, word.unitSpan?.text], [2e7, "EUR", "euros"]);
});

test("'m' glued to a number is a million before a plural noun or after a currency, not otherwise", () => {
  const barrels = quantityNamed("The field holds 5m barrels.", "5m");
  assert.deepEqual([barrels.value, barrels.unit], [5e6, "barrels"]);
  assert.equal(quantityNamed("They spent €300m on it.", "€300m").value, 3e8);
  const wall = quantitiesOf("They built a 5m wall.");
  assert.ok(
    wall.every((q) => q.value !== 5e6),
    "a 5m wall is five metres",
  );
});

test("ambiguous currency words are money only after a magnitude and not before 'of'", () => {
  assert.equal(quantityNamed("The club was sold for 5 million pounds.", "5 million").unit, "GBP");
  assert.equal(quantityNamed("Police found 500 pounds of explosives.", "500").unit, "pounds");
});
