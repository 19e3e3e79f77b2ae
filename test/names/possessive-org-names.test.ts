import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../entities/read.js";

const names = (text: string) => read(text).entities.map((e) => `${e.type} ${e.name}`);

test("an office holder's possessive before an organization's head is one name with the county before it", () => {
  const n = names("The bodies were found, according to the Harlan County Sheriff's Office.");
  assert.ok(n.includes("ORG Harlan County Sheriff's Office"), n.join(", "));
  assert.ok(!n.some((x) => x.endsWith(" County Sheriff")), n.join(", "));
});

test("an office holder's possessive joins a lone office: Coroner's Office", () => {
  assert.ok(names("The Coroner's Office named the victim on Friday.").includes("ORG Coroner's Office"));
});

test("a plural of people before a possessive stays inside a name: Men's Central Jail is one place", () => {
  const n = names("He was held at the Men's Central Jail downtown.");
  assert.ok(n.includes("LOC Men's Central Jail"), n.join(", "));
  assert.ok(!n.some((x) => x.endsWith(" Men")), n.join(", "));
});

test("must not fire: a country's possessive before a ministry owns it", () => {
  const n = names("Norway's Defence Ministry said the drill was over.");
  assert.ok(!n.some((x) => x.includes("Norway's")), n.join(", "));
});
