import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../src/pipeline/stages/tokens.js";

const words = (text: string) =>
  tokenize(text)
    .tokens.filter((t) => t.pos !== "SPACE")
    .map((t) => text.slice(t.start, t.end));

test("words with letters beyond Latin-1 stay whole: Gdańsk, Łódź, Kraków, Şahin", () => {
  const text = "Dockers in Gdańsk and Łódź met Emre Şahin in Kraków.";
  assert.deepEqual(words(text), [
    "Dockers",
    "in",
    "Gdańsk",
    "and",
    "Łódź",
    "met",
    "Emre",
    "Şahin",
    "in",
    "Kraków",
    ".",
  ]);
  const gdansk = tokenize(text).tokens.find((t) => text.slice(t.start, t.end) === "Gdańsk");
  assert.equal(gdansk?.pos, "PROPN");
});

test("must not fire: contractions, possessives and hyphens stay cut as before", () => {
  assert.deepEqual(words("Łukasz didn't go."), ["Łukasz", "did", "n't", "go", "."]);
  assert.deepEqual(words("Gdańsk's port"), ["Gdańsk", "'s", "port"]);
  assert.deepEqual(words("a Polish-Czech pact"), ["a", "Polish", "-", "Czech", "pact"]);
});

test("sentences still start and end on the merged tokens", () => {
  const text = "Officials in Łódź agreed. Talks ended in Gdańsk.";
  const { tokens, sentences } = tokenize(text);
  assert.equal(sentences.length, 2);
  assert.equal(text.slice(sentences[1]?.start, sentences[1]?.end), "Talks ended in Gdańsk.");
  assert.ok(tokens.every((t, i) => i === 0 || (tokens[i - 1] as { end: number }).end <= t.start));
});
