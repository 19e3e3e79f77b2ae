import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

test("token offsets point at the token text, across line breaks, contractions and non-ASCII", () => {
  const text = "  Ministers didn't agree.\n\nThe Élysée — in Paris — said “no” on Tuesday…";
  const { tokens, sentences } = tokenize(text);
  for (const t of tokens) {
    if (t.pos === "SPACE") continue;
    assert.equal(text.slice(t.start, t.end).trim().length > 0, true, `token at ${t.start} is blank`);
  }
  const words = tokens.filter((t) => t.pos !== "SPACE").map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words.slice(0, 5), ["Ministers", "did", "n't", "agree", "."]);
  assert.ok(words.includes("Élysée"));
  assert.equal(sentences.length, 2);
  assert.equal(text.slice(sentences[0]?.start, sentences[0]?.end), "Ministers didn't agree.");
});

test("negation is flagged on the words it scopes over", () => {
  const text = "The army did not withdraw.";
  const { tokens } = tokenize(text);
  const withdraw = tokens.find((t) => text.slice(t.start, t.end) === "withdraw");
  assert.equal(withdraw?.negated, true);
});

test("a city, a comma and a state's abbreviation before a capitalised word end a sentence ('Buffalo, N.Y. Slepian …')", () => {
  const text = "He was shot in Buffalo, N.Y. Slepian provided care. He lived in Fresno, Calif. Police came.";
  const { tokens, sentences } = tokenize(text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ["He was shot in Buffalo, N.Y.", "Slepian provided care.", "He lived in Fresno, Calif.", "Police came."],
  );
  sentences.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) assert.equal(tokens[t]?.sentence, i);
  });
});

test("must not fire: a comma after the abbreviation, or no city before it, keeps the sentence whole", () => {
  const text = "She moved to Albany, N.Y., last year. The N.Y. Police Department said so.";
  assert.equal(tokenize(text).sentences.length, 2);
});

test("a closing quotation mark after nested quotes ends its own sentence, not the next one", () => {
  const text = "“We talk about, ‘What can I do?’” Weaver said. ''It's over. We lost.'' He left.";
  const { tokens, sentences } = tokenize(text);
  const spans = sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, [
    "“We talk about, ‘What can I do?’”",
    "Weaver said.",
    "''It's over.",
    "We lost.''",
    "He left.",
  ]);
  const weaver = tokens.find((t) => text.slice(t.start, t.end) === "Weaver");
  assert.equal(weaver?.sentence, 1);
});

test("'shot' is read as the verb where a verb stands, and stays a noun after a determiner or before a verb", () => {
  const text = "Gunmen shot a soldier. The army shot down two drones. He took a shot at the title. A shot rang out.";
  const { tokens } = tokenize(text);
  const shots = tokens.filter((t) => text.slice(t.start, t.end) === "shot").map((t) => `${t.pos}/${t.lemma}`);
  assert.deepEqual(shots, ["VERB/shoot", "VERB/shoot", "NOUN/shot", "NOUN/shot"]);
});

test("a past form with no noun reading is the verb even before a bare noun; one that may be a noun stays a compound", () => {
  const text =
    "The militia had quietly retaken control of the mine. Loyalists retook ground near Dorvan. Bartenders stacked shot glasses.";
  const { tokens } = tokenize(text);
  const read = (form: string) =>
    tokens.filter((t) => text.slice(t.start, t.end) === form).map((t) => `${t.pos}/${t.lemma}`);
  assert.deepEqual(read("retaken"), ["VERB/retake"]);
  assert.deepEqual(read("retook"), ["VERB/retake"]);
  assert.deepEqual(read("shot"), ["NOUN/shot"]);
});

test("'cost' is read as the verb before what it cost, and stays a noun after a determiner ('The war cost 12 lives')", () => {
  const text = "The war cost 12 lives. The cost of living rose.";
  const { tokens } = tokenize(text);
  const costs = tokens.filter((t) => text.slice(t.start, t.end).toLowerCase() === "cost").map((t) => t.pos);
  assert.deepEqual(costs, ["VERB", "NOUN"]);
});

test("a noun the tagger reads as a base-form verb before the phrase's own verb is a noun ('a conflict monitor said')", () => {
  const text =
    "More than 200 people died, a conflict monitor said. The London-based monitor, which relies on contacts, said more.";
  const { tokens } = tokenize(text);
  const monitors = tokens.filter((t) => text.slice(t.start, t.end) === "monitor").map((t) => t.pos);
  assert.deepEqual(monitors, ["NOUN", "NOUN"]);
});

test("a capitalized word read as a verb after a lower-case 'to' is a name ('said to People'); a verb with an object stays", () => {
  const text = "The actor said to People that he was tired. The mayor vowed to Build the bridge. He wrote to Time.";
  const { tokens } = tokenize(text);
  const tag = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)?.pos;
  assert.equal(tag("People"), "PROPN");
  assert.equal(tag("Time"), "PROPN");
  assert.equal(tag("Build"), "VERB");
});

test("an -ing form after an owner is a noun ('with her thinking', 'his handling'); after an object 'her' it stays a verb", () => {
  const text = "Aides familiar with her thinking spoke. They criticized his handling of it. We saw her leaving.";
  const { tokens } = tokenize(text);
  const tag = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)?.pos;
  assert.equal(tag("thinking"), "NOUN");
  assert.equal(tag("handling"), "NOUN");
  assert.equal(tag("leaving"), "VERB");
});

test("a verb of saying in a relative clause's gap is a verb ('which even critics say was rushed'); a compound noun stays", () => {
  const text = "It was a vote which even critics say was fair. The safety claim was false. Labor claims are up.";
  const { tokens } = tokenize(text);
  const tags = (word: string) => tokens.filter((t) => text.slice(t.start, t.end) === word).map((t) => t.pos);
  assert.deepEqual(tags("say"), ["VERB"]);
  assert.deepEqual(tags("claim"), ["NOUN"]);
  assert.deepEqual(tags("claims"), ["NOUN"]);
});

test("an adjective read as an infinitive's verb before a bare noun is an adjective ('to top aides'); before a determiner it stays a verb", () => {
  const text = "She wrote to top aides on Monday. The film hopes to top the charts.";
  const { tokens } = tokenize(text);
  const tags = (word: string) => tokens.filter((t) => text.slice(t.start, t.end) === word).map((t) => t.pos);
  assert.deepEqual(tags("top"), ["ADJ", "VERB"]);
});
