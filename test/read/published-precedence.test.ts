import assert from "node:assert/strict";
import { test } from "node:test";
import { choosePublished } from "../../src/read/build-article.js";
import { readAll, readOne, tempFile } from "./helpers.js";

test("the article's own real date wins over --published, which only fills in", () => {
  assert.equal(choosePublished("2024-05-01", { published: "2025-01-01" }), "2024-05-01");
  assert.equal(choosePublished(null, { published: "2025-01-01" }), "2025-01-01");
  assert.equal(choosePublished("  ", { published: "2025-01-01" }), "2025-01-01");
  assert.equal(choosePublished(null, {}), null);
});

test("--published replaces an own date that is not a real date; without it the bad date is kept", () => {
  assert.equal(choosePublished("2025-02-30", { published: "2025-03-01" }), "2025-03-01");
  assert.equal(choosePublished("2025-02-30", {}), "2025-02-30");
});

test("overridePublished makes --published win over the article's own date", () => {
  assert.equal(choosePublished("2024-05-01", { published: "2025-01-01", overridePublished: true }), "2025-01-01");
});

test("every reader applies the precedence: header file, plain file, and each JSON line", async () => {
  const opts = { published: "2025-01-01" };
  assert.equal((await readOne("h.txt", "date: 2024-05-01\n\nBody text.", opts)).published, "2024-05-01");
  assert.equal((await readOne("p.txt", "Body text without a date.", opts)).published, "2025-01-01");
  const path = tempFile("l.jsonl", '{"text":"a","published":"2024-05-01"}\n{"text":"b"}\n');
  const { articles } = await readAll(path, opts);
  assert.deepEqual(
    articles.map((a) => a.published),
    ["2024-05-01", "2025-01-01"],
  );
});
