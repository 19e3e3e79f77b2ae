import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { TextBuilder } from "../../src/eval/detokenize.js";
import { parseMeantime, readMeantimeCorpus } from "../../src/eval/meantime.js";

// An invented article in CAT XML, with an accented name, an escaped ampersand, PTB quotes and an emoji token.
const FIXTURE = new URL("../fixtures/eval/meantime-invented.xml", import.meta.url);
const xml = readFileSync(FIXTURE, "utf8");
const doc = parseMeantime(xml, "corpus_harbour");

const EXPECTED_TEXT =
  "Harbour board delays ferry order\n\nMay 4, 2011\n\n" +
  'The Zoë & Co harbour board said on Tuesday it may not order two ferries. 🚢 fans were unhappy. "Wait", ' +
  "they said. Nobody came. The board will meet again.";

test("the text is rebuilt from the tokens: title and date line as paragraphs, English spacing, entities decoded", () => {
  assert.equal(doc.text, EXPECTED_TEXT);
  assert.equal(doc.id, "9001");
  assert.equal(doc.name, "9001_Harbour_board_delays_ferry_order");
  assert.equal(doc.topic, "corpus_harbour");
  assert.equal(doc.url, "http://example.org/wiki/Harbour_board");
});

test("every token's offsets are UTF-16 offsets into the rebuilt text, past accented and astral characters", () => {
  for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
  const ship = doc.tokens.find((t) => t.text === "🚢");
  assert.ok(ship);
  assert.equal(ship.end - ship.start, 2, "an astral character is two UTF-16 units");
  assert.equal(doc.tokens.find((t) => t.id === "11")?.text, "Zoë");
  assert.equal(doc.tokens.find((t) => t.id === "12")?.text, "&");
  // PTB opening and closing quotes are written as straight quotes.
  assert.equal(doc.tokens.find((t) => t.id === "31")?.text, '"');
  const after = doc.tokens.find((t) => t.id === "27");
  assert.equal(after?.text, "fans");
  assert.equal(doc.text.slice(after?.start, after?.end), "fans");
});

test("entity mentions carry their span, type and cross-document instance through REFERS_TO", () => {
  const byId = new Map(doc.entityMentions.map((m) => [m.id, m]));
  const board = byId.get("1");
  assert.equal(board?.text, "Zoë & Co harbour board");
  assert.equal(doc.text.slice(board?.start, board?.end), "Zoë & Co harbour board");
  assert.equal(board?.syntacticType, "NAM");
  assert.equal(board?.type, "ORG");
  assert.equal(board?.instance, "ORG4242");
  assert.equal(board?.documentLevel, true);
  const fans = byId.get("4");
  assert.equal(fans?.text, "🚢 fans", "anchors listed out of order are put in text order");
  assert.equal(fans?.type, "PER");
  assert.equal(fans?.instance, null, "a document-level entity is no cross-document instance");
  assert.equal(fans?.syntacticType, null, "an empty attribute is null");
});

test("a mention linked only at corpus level has no attributes but keeps its instance", () => {
  const late = doc.entityMentions.find((m) => m.id === "5");
  assert.equal(late?.documentLevel, false);
  assert.equal(late?.text, "board");
  assert.equal(late?.sentence, 6);
  assert.equal(late?.instance, "ORG4242");
  assert.ok((late?.start ?? 0) >= doc.fullyAnnotatedUntil, "sentence 6 lies past the fully annotated part");
});

test("a discontinuous mention spans its first to last token; several referents keep file order", () => {
  const m = doc.entityMentions.find((x) => x.id === "6");
  assert.equal(m?.text, "The Zoë & Co harbour board");
  assert.equal(m?.tokens.length, 2);
  assert.deepEqual(m?.refersTo, ["100", "103"]);
  assert.equal(m?.instance, "ORG4242", "the first referent with an instance");
  assert.equal(m?.type, "ORG");
});

test("event mentions carry certainty, polarity, tense, time and the class of their event", () => {
  const byId = new Map(doc.eventMentions.map((m) => [m.id, m]));
  const order = byId.get("10");
  assert.equal(order?.text, "order");
  assert.equal(doc.text.slice(order?.start, order?.end), "order");
  assert.equal(order?.certainty, "POSSIBLE");
  assert.equal(order?.polarity, "NEG");
  assert.equal(order?.tense, "NONE");
  assert.equal(order?.time, "FUTURE");
  assert.equal(order?.pred, "order");
  assert.equal(order?.eventClass, "OTHER");
  assert.equal(order?.instance, "OTH777");
  const said = byId.get("11");
  assert.equal(said?.eventClass, "SPEECH_COGNITIVE");
  assert.equal(said?.instance, null);
  assert.equal(said?.tense, "PAST");
  const bare = byId.get("13");
  assert.equal(bare?.documentLevel, true);
  assert.equal(bare?.certainty, null, "certainty left empty by the annotators");
  assert.equal(byId.get("12")?.documentLevel, false);
  assert.equal(byId.get("12")?.instance, "OTH778");
});

test("TIMEX3 values and the creation time, which is the publication date", () => {
  assert.equal(doc.published, "2011-05-04");
  const [dct, tuesday] = doc.timexes;
  assert.equal(dct?.text, "May 4, 2011");
  assert.equal(dct?.functionInDocument, "CREATION_TIME");
  assert.equal(tuesday?.text, "Tuesday");
  assert.equal(tuesday?.value, "2011-05-03");
  assert.equal(tuesday?.type, "DATE");
});

test("a date line whose time is not marked as the creation time still gives the publication date", () => {
  const unmarked = xml.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"');
  assert.equal(parseMeantime(unmarked).published, "2011-05-04");
  // Without the date line's time, a time elsewhere in the text is no publication date.
  const without = unmarked.replace(/<TIMEX3 [^>]*m_id="20"[\s\S]*?<\/TIMEX3>/, "");
  assert.equal(parseMeantime(without).published, null);
});

test("the fully annotated part ends with sentence 5", () => {
  assert.equal(doc.text.slice(0, doc.fullyAnnotatedUntil).endsWith("Nobody came."), true);
});

test("a corpus folder is read topic by topic, each document tagged with its topic", () => {
  const root = mkdtempSync(join(tmpdir(), "meantime-"));
  try {
    for (const topic of ["corpus_b", "corpus_a"]) {
      mkdirSync(join(root, topic));
      cpSync(FIXTURE, join(root, topic, "9001_x.xml"));
    }
    const docs = readMeantimeCorpus(root);
    assert.deepEqual(
      docs.map((d) => d.topic),
      ["corpus_a", "corpus_b"],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the text builder glues parts of a word, keeps clitics and closing punctuation tight", () => {
  const b = new TextBuilder();
  const words = ["He", "did", "n't", "(", "really", ")", "see", "e", "-", "mail", "."];
  const ranges = words.map((w, i) => b.add(w, i === 8 || i === 9));
  assert.equal(b.text, "He didn't (really) see e-mail.");
  for (const [i, r] of ranges.entries()) assert.equal(b.text.slice(r.start, r.end), words[i]);
  b.breakLine(true);
  const r = b.add("Next");
  assert.equal(b.text.slice(r.start - 2, r.end), "\n\nNext");
});
