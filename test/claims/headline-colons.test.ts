import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("a headline 'Name on topic: …' or 'Name to hearer: …' is the name's claim", () => {
  const claims = claimsThroughPipeline(
    "Lagarde on Inflation and the Euro: ‘We Will Not Hesitate.’\nMacron to the Farmers: the tariffs will go.\n",
  );
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.cue.text]),
    [
      ["Lagarde", ":"],
      ["Macron", ":"],
    ],
  );
});

test("a tally 'Name: number' says nothing", () => {
  const claims = claimsThroughPipeline("THE TOTAL.\nLopez: 1,769.\nBerg: 546.\n");
  assert.equal(claims.length, 0);
});

test("a name after a dash, then a colon and a quotation, is who speaks ('… - Jane Roe: “…”')", () => {
  const claims = claimsThroughPipeline(
    "TURNOUT WAS NOT LOW, JUST LATE - Mara Quist and Tom Hale: \u201cThe lines formed after work, not before it.\u201d",
  );
  const colon = byCue(claims, ":");
  assert.equal(colon.source?.text, "Mara Quist and Tom Hale");
  assert.equal(colon.content.text, "\u201cThe lines formed after work, not before it.\u201d");
});

test("a dash, a name and a colon without a quotation after it is no inline speaker", () => {
  const claims = claimsThroughPipeline("The schedule changed twice - Mara Quist: the final list comes Friday.");
  assert.equal(
    claims.some((c) => c.source?.text === "Mara Quist"),
    false,
  );
});

test("a run-in heading in title case before a colon is no speaker", () => {
  const claims = claimsThroughPipeline(
    "The council met on Monday.\n\nLittle Relief for Harbour Workers: The strike left hundreds of workers without pay.",
  );
  assert.ok(!claims.some((c) => /Relief/.test(c.source?.text ?? "")));
});

test("a cue written in capitals belongs to a heading, not to a report", () => {
  const claims = claimsThroughPipeline(
    "Tomas Vik runs the harbour.\n\nEVEN VIK'S BOSS THINKS HE IS WRONG — The head of Velcor said in an email that Vik was smart.",
  );
  assert.ok(!claims.some((c) => c.cue.text === "THINKS"));
  assert.ok(claims.some((c) => c.cue.text === "said"));
});

test("a participle before a noun and a name is an adjective, not a cue; 'denied reports that' stays one", () => {
  const claims = claimsThroughPipeline(
    "Police listed the activist and accused arsonist Tomas Vik among the fugitives. The ministry denied reports that Vik had fled.",
  );
  assert.ok(!claims.some((c) => c.cue.text === "accused"));
  assert.ok(claims.some((c) => c.cue.text === "denied"));
});

test("a content of adverbs alone reports nothing: 'According to Velcor Radio, basically.'", () => {
  const claims = claimsThroughPipeline(
    "The tasks are long. According to Velcor Radio, basically. Tomas Vik said the port was closed.",
  );
  assert.ok(!claims.some((c) => c.content.text === "basically"));
  assert.ok(claims.some((c) => c.cue.text === "said"));
});

test("a transcript quoted paragraph by paragraph gives each labelled line to its speaker ('\"WALLACE: …')", () => {
  const text =
    'Ada Lind spoke to Chris Wallace on Sunday.\n\n"WALLACE: Will the senator be there on Monday?\n\n"LIND: The senator will not be attending the debate.\n\n"WALLACE: Is that your final answer?';
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => `${c.source?.text}: ${c.content.text}`),
    [
      "WALLACE: Will the senator be there on Monday",
      "LIND: The senator will not be attending the debate",
      "WALLACE: Is that your final answer",
    ],
  );
});

test("a headline closing on a dash and a speaker is that speaker's claim ('Drone Kills Three – Governor')", () => {
  const claims = claimsThroughPipeline(
    "Downed Drone Kills Three in Border Town – Governor\n\nDebris fell on homes, the governor said on Thursday.",
  );
  const headline = claims.find((c) => c.cue.text === "–");
  assert.equal(headline?.source?.text, "Governor");
  assert.equal(headline?.content.text, "Downed Drone Kills Three in Border Town");
});

