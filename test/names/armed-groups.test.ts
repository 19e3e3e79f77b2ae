import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWith, read } from "../entities/read.js";

test("a name its members' noun follows is an armed group ('Zoragi militia', 'K17 rebels'), written alike elsewhere too", () => {
  const { entities } = read("Zoragi militia fighters clashed with K17 rebels near the town. The K17 denied it.");
  assert.equal(entityWith(entities, "Zoragi")?.type, "ORG");
  const k17 = entityWith(entities, "K17");
  assert.equal(k17?.type, "ORG");
  assert.equal(entities.filter((e) => e.name === "K17").length, 1);
});

test("must not fire: a nationality or a known place before 'rebels' stays what it is ('Syrian rebels', 'Darfur rebels')", () => {
  const { entities } = read("Syrian rebels and Darfur rebels met in Doha.");
  assert.equal(entityWith(entities, "Syrian")?.country, "SY");
  assert.equal(entityWith(entities, "Darfur")?.type, "LOC");
});

test("the actor dictionary knows the major armed groups, with their aliases and home country", () => {
  const { entities } = read(
    "M23 rebels fought near Goma while al-Shabaab, Boko Haram, Hezbollah, Ansar Allah, the Kurdistan Workers' Party and Islamic State fighters regrouped.",
  );
  const expect: [string, string][] = [
    ["M23", "CD"],
    ["Boko Haram", "NG"],
    ["Hezbollah", "LB"],
    ["Ansar Allah", "YE"],
    ["Kurdistan Workers' Party", "TR"],
  ];
  for (const [name, country] of expect) {
    const e = entityWith(entities, name);
    assert.equal(e?.type, "ORG", name);
    assert.equal(e?.country, country, name);
  }
  assert.equal(entityWith(entities, "Shabaab")?.name, "al-Shabaab");
  assert.equal(entityWith(entities, "Islamic State")?.type, "ORG");
});

test("a short name an armed group shares stands for it only where its country is named ('RSF' in a Sudan story)", () => {
  const sudan = read("The RSF shelled El Fasher, Sudan's army said.").entities;
  assert.equal(entityWith(sudan, "RSF")?.name, "Rapid Support Forces");
  const press = read("RSF said three reporters were jailed in Paris last year.").entities;
  assert.notEqual(entityWith(press, "RSF")?.name, "Rapid Support Forces");
});

test("'the Islamist group' describes a group named before ('Boko Haram'), it is no organization's name", () => {
  const { entities } = read(
    "Boko Haram insurgents attacked the base in Borno State. The army denied there was an attack by the Islamist group.",
  );
  assert.equal(
    entities.find((e) => e.name === "Islamist group"),
    undefined,
  );
  assert.ok(entityWith(entities, "Boko Haram")?.mentions.some((m) => m.text === "the Islamist group"));
});

test("a group's name spelled out before its known acronym in brackets is that group, however spelled", () => {
  const { entities } = read(
    "The leader of the Tigray People Liberation Front (TPLF) spoke. The TPLF said it would fight.",
  );
  const front = entityWith(entities, "TPLF");
  assert.ok(front?.mentions.some((m) => m.text === "Tigray People Liberation Front"));
  assert.equal(entities.filter((e) => e.type === "ORG").length, 1);
});

test("a lower-case 'al' apart from a known group's name is part of it ('al Qaeda-linked fighters')", () => {
  const { entities } = read("Attacks by al Qaeda-linked fighters rose in the north.");
  assert.equal(entityWith(entities, "al Qaeda")?.type, "ORG");
  assert.equal(entityWith(entities, "Qaeda"), undefined);
});
