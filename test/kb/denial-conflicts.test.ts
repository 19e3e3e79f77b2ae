import assert from "node:assert/strict";
import { test } from "node:test";
import { type ClaimFacts, denialConflict, withoutAgency } from "../../src/kb/conflict-rules.js";
import { contentTerms } from "../../src/kb/terms.js";

function claim(sourceKey: string, text: string, polarity: "positive" | "negative"): ClaimFacts {
  return { sourceKey, polarity, terms: contentTerms(text) };
}

const denial = claim("e:1", "any involvement in the sabotage of the Lindholm pipeline", "negative");

test("a denial of involvement conflicts with another source saying who did it", () => {
  assert.ok(
    denialConflict(
      denial,
      claim("e:2", "Danish agents were behind the sabotage of the Lindholm pipeline", "positive"),
      false,
    ),
  );
  const naming = claim("e:2", "the Lindholm pipeline sabotage was carried out by its navy", "positive");
  assert.ok(denialConflict(denial, naming, true), "or naming the denier");
  assert.equal(denialConflict(denial, naming, false), false, "without a who-did-it word, only if it names the denier");
});

test("a denial of involvement does not conflict with a mere mention of what happened", () => {
  assert.equal(
    denialConflict(
      denial,
      claim("e:2", "the sabotage of the Lindholm pipeline will take weeks to repair", "positive"),
      false,
    ),
    false,
  );
  assert.equal(
    denialConflict(
      denial,
      claim("e:1", "Danish agents were behind the sabotage of the Lindholm pipeline", "positive"),
      false,
    ),
    false,
    "not within one source",
  );
  assert.equal(
    denialConflict(denial, claim("e:2", "Danish agents were behind the closure of the border", "positive"), false),
    false,
    "not another happening",
  );
  assert.equal(
    denialConflict(
      claim("e:1", "the Lindholm pipeline sabotage happened", "negative"),
      claim("e:2", "Danish agents were behind the sabotage of the Lindholm pipeline", "positive"),
      false,
    ),
    false,
    "a plain denial is the polarity rule's, not this one's",
  );
});

test("who-did-it words are set apart", () => {
  const { terms, agency } = withoutAgency(contentTerms("the ministry was responsible for the blast"));
  assert.equal(agency, true);
  assert.ok(!terms.words.some((w) => w.startsWith("responsib")));
});
