import assert from "node:assert/strict";
import { test } from "node:test";
import { read } from "../entities/read.js";

const names = (text: string) => read(text).entities.map((e) => `${e.type} ${e.name}`);

test("a lower-case rank after an organization's head is the person's title, not part of the name", () => {
  const n = names("The boy was found, according to Granton Fire Department battalion chief Alan Reyes.");
  assert.ok(n.includes("ORG Granton Fire Department"), n.join(", "));
  assert.ok(n.includes("PERSON Alan Reyes"), n.join(", "));
});

test("must not fire: a lower-case head after a name without one still names a body", () => {
  const n = names("Members of the Law and Justice party voted against it.");
  assert.ok(
    n.some((x) => x.startsWith("ORG Law and Justice")),
    n.join(", "),
  );
});
