import assert from "node:assert/strict";
import { test } from "node:test";
import { SubjectIndex } from "../../src/kb/claim-subjects.js";
import { AnalysisBuilder } from "../store/builder.js";

test("a claim is about what it names, then the named things of its paragraph, then of the lead", () => {
  const text =
    "OSLO (Fjord Daily) — The ferry Nordlys ran aground near Bergen, the operator Vestlinjen said.\n\n" +
    "Inspector Kari Dahl of the Norwegian Maritime Authority boarded the ship. She said the hull was cracked.\n\n" +
    "Dahl said Norway would review the route.";
  const a = new AnalysisBuilder(text, { published: "2024-05-02", source: "Fjord Daily" })
    .entity("oslo", "GPE", "Oslo", ["OSLO"])
    .entity("outlet", "ORG", "Fjord Daily", ["Fjord Daily"])
    .entity("ferry", "OTHER", "Nordlys", ["Nordlys"])
    .entity("bergen", "GPE", "Bergen", ["Bergen"])
    .entity("op", "ORG", "Vestlinjen", ["Vestlinjen"])
    .entity("dahl", "PERSON", "Kari Dahl", ["Kari Dahl", "Dahl"])
    .entity("nma", "ORG", "Norwegian Maritime Authority", ["Norwegian Maritime Authority"])
    .entity("no", "GPE", "Norway", ["Norway"])
    .claim("c1", { content: "the hull was cracked", cue: ["said", 2], source: "dahl", sourceText: "She" })
    .claim("c2", {
      content: "Norway would review the route",
      cue: ["said", 3],
      source: "dahl",
      sourceText: ["Dahl", 2],
    })
    .build();
  const index = new SubjectIndex(a);
  const [c1, c2] = a.claims as [(typeof a.claims)[0], (typeof a.claims)[0]];
  assert.deepEqual(index.subjects(c1), ["nma", "ferry", "op"], "paragraph first, then the lead; never the source");
  const s2 = index.subjects(c2);
  assert.equal(s2[0], "no", "named in the claim, a place counts");
  assert.ok(!s2.includes("oslo") && !s2.includes("bergen"), "places of the lead do not");
  assert.ok(!s2.includes("outlet"), "nor the outlet");
  assert.ok(!s2.includes("dahl"), "nor the source");
});
