import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a title for a domain in apposition to a person is no organization ('the Assistant Commissioner for Disaster Aid')", () => {
  const { entities } = read(
    "During a briefing held in Marovia, Ilse Marnak, the Assistant Commissioner for Disaster Aid in Valdoria, condemned the raids.",
  );
  assert.ok(!entities.some((e) => e.type === "ORG" && e.mentions.some((m) => m.text.includes("Commissioner"))));
  assert.equal(entityWith(entities, "Ilse Marnak")?.type, "PERSON");
});

test("a title for a domain before a name is the person's role; the name is the person ('Special Envoy for Valdoria Tomas Brenn')", () => {
  const { entities } = read("UN Special Envoy for Valdoria Tomas Brenn said the talks would resume on Monday.");
  const brenn = entityWith(entities, "Tomas Brenn");
  assert.equal(brenn?.type, "PERSON");
  assert.deepEqual(brenn?.roles, ["Special Envoy for Valdoria"]);
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^(?:for|UN Special)\b/.test(m.text))));
});

test("an organization named for a domain stays one, and an office after an organization's head and 'of the' is part of its name ('Office of the High Commissioner for …')", () => {
  const { entities } = read(
    "The National Commission for Civil Liberties said the camps were full. " +
      "The Office of the High Commissioner for Refugee Affairs said so too.",
  );
  assert.equal(entityWith(entities, "National Commission for Civil Liberties")?.type, "ORG");
  assert.equal(entityWith(entities, "Office of the High Commissioner for Refugee Affairs")?.type, "ORG");
});

test("a known body between title words owns the title after it ('Deputy Pentagon Press Secretary Ana Ruiz'): the person is named alone", () => {
  const { entities } = read("Deputy Pentagon Press Secretary Ana Ruiz told reporters the ships were safe.");
  const person = entities.find((e) => e.type === "PERSON");
  assert.equal(person?.name, "Ana Ruiz");
  assert.deepEqual(person?.roles, ["Deputy Pentagon Press Secretary"]);
  assert.equal(entityWith(entities, "Pentagon")?.type, "ORG");
});

test("a headline's verb after a titled name ends the name ('Peruvian President Dina Boluarte Visits Chilean Border Towns')", () => {
  const { entities } = read("Bolivian President Luis Arce Visits Chilean Border Towns");
  const person = entities.find((e) => e.type === "PERSON");
  assert.equal(person?.name, "Luis Arce");
});

test("a portfolio after 'of' in a title is no organization ('Deputy Commissioner of Humanitarian Aid', 'Minister of Human Rights')", () => {
  const { entities } = read(
    "Mona Daem, the country's Deputy Commissioner of Humanitarian Aid, alleged that fighters had executed patients. Jo Lee, the Minister of Human Rights, said the camps were full.",
  );
  assert.ok(
    !entities.some((e) => /Humanitarian Aid|Human Rights/.test(e.name)),
    JSON.stringify(entities.map((e) => [e.type, e.name])),
  );
});

test("'Permanent Secretary' is a title: the ministry before it is the organization, the name after it the person", () => {
  const { entities } = read(
    "Interior Ministry Permanent Secretary Arun Wattana warned that the situation could escalate.",
  );
  assert.equal(entityWith(entities, "Arun Wattana")?.type, "PERSON");
  assert.ok(!entities.some((e) => e.mentions.some((m) => /Permanent/.test(m.text))));
});

test("a court's level before 'Judge' is part of the title, no place ('U.S. District Judge', 'County Judge')", () => {
  const { entities } = read("U.S. District Judge Ann Petrov set a date. County Judge Tom Reyes closed the roads.");
  assert.equal(entityWith(entities, "Ann Petrov")?.type, "PERSON");
  assert.equal(entityWith(entities, "Tom Reyes")?.type, "PERSON");
  assert.ok(!entities.some((e) => /District|^County$/.test(e.name)), JSON.stringify(entities.map((e) => e.name)));
});
