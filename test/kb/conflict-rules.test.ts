import assert from "node:assert/strict";
import { test } from "node:test";
import {
  type ClaimFacts,
  claimQuantityConflict,
  countConflict,
  factualityConflict,
  happenedConflict,
  polarityConflict,
  sameProposition,
  timeConflict,
} from "../../src/kb/conflict-rules.js";
import { countRange } from "../../src/kb/count-range.js";
import { contentTerms } from "../../src/kb/terms.js";
import { timexRange } from "../../src/kb/time-range.js";

function claim(sourceKey: string, text: string, polarity: "positive" | "negative" = "positive"): ClaimFacts {
  return { sourceKey, polarity, terms: contentTerms(text) };
}

test("one source asserting what another denies is a polarity conflict", () => {
  assert.ok(
    polarityConflict(
      claim("e:1", "Norway sent troops to the border"),
      claim("e:2", "Norway did not send troops to the border", "negative"),
    ),
  );
  assert.ok(
    polarityConflict(
      claim("e:1", "Norway sent troops to the border on Monday"),
      claim("e:2", "Norway sent no troops to the border", "negative"),
    ),
    "a few extra words on one side still match",
  );
});

test("no polarity conflict within one source, between like polarities, or between different propositions", () => {
  assert.equal(
    polarityConflict(claim("e:1", "troops were sent"), claim("e:1", "troops were not sent", "negative")),
    false,
  );
  assert.equal(polarityConflict(claim("e:1", "troops were sent"), claim("e:2", "troops were sent")), false);
  assert.equal(
    polarityConflict(
      claim("e:1", "Norway sent troops to the border"),
      claim("e:2", "the bridge was not closed", "negative"),
    ),
    false,
  );
  assert.equal(
    sameProposition(contentTerms("troops"), contentTerms("troops left the capital")),
    false,
    "one word is too little",
  );
});

test("different figures for the same words by different sources are a quantity conflict", () => {
  assert.ok(
    claimQuantityConflict(claim("e:1", "600 soldiers were killed"), claim("e:2", "about 1,000 soldiers were killed")),
  );
});

test("no quantity conflict for a shared figure, a one-word frame, a denial, or one source", () => {
  assert.equal(
    claimQuantityConflict(claim("e:1", "600 killed and 40 wounded"), claim("e:2", "600 killed and 45 wounded")),
    false,
  );
  assert.equal(claimQuantityConflict(claim("e:1", "600 killed"), claim("e:2", "1,000 killed")), false);
  assert.equal(
    claimQuantityConflict(
      claim("e:1", "600 soldiers were killed"),
      claim("e:2", "1,000 soldiers were not killed", "negative"),
    ),
    false,
  );
  assert.equal(
    claimQuantityConflict(claim("e:1", "600 soldiers were killed"), claim("e:1", "1,000 soldiers were killed")),
    false,
  );
});

test("tallies conflict only when their ranges cannot meet", () => {
  const exact = (value: number) => countRange({ value, approximate: false });
  assert.ok(countConflict(exact(600), exact(1000)));
  assert.equal(
    countConflict(countRange({ value: 600, approximate: true }), exact(640)),
    false,
    "around 600 allows 640",
  );
  assert.equal(
    countConflict(countRange({ value: null, approximate: false, min: 500 }), exact(600)),
    false,
    "at least 500",
  );
  assert.ok(countConflict(countRange({ value: null, approximate: false, min: 1000 }), exact(600)));
  assert.equal(countConflict(null, exact(600)), false);
});

test("happened against did not happen; dates a day apart conflict, overlapping or months apart do not", () => {
  assert.ok(factualityConflict("asserted", "negated"));
  assert.equal(factualityConflict("asserted", "possible"), false);
  assert.ok(timeConflict(timexRange("2025-03-08"), timexRange("2025-03-09")));
  assert.equal(timeConflict(timexRange("2025-03"), timexRange("2025-03-09")), false);
  assert.equal(timeConflict(timexRange("2025-01-05"), timexRange("2025-03-09")), false);
  assert.equal(timeConflict(null, timexRange("2025-03-09")), false);
});

test("a denial needs three shared content words: short or name-only propositions say too little to disagree", () => {
  assert.equal(polarityConflict(claim("e:1", "the idea"), claim("e:2", "not that idea", "negative")), false);
  assert.equal(
    polarityConflict(
      claim("e:1", "Republican nominee Dana Whitcombe"),
      claim("e:2", "Whitcombe did not win the Republican primaries", "negative"),
    ),
    false,
  );
  assert.ok(
    polarityConflict(
      claim("e:1", "the army shelled the village"),
      claim("e:2", "the army did not shell the village", "negative"),
    ),
  );
});

test("with their texts at hand, claims must share two words besides names to conflict", () => {
  const withText = (sourceKey: string, text: string, polarity: "positive" | "negative" = "positive"): ClaimFacts => ({
    ...claim(sourceKey, text, polarity),
    content: text,
  });
  assert.equal(
    polarityConflict(
      withText("e:1", "Dana Whitcombe over Lena Ortiz and Carl Boyd"),
      withText("e:2", "Dana Whitcombe did not beat Lena Ortiz and Carl Boyd", "negative"),
    ),
    false,
  );
  assert.ok(
    polarityConflict(
      withText("e:1", "Kessa troops shelled the border village"),
      withText("e:2", "Kessa troops did not shell the border village", "negative"),
    ),
  );
});

test("happened against did not happen needs both times stated, or the same proposition worded by both claims", () => {
  const monday = timexRange("2025-03-03");
  const said = (text: string) => contentTerms(text);
  assert.ok(
    happenedConflict(
      { factuality: "asserted", time: monday, terms: null },
      { factuality: "negated", time: monday, terms: null },
    ),
  );
  assert.ok(
    happenedConflict(
      { factuality: "asserted", time: null, terms: said("the army shelled the village of Kessa") },
      { factuality: "negated", time: null, terms: said("the army did not shell the village of Kessa") },
    ),
  );
  assert.equal(
    happenedConflict(
      { factuality: "asserted", time: null, terms: said("voters chose Whitcombe in the primaries") },
      { factuality: "negated", time: null, terms: said("they will not vote for Whitcombe") },
    ),
    false,
  );
  assert.equal(
    happenedConflict(
      { factuality: "asserted", time: monday, terms: null },
      { factuality: "negated", time: null, terms: null },
    ),
    false,
  );
});
