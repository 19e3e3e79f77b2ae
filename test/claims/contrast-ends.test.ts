import assert from "node:assert/strict";
import { test } from "node:test";
import { byCue, claimsThroughPipeline } from "./claims-of.js";

test("the writer's contrast after a comma ends the content (', while …', ', compared with …', ', but X …')", () => {
  const claims = claimsThroughPipeline(
    "Farmers said the subsidy was too small, while dockers found it generous. Drivers say fuel costs too much, compared with 30 percent last year. The mayor supported the plan, but the council has doubts.",
  );
  assert.equal(byCue(claims, "said").content.text, "the subsidy was too small");
  assert.equal(byCue(claims, "say").content.text, "fuel costs too much");
  assert.equal(byCue(claims, "supported").content.text, "the plan");
});

test("inside a quotation, and before 'but' with no clause of its own, the content goes on", () => {
  const claims = claimsThroughPipeline(
    "He said “the port is open, while the road is shut.” She said the rail link was slow but reliable.",
  );
  assert.equal(claims[0]?.content.text.includes("while the road is shut"), true);
  assert.equal(claims[1]?.content.text, "the rail link was slow but reliable");
});

test("'claimed P while Y claimed Q': the contrast ends the first content and Y's claim stands on its own", () => {
  const claims = claimsThroughPipeline(
    "The rebels claimed they had taken the airport while the government claimed the presence of foreign troops there.",
  );
  const first = claims.find((c) => c.source?.text === "The rebels");
  assert.equal(first?.content.text, "they had taken the airport");
  const second = claims.find((c) => c.source?.text === "the government");
  assert.equal(second?.content.text, "the presence of foreign troops there");
  assert.equal(second?.certainty, "unverified");
});

test("a spaced dash before the writer's 'however' or 'but' + clause ends the content; 'most — but not all —' does not", () => {
  const claims = claimsThroughPipeline(
    "The ministry said the navy struck two boats on Monday -- however it did not say where. The mayor said the deal would end most — but not all — of the strikes.",
  );
  assert.equal(claims[0]?.content.text, "the navy struck two boats on Monday");
  assert.equal(claims[1]?.content.text, "the deal would end most — but not all — of the strikes");
});

test("', without elaborating' after a content is how the source spoke, not what it said; other 'without' phrases stay", () => {
  const claims = claimsThroughPipeline(
    "The agency reported a drone strike on the coast road, without elaborating. Aides said she would fund the plan without raising taxes.",
  );
  assert.equal(claims[0]?.content.text, "a drone strike on the coast road");
  assert.equal(claims[1]?.content.text, "she would fund the plan without raising taxes");
});

test("after a cue between commas, a phrase ranking the event is the writer's ('…, authorities said, the latest targeting the route')", () => {
  const claims = claimsThroughPipeline(
    "A ship came under missile fire Friday, authorities said, the latest targeting the crucial maritime route. Two people were killed in a strike, the ministry said, the deadliest in months.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["A ship came under missile fire Friday", "Two people were killed in a strike"],
  );
});

test("a cue inside a subordinate clause that opens the sentence reports up to the comma that closes it ('Hours after X declared P, Y …')", () => {
  const claims = claimsThroughPipeline(
    "Hours after the election board declared Lena Berg winner of the runoff, her rival has come out to dismiss the count. After the ministry said the bridge was safe, traffic resumed.",
  );
  assert.deepEqual(
    claims.map((c) => c.content.text),
    ["Lena Berg winner of the runoff", "the bridge was safe"],
  );
});

test("'said that while/when X …, P': a clause fronted inside the reported clause is no contrast, the content goes on", () => {
  const claims = claimsThroughPipeline(
    "The bishop has said that while he fears comparing any war to another, “I have never seen anything like this.” Mrs. Ruiz said that when Ms. Ohm railed against the banks, “she was speaking for all of us.”",
  );
  assert.equal(
    byCue(claims, "has said").content.text,
    "that while he fears comparing any war to another, “I have never seen anything like this.”",
  );
  assert.equal(
    byCue(claims, "said").content.text,
    "that when Ms. Ohm railed against the banks, “she was speaking for all of us.”",
  );
});

test("a source after 'but' and a time opens a clause of its own: the content before ends at 'but' ('…, but a day later, X said …')", () => {
  const claims = claimsThroughPipeline(
    "The militia claimed full control of the city on Sunday, but a day later, the army commander said his forces had withdrawn. The army said the town fell, but on Monday the rebels said it had not.",
  );
  assert.equal(byCue(claims, "claimed").content.text, "full control of the city on Sunday");
  assert.equal(claims.find((c) => c.source?.text === "The army")?.content.text, "the town fell");
  assert.equal(claims.find((c) => c.source?.text === "the rebels")?.content.text, "it had not");
});

test("', with X saying …' after a postposed cue is the writer's absolute phrase, not more of what was said", () => {
  const claims = claimsThroughPipeline(
    "A strike on the town killed three people on Tuesday, the health ministry said, with the army saying they were fighters.",
  );
  assert.equal(byCue(claims, "said").content.text, "A strike on the town killed three people on Tuesday");
  assert.equal(byCue(claims, "saying").content.text, "they were fighters");
});