test("must not fire: a headline dash before a topic, or a line that says nothing, names no speaker", () => {
  for (const line of ["Live updates – Border war", "Drone kills three - the full story"]) {
    const claims = claimsThroughPipeline(`${line}\n\nDebris fell on homes, the governor said on Thursday.`);
    assert.equal(
      claims.some((c) => c.cue.text === "–" || c.cue.text === "-"),
      false,
      line,
    );
  }
});

test("a headline's closing colon before its speaker reads like the dash ('Strike kills two in Lebanon: health ministry')", () => {
  const claims = claimsThroughPipeline(
    "Strike kills two near the border: health ministry\n\nA strike on a car near the border killed two people on Monday, the ministry said.",
  );
  const headline = claims.find((c) => c.cue.text === ":");
  assert.equal(headline?.source?.text, "health ministry");
  assert.equal(headline?.content.text, "Strike kills two near the border");
});

test("'Said Ellis: “…”': a fronted verb of saying is no part of the speaker, in the claim or among the names", () => {
  const text =
    'Dana Ellis spoke on Monday. Said Ellis: "I do not get the sense she is interested in the harbour plan."';
  const claims = claimsThroughPipeline(text);
  assert.equal(claims.at(-1)?.source?.text, "Ellis");
});

test("a label headed by a noun that names no one is no speaker; the cue inside speaks ('Frustration with police: activists say …')", () => {
  const claims = claimsThroughPipeline(
    "Frustration with police: Civil rights activists say officers have been too aggressive. Defence ministry: the drones were shot down.",
  );
  assert.deepEqual(
    claims.map((c) => c.source?.text),
    ["Civil rights activists", "Defence ministry"],
  );
});

test("a surname alone before a headline's colon speaks, whatever the tagger calls it ('Lynch: No outside influence …')", () => {
  const text =
    "Lynch: No outside influence on the inquiry into the emails. WASHINGTON (AP) — Attorney General Loretta Lynch said on Monday that the inquiry was independent.";
  const colon = claimsThroughPipeline(text).find((c) => c.cue.text === ":");
  assert.equal(colon?.source?.text, "Lynch");
  assert.equal(colon?.content.text, "No outside influence on the inquiry into the emails");
});

test("a transcript's speaker label owns the whole line, cues inside it and all ('TAPPER: And obviously, you are …')", () => {
  const text =
    "(END VIDEO CLIP.) TAPPER: And obviously, you are supporting the plan. How will it work? FALLIN: Well, I think the whole state needs to work together.";
  const claims = claimsThroughPipeline(text);
  const labels = claims.filter((c) => c.cue.text === ":").map((c) => [c.source?.text, c.content.text]);
  assert.deepEqual(labels, [
    ["TAPPER", "And obviously, you are supporting the plan"],
    ["FALLIN", "Well, I think the whole state needs to work together"],
  ]);
});

test("a title-case headline after a colon says something though the tagger calls all its words names", () => {
  const text = "Poll: Maria Lopez Ties John Smith With Anna Berg in a Three-Way Race. Maria Lopez leads the field.";
  const colon = claimsThroughPipeline(text).find((c) => c.cue.text === ":");
  assert.equal(colon?.source?.text, "Poll");
  assert.equal(colon?.content.text, "Maria Lopez Ties John Smith With Anna Berg in a Three-Way Race");
});

test("a headline run into the story without a full stop: its closing cue says its own line, the story's cue the next", () => {
  const text =
    "Air defence destroys 28 of 31 drones, Kyiv says\nRussia launched 31 drones overnight, the military said on Monday.";
  const claims = claimsThroughPipeline(text);
  assert.deepEqual(
    claims.map((c) => [c.source?.text, c.content.text]),
    [
      ["Kyiv", "Air defence destroys 28 of 31 drones"],
      ["the military", "Russia launched 31 drones overnight"],
    ],
  );
});
