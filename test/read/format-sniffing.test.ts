import assert from "node:assert/strict";
import { test } from "node:test";
import { sniffFormat } from "../../src/read/sniff.js";

test("formats are recognised by content, whatever the file is called", () => {
  assert.equal(sniffFormat('{"text":"a"}\n{"text":"b"}\n', "news.txt"), "jsonl");
  assert.equal(sniffFormat('[{"text":"a"}]', null), "json");
  assert.equal(sniffFormat('{\n  "text": "a"\n}\n', "one.json"), "json");
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.txt"), "feed");
  assert.equal(sniffFormat('<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', null), "feed");
  assert.equal(sniffFormat("<rdf:RDF xmlns:rdf='x'>", null), "feed");
  assert.equal(sniffFormat("  <!DOCTYPE html>\n<html><body>", "page.xml"), "html");
  assert.equal(sniffFormat("<html lang='en'>", null), "html");
  assert.equal(sniffFormat("<p>A fragment.</p>", null), "html");
  assert.equal(sniffFormat("\n date 2025-01-02 Body", "a.html.txt"), "seed");
  assert.equal(sniffFormat("Title: A\nDate: 2025-01-02\n\nBody", null), "headers");
  assert.equal(sniffFormat("The president said on Monday…", null), "text");
});

test("a doctype with an internal subset does not hide the feed behind it", () => {
  assert.equal(sniffFormat('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0">', null), "feed");
});

test("the file name settles only what the content leaves open", () => {
  // A broken first line: JSON lines by name, so each line is reported on its own.
  assert.equal(sniffFormat('{"text": broken\n{"text":"b"}\n', "x.jsonl"), "jsonl");
  assert.equal(sniffFormat('{"text": broken\n{"text":"b"}\n', "x.txt"), "json");
  assert.equal(sniffFormat("Plain words, then <b>tags</b>.", "page.html"), "html");
  assert.equal(sniffFormat("Plain words, then <b>tags</b>.", "page.txt"), "text");
});

test("text that merely mentions a date or a colon is plain text", () => {
  assert.equal(sniffFormat("Dated 2025-01-02, the memo said…", null), "text");
  assert.equal(sniffFormat("Date night: a review\n\nBody", null), "text");
  assert.equal(sniffFormat("Author: someone\n\nBody", null), "text");
});
