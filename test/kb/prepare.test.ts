import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceAround } from "../../src/kb/evidence.js";
import { prepareAnalysis } from "../../src/kb/prepare.js";
import { publisherIdentity, sourceIdentity } from "../../src/kb/source-key.js";
import { AnalysisBuilder } from "../store/builder.js";

const text = "Ines Costa said the port of Velmar was closed. He added that it would reopen. Traders said prices rose.";

function analysis() {
  return new AnalysisBuilder(text, { published: "2025-05-06", source: "Harbour Wire" })
    .entity("e1", "PERSON", "Ines Costa", ["Ines Costa", "He"])
    .entity("e2", "GPE", "Velmar", ["Velmar"])
    .claim("c1", {
      content: "the port of Velmar was closed",
      cue: "said",
      source: "e1",
      sourceText: "Ines Costa",
      reportedAt: "2025-05-05",
    })
    .claim("c2", { content: "prices rose", cue: ["said", 2], source: null, sourceText: "Traders" })
    .event("v1", { type: "CLOSE", trigger: "closed" })
    .build();
}

test("a claim is about the entities mentioned inside its content, never its own source", () => {
  const p = prepareAnalysis(analysis());
  assert.deepEqual(p.claims[0]?.about, ["e2"]);
  assert.deepEqual(p.claims[1]?.about, []);
});

test("a claim is said on its reportedAt day, else on the publication day", () => {
  const p = prepareAnalysis(analysis());
  assert.equal(p.day, "2025-05-06");
  assert.deepEqual(
    p.claims.map((c) => c.said),
    ["2025-05-05", "2025-05-06"],
  );
});

test("aliases keep proper written forms only: a pronoun says nothing across articles", () => {
  const p = prepareAnalysis(analysis());
  assert.deepEqual([...(p.entities[0]?.aliases.keys() ?? [])], ["ines costa"]);
});

test("an event's evidence is the sentence around its trigger", () => {
  const p = prepareAnalysis(analysis());
  assert.equal(p.events[0]?.evidence.text, "Ines Costa said the port of Velmar was closed.");
  const s = sentenceAround(text, { start: text.indexOf("reopen"), end: text.indexOf("reopen") + 6 });
  assert.equal(text.slice(s.start, s.end), "He added that it would reopen.");
});

test("a claim's source: a named entity, else its words, else the publisher, else the article itself", () => {
  const doc = { id: "sha256:x", source: "Harbour Wire" };
  assert.equal(sourceIdentity({ id: 4, name: "Ines Costa" }, "Costa", doc).key, "e:4");
  assert.equal(sourceIdentity(null, "Many analysts", doc).key, "t:many analysts");
  assert.equal(sourceIdentity(null, null, doc).key, "p:harbour wire");
  assert.equal(publisherIdentity({ id: "sha256:x", source: null }).key, "d:sha256:x");
});
