import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read, texts } from "../entities/read.js";

test("a name after 'who is also known as' is another name of the person before it, not an entity of its own", () => {
  const { entities } = read(
    "Police feared Moreau, who is also known as Tornado, would strike again. Jules Moreau leads the gang.",
  );
  const person = entityWith(entities, "Jules Moreau");
  assert.equal(person?.type, "PERSON");
  assert.ok(texts(person).includes("Tornado"));
  assert.equal(entities.length, 1);
});

test("'a.k.a.', 'aka', a bracketed 'also known as' and 'dubbed' after a comma give aliases, quoted or not, read again later", () => {
  const { entities } = read(
    'Sam Lee aka Slim met Ana Diaz (also known as La Jefa) and Jo Kent, a.k.a. "Ghost". The Zoragi Brigade, dubbed the Wolves, attacked. Later the Wolves withdrew.',
  );
  assert.ok(texts(entityWith(entities, "Sam Lee")).includes("Slim"));
  assert.ok(texts(entityWith(entities, "Ana Diaz")).includes("La Jefa"));
  assert.ok(texts(entityWith(entities, "Jo Kent")).includes("Ghost"));
  const brigade = entityWith(entities, "Zoragi Brigade");
  assert.equal(brigade?.type, "ORG");
  assert.equal(texts(brigade).filter((t) => t === "Wolves").length, 2);
});

test("must not fire: a verb of naming between two names joins nobody ('Rowe dubbed Quinn \"Sleepy\"')", () => {
  const { entities } = read('Senator Amy Rowe dubbed Governor Ben Quinn "Sleepy" on Monday.');
  assert.notEqual(entityWith(entities, "Amy Rowe"), entityWith(entities, "Ben Quinn"));
  assert.ok(!texts(entityWith(entities, "Amy Rowe")).includes("Ben Quinn"));
});

test("a surname whose alias is the first name of one namesake goes with it to that namesake ('Mr. Lind, known as Jeb')", () => {
  const text =
    "George Lind was mayor. Lind left office in 2009. Jeb Lind ran in 2016. Friends remember Mr. Lind, known as Jeb, as kind.";
  const { entities } = read(text);
  const jeb = entityWith(entities, "Jeb Lind");
  const at = text.indexOf("Lind, known");
  assert.ok(jeb?.mentions.some((m) => m.start === at));
  assert.ok(texts(jeb).includes("Jeb"));
  assert.equal(texts(entityWith(entities, "George Lind")).length, 2);
});

test("a place's other name after 'also known as' is the same place ('Ayungin Shoal, also known as Second Thomas Shoal')", () => {
  const { entities } = read(
    "Boats sailed to the Kalam Reef, also known as North Pearl Reef, in the Banda archipelago. The Kalam Reef is disputed.",
  );
  const reef = entityWith(entities, "Kalam Reef");
  assert.ok(texts(reef).includes("North Pearl Reef"), texts(reef).join(" | "));
  assert.ok(reef?.type === "LOC" || reef?.type === "GPE");
});

test("a kunya ('Abu X') named as another name of a person neither makes him a thing nor a second person", () => {
  const { entities } = read(
    "The group said the commander was Talib Abdoun, also known as Abu Talib. Abu Talib led the southern sector.",
  );
  const commander = entityWith(entities, "Talib Abdoun");
  assert.equal(commander?.type, "PERSON");
  assert.deepEqual(texts(commander), ["Talib Abdoun", "Abu Talib", "Abu Talib"]);
});

test("'the Observatory' after a longer name holding that head word is the same organization", () => {
  const { entities } = read(
    "The Syrian Observatory for Human Rights said 69 fighters were killed. The fighting began after a kidnapping, the Observatory said.",
  );
  const observatory = entities.filter((e) => e.mentions.some((m) => m.text.includes("Observatory")));
  assert.equal(observatory.length, 1);
  // Two organizations with that head word leave the short name alone.
  const two = read(
    "The Syrian Observatory for Human Rights and the European Observatory of Health met. The Observatory said.",
  ).entities.filter((e) => e.mentions.some((m) => m.text.includes("Observatory")));
  assert.equal(two.length, 3);
});

test("a description set off before an organization's name is that organization ('the insurgent group, JNIM, announced')", () => {
  const { entities } = read(
    "Al Qaeda-linked insurgents attacked a convoy. After the insurgent group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), announced a blockade, prices rose.",
  );
  const jnim = entityWith(entities, "JNIM");
  assert.ok(jnim?.mentions.some((m) => m.text === "the insurgent group"));
  assert.ok(!entityWith(entities, "Al Qaeda")?.mentions.some((m) => m.text === "the insurgent group"));
});

test("'the bank' after 'the Bank of England' is that bank: a description by the head its name opens with", () => {
  const { entities } = read(
    "The Bank of England lifted its key rate on Tuesday. In papers on the move, the bank said costs stayed high.",
  );
  const bank = entityWith(entities, "Bank of England");
  assert.ok(bank?.mentions.some((m) => m.text === "the bank"));
});

test("an organ named with and without its level of government is one organ ('the Union Home Ministry', 'the Home Ministry')", () => {
  const { entities } = read(
    "The Union Home Ministry on Friday estimated that 40 rebels had died. The Home Ministry had said at least 25 died.",
  );
  const ministries = entities.filter((e) => e.mentions.some((m) => /Ministry/.test(m.text)));
  assert.equal(ministries.length, 1);
  // Two states' organs of the same name stay apart.
  const two = read("Russia's Defence Ministry said it acted. Ukraine's Defence Ministry denied it.").entities.filter(
    (e) => e.mentions.some((m) => /Ministry/.test(m.text)),
  );
  assert.equal(two.length, 2);
});

test("a surname with the Arabic article glued on is the same surname without it ('Abdel Karim al-Zawri' … 'Zawri')", () => {
  const { entities } = read(
    "Riots broke out after the death of Abdel Karim al-Zawri. Later, Zawri was buried in the capital.",
  );
  const zawri = entities.filter((e) => e.mentions.some((m) => /Zawri/.test(m.text)));
  assert.equal(zawri.length, 1);
});
