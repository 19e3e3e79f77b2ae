import assert from "node:assert/strict";
import { test } from "node:test";
import { readSeed } from "../../src/read/seed.js";
import { readOne } from "./helpers.js";

test("seed format: the body on the date line is the text, exactly the rest after the date", async () => {
  const raw = " date 2024-11-05 Voters in Ohio queued  before dawn.\n\nPolls close at 7.30 p.m.\n";
  const article = await readOne("a.txt", raw);
  assert.equal(article.published, "2024-11-05");
  assert.equal(article.text, "Voters in Ohio queued  before dawn.\n\nPolls close at 7.30 p.m.\n");
  // Offsets into the text are offsets into the rest of the file.
  const at = raw.indexOf("Polls");
  assert.equal(article.text.indexOf("Polls"), at - raw.indexOf("Voters"));
});

test("seed format: the body may start on the next line; only its leading blank space is dropped", () => {
  const fields = readSeed("date 2023-01-31\n\n   Indented first line.\n  Second line keeps its indent.");
  assert.equal(fields?.published, "2023-01-31");
  assert.equal(fields?.text, "Indented first line.\n  Second line keeps its indent.");
});

test("seed format needs a full date and no colon: other openings are not seed", () => {
  assert.equal(readSeed("date: 2024-11-05 Body"), null);
  assert.equal(readSeed("date 2024-11 Body"), null);
  assert.equal(readSeed("dated 2024-11-05 Body"), null);
  assert.equal(readSeed("Update 2024-11-05 Body"), null);
});

test("seed format with an impossible date keeps it, so the pipeline can report it", async () => {
  const article = await readOne("b.txt", "date 2025-02-30 Ministers met in Oslo on Friday.");
  assert.equal(article.published, "2025-02-30");
});
