import assert from "node:assert/strict";
import { test } from "node:test";
import { readPlainText } from "../../src/read/plain-text.js";
import { readOne } from "./helpers.js";

test("header lines give title, date, url and source; keys are case-insensitive", async () => {
  const article = await readOne(
    "h.txt",
    "Title: Port strike ends\nPUBLISHED: 2024-06-12\nurl: https://example.org/a?b=c\nSource:  Harbour Daily \n\nDockers in Antwerp returned to work.\n",
  );
  assert.equal(article.title, "Port strike ends");
  assert.equal(article.published, "2024-06-12");
  assert.equal(article.url, "https://example.org/a?b=c");
  assert.equal(article.source, "Harbour Daily");
  assert.equal(article.text, "Dockers in Antwerp returned to work.\n");
});

test("the header ends at the first non-header line, which starts the body", () => {
  const fields = readPlainText("date: 2024-06-12\nDockers said: no deal.\ntitle: not a header");
  assert.equal(fields.published, "2024-06-12");
  assert.equal(fields.title, undefined);
  assert.equal(fields.text, "Dockers said: no deal.\ntitle: not a header");
});

test("the header ends at a blank line: header-looking lines after it are body", () => {
  const fields = readPlainText("title: A\n\nsource: a line of the body\nMore.");
  assert.equal(fields.title, "A");
  assert.equal(fields.source, undefined);
  assert.equal(fields.text, "source: a line of the body\nMore.");
});

test("date and published are one key: the first given wins", () => {
  assert.equal(readPlainText("date: 2024-01-02\npublished: 2024-03-04\n\nBody.").published, "2024-01-02");
});

test("plain text with no header is the whole text, less leading blank space, and has no date", async () => {
  const article = await readOne("p.txt", "\n\n  The central bank held rates.\n\n  Markets rose.");
  assert.equal(article.text, "The central bank held rates.\n\n  Markets rose.");
  assert.equal(article.published, null);
  assert.equal(article.title, null);
});
