import assert from "node:assert/strict";
import { test } from "node:test";
import { claimsThroughPipeline } from "./claims-of.js";

test("a quotation signed with a dash and a name is that person's ('“…” ― Ana Ruiz')", () => {
  const claims = claimsThroughPipeline(
    "“The ferries never run on time in winter.” ― Ana Ruiz “Nobody listens to the island councils.”— Piet de Vries\n",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.cue.text]),
    [
      ["Ana Ruiz", "―"],
      ["Piet de Vries", "—"],
    ],
  );
  assert.equal(claims[0]?.content.text, "“The ferries never run on time in winter.”");
});

test("a dash after a quotation followed by a clause or a short phrase signs nothing", () => {
  const claims = claimsThroughPipeline(
    "“We will rebuild the whole harbour soon.” — and then the crowd left. “Yes.” — Ana Ruiz",
  );
  assert.equal(
    claims.some((c) => c.cue.text === "—"),
    false,
  );
});
