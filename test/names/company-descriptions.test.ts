import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("'the company' after an indefinite 'a cleaning company' refers to that one, not to an organisation named before it", () => {
  const { entities } = read(
    "Norvex said one of those killed worked at its base. The victim was an employee of a cleaning company, and the company said he was a driver.",
  );
  const norvex = entityWith(entities, "Norvex");
  assert.ok(norvex);
  assert.ok(!texts(norvex).includes("the company"), JSON.stringify(texts(norvex)));
});

test("must not fire: 'the company' with no other company introduced refers back to the one named ('Norvex said … the company')", () => {
  const { entities } = read("Norvex said profits rose. Shares of the company fell on Monday.");
  assert.ok(texts(entityWith(entities, "Norvex")).includes("the company"));
});

test("a UN peacekeeping mission is a public body the dictionary knows, whatever its name's form ('The United Nations Force in Lebanon' is UNIFIL)", () => {
  const { entities } = read("The United Nations Force in Lebanon said a worker was hurt. UNIFIL asked for calm.");
  const unifil = entityWith(entities, "UNIFIL");
  assert.equal(entityWith(entities, "United Nations Force in Lebanon"), unifil);
});
