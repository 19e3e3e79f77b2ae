import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseGum, parseWebAnnoTsv } from "../../src/eval/gum.js";

// An invented two-sentence document in GUM's two formats: WebAnno TSV 3.2 (offsets in UTF-16 units) and the XML.
const tsv = readFileSync(new URL("../fixtures/eval/gum-invented.tsv", import.meta.url), "utf8");
const xml = readFileSync(new URL("../fixtures/eval/gum-invented.xml", import.meta.url), "utf8");

test("TSV offsets count UTF-16 units of the #Text lines joined by line breaks", () => {
  const parsed = parseWebAnnoTsv(tsv);
  assert.equal(parsed.text, "Zoë 's e - mail 😀 arrived .\nAnn Lee met Zoë in Paris .");
  assert.equal(parsed.tokens.length, 15);
  for (const t of parsed.tokens) assert.equal(parsed.text.slice(t.start, t.end), t.text);
  const emoji = parsed.tokens.find((t) => t.text === "😀");
  assert.equal((emoji?.end ?? 0) - (emoji?.start ?? 0), 2);
});

const doc = parseGum("gum-invented", tsv, xml);

test("the article is rebuilt from the XML: a heading paragraph, parts of a word glued, dateCreated as published", () => {
  // Every closing paragraph ends in a paragraph break, the last one too.
  assert.equal(doc.text, "Zoë's e-mail 😀 arrived.\n\nAnn Lee met Zoë in Paris.\n\n");
  assert.equal(doc.published, "2012-02-29");
  assert.deepEqual(doc.problems, []);
});

test("each token keeps both places: the rebuilt text's UTF-16 offsets and the TSV's own", () => {
  const own = parseWebAnnoTsv(tsv).text;
  for (const t of doc.tokens) {
    assert.equal(doc.text.slice(t.start, t.end), t.text);
    assert.equal(own.slice(t.tsv.start, t.tsv.end), t.text);
  }
  const arrived = doc.tokens.find((t) => t.text === "arrived");
  assert.equal(arrived?.address, "1-7");
  assert.equal(arrived?.upos, "VERB");
  assert.equal(arrived?.xpos, "VVD");
});

test("entity spans: type, nested spans, Wikipedia identity, unbracketed one-token spans", () => {
  const byText = new Map(doc.mentions.map((m) => [`${m.type} ${m.text}`, m]));
  const email = byText.get("object Zoë's e-mail");
  assert.ok(email, "a span over five tokens, with a person nested at its start");
  assert.equal(email.tokens.length, 5);
  const ann = byText.get("person Ann Lee");
  assert.equal(ann?.identity, "Ann_Lee");
  const paris = byText.get("place Paris");
  assert.equal(paris?.identity, "Paris");
  assert.equal(doc.text.slice(paris?.start, paris?.end), "Paris");
  assert.equal(byText.get("person Zoë")?.identity, null);
});

test("coreference links join mentions into one chain; unlinked mentions are chains of their own", () => {
  const zoes = doc.mentions.filter((m) => m.text === "Zoë");
  assert.equal(zoes.length, 2);
  assert.equal(zoes[0]?.chain, zoes[1]?.chain);
  const ann = doc.mentions.find((m) => m.text === "Ann Lee");
  assert.notEqual(ann?.chain, zoes[0]?.chain);
  assert.equal(ann?.chain, ann?.id);
});

test("XML-escaped tokens are read as the characters they stand for", () => {
  const escaped = parseGum(
    "x",
    tsv.replace("\tin\t_", "\t&\t_"),
    xml.replace("in\tIN\tin\tPRP\tADP", "&amp;\tCC\t&amp;\tCJC\tCCONJ"),
  );
  assert.deepEqual(escaped.problems, []);
  assert.match(escaped.text, /met Zoë & Paris\./);
});

test("tokens the two files spell differently are reported; different token counts are an error", () => {
  const misspelt = parseGum("x", tsv, xml.replace("arrived\tVVD", "arived\tVVD"));
  assert.deepEqual(misspelt.problems, ["6: arrived ≠ arived"]);
  const short = xml.replace(/^\.\t\.\t\.\tPUN\tPUNCT\tpunct\t_\n<\/s>\n<\/p>/m, "</s>\n</p>");
  assert.throws(() => parseGum("x", tsv, short), /15 tokens, the XML 14/);
});
